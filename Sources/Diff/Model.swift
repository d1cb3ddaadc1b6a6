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

public struct IndicatorChange: Codable, Equatable, Sendable {
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

    enum CodingKeys: String, CodingKey { case kind, code, name, before, after, change, improved, ragChanged }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(code, forKey: .code)
        try c.encode(name, forKey: .name)
        try c.encode(before, forKey: .before)
        try c.encode(after, forKey: .after)
        try c.encode(change, forKey: .change)
        try c.encode(improved, forKey: .improved)
        try c.encode(ragChanged, forKey: .ragChanged)
    }
}

public struct ActionState: Codable, Equatable, Sendable {
    public var text: String
    public var status: ActionStatus
    public var statusText: String?
    public var rag: RAG?
}

public struct ActionChange: Codable, Equatable, Sendable {
    public var kind: ChangeKind
    public var theme: String?
    public var before: ActionState?
    public var after: ActionState?

    enum CodingKeys: String, CodingKey { case kind, theme, before, after }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(theme, forKey: .theme)
        try c.encode(before, forKey: .before)
        try c.encode(after, forKey: .after)
    }
}

public struct SummaryChange: Codable, Equatable, Sendable {
    public var subject: SummarySubject
    public var scope: String
    public var before: Summary?
    public var after: Summary?

    enum CodingKeys: String, CodingKey { case subject, scope, before, after }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(subject, forKey: .subject)
        try c.encode(scope, forKey: .scope)
        try c.encode(before, forKey: .before)
        try c.encode(after, forKey: .after)
    }
}
