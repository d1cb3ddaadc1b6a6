import JSON
import Record

/// What changed between two reports (two quarters of one council, or two councils).
public struct RecordDiff: Codable, Equatable, Sendable {
    public var from: ReportRef
    public var to: ReportRef
    /// Short sentences, most important first ("3 indicators moved to red: …").
    public var headline: [String]
    public var indicators: [IndicatorChange]
    public var actions: [ActionChange]
    public var summaries: [SummaryChange]

    public var isEmpty: Bool { indicators.isEmpty && actions.isEmpty && summaries.isEmpty }
}

public struct ReportRef: Codable, Equatable, Sendable {
    public var reportId: String
    public var fileName: String
    public var council: String?
    /// "2023-24 Q3", "2023-24" or nil.
    public var period: String?
}

public enum ChangeKind: String, Codable, Sendable {
    case changed, new, dropped, renamed
}

/// An indicator's headline figures in one report: its observation for the report's period,
/// else its latest observation with a value.
public struct IndicatorSnapshot: Codable, Equatable, Sendable {
    public var name: String
    public var period: Period?
    public var value: Quantity?
    public var target: Quantity?
    public var rag: RAG?
}

public struct IndicatorChange: Codable, Equatable, Sendable, JSONKeyPolicy {
    public var kind: ChangeKind
    public var code: String?
    public var name: String
    public var before: IndicatorSnapshot?
    public var after: IndicatorSnapshot?
    /// after − before, when both values are numbers.
    public var change: Double?
    /// Whether the change is for the better given the polarity; nil when unknown or unchanged.
    public var improved: Bool?
    public var ragChanged: Bool
    /// Earlier periods both reports show, whose figure the later report gives differently.
    public var revisions: [Revision]

    enum CodingKeys: String, CodingKey { case kind, code, name, before, after, change, improved, ragChanged, revisions }
    public static let nullKeys: Set<String> = ["before", "after", "change", "improved"]
    public static let keysOmittedWhenEmpty: Set<String> = ["revisions"]

    public init(
        kind: ChangeKind, code: String?, name: String, before: IndicatorSnapshot?, after: IndicatorSnapshot?,
        change: Double?, improved: Bool?, ragChanged: Bool, revisions: [Revision] = []
    ) {
        self.kind = kind
        self.code = code
        self.name = name
        self.before = before
        self.after = after
        self.change = change
        self.improved = improved
        self.ragChanged = ragChanged
        self.revisions = revisions
    }

    /// `revisions` is written only when there are some.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try c.decode(ChangeKind.self, forKey: .kind), code: try c.decodeIfPresent(String.self, forKey: .code),
            name: try c.decode(String.self, forKey: .name),
            before: try c.decodeIfPresent(IndicatorSnapshot.self, forKey: .before),
            after: try c.decodeIfPresent(IndicatorSnapshot.self, forKey: .after),
            change: try c.decodeIfPresent(Double.self, forKey: .change),
            improved: try c.decodeIfPresent(Bool.self, forKey: .improved),
            ragChanged: try c.decode(Bool.self, forKey: .ragChanged),
            revisions: try c.decodeIfPresent([Revision].self, forKey: .revisions) ?? [])
    }
}

/// A figure for the same period, as the earlier and the later report give it (a revised
/// outturn, a corrected quarter).
public struct Revision: Codable, Equatable, Sendable {
    public var period: Period
    public var before: Quantity?
    public var after: Quantity?
}

public struct ActionState: Codable, Equatable, Sendable {
    public var text: String
    public var status: ActionStatus
    public var statusText: String?
    public var rag: RAG?
}

public struct ActionChange: Codable, Equatable, Sendable, JSONKeyPolicy {
    public var kind: ChangeKind
    public var theme: String?
    public var before: ActionState?
    public var after: ActionState?

    enum CodingKeys: String, CodingKey { case kind, theme, before, after }
    public static let nullKeys: Set<String> = ["before", "after"]
}

public struct SummaryChange: Codable, Equatable, Sendable, JSONKeyPolicy {
    public var subject: SummarySubject
    public var scope: String
    public var before: Summary?
    public var after: Summary?

    enum CodingKeys: String, CodingKey { case subject, scope, before, after }
    public static let nullKeys: Set<String> = ["before", "after"]
}
