import JSON

public enum RAG: String, Codable, Sendable, CaseIterable {
    case red, amber, green
}

public struct SummaryCounts: Codable, Equatable, Sendable {
    public var red: Int?
    public var amber: Int?
    public var green: Int?
    public var completed: Int?
    public var notStarted: Int?
    public var annual: Int?
    public var other: Int?
    public var improving: Int?
    public var noChange: Int?
    public var worsening: Int?

    public init(
        red: Int? = nil, amber: Int? = nil, green: Int? = nil, completed: Int? = nil,
        notStarted: Int? = nil, annual: Int? = nil, other: Int? = nil,
        improving: Int? = nil, noChange: Int? = nil, worsening: Int? = nil
    ) {
        self.red = red
        self.amber = amber
        self.green = green
        self.completed = completed
        self.notStarted = notStarted
        self.annual = annual
        self.other = other
        self.improving = improving
        self.noChange = noChange
        self.worsening = worsening
    }

    /// Sum of the status counts (RAG, completed, not started, annual, other); direction of
    /// travel counts are a second classification of the same items and are not added in.
    public var statusTotal: Int {
        [red, amber, green, completed, notStarted, annual, other].compactMap { $0 }.reduce(0, +)
    }
}

public enum SummarySubject: String, Codable, Sendable, CaseIterable {
    case actions, indicators
}

public struct Summary: Codable, Equatable, Sendable, JSONKeyPolicy {
    public var subject: SummarySubject
    public var scope: String  // "overall" or a theme name
    public var total: Int?
    public var counts: SummaryCounts
    public var page: Int

    public init(subject: SummarySubject, scope: String, total: Int?, counts: SummaryCounts, page: Int) {
        self.subject = subject
        self.scope = scope
        self.total = total
        self.counts = counts
        self.page = page
    }

    enum CodingKeys: String, CodingKey { case subject, scope, total, counts, page }
    public static let nullKeys: Set<String> = ["total"]
}

public enum ActionStatus: String, Codable, Sendable, CaseIterable {
    case completed
    case inProgress = "in-progress"
    case overdue
    case notStarted = "not-started"
    case onHold = "on-hold"
    case cancelled
    case unknown
}

public struct Action: Codable, Equatable, Sendable {
    public var theme: String?
    public var outcome: String?
    public var text: String
    public var progress: String?
    public var status: ActionStatus
    public var statusText: String?
    public var start: Period?
    public var end: Period?
    public var rag: RAG?
    public var page: Int

    public init(
        theme: String? = nil, outcome: String? = nil, text: String, progress: String? = nil,
        status: ActionStatus, statusText: String? = nil, start: Period? = nil, end: Period? = nil,
        rag: RAG? = nil, page: Int
    ) {
        self.theme = theme
        self.outcome = outcome
        self.text = text
        self.progress = progress
        self.status = status
        self.statusText = statusText
        self.start = start
        self.end = end
        self.rag = rag
        self.page = page
    }
}

/// Named MeasureUnit, not Unit, to stay clear of Foundation's `Unit`.
public enum MeasureUnit: String, Codable, Sendable, CaseIterable {
    case percent, days, weeks, hours, count, kilograms, tonnes, gbp, ratio, score, number
}

/// The SPEC's name; ambiguous wherever Foundation is imported, so prefer `MeasureUnit`.
public typealias Unit = MeasureUnit

public enum Polarity: String, Codable, Sendable, CaseIterable {
    case higherIsBetter = "higher-is-better"
    case lowerIsBetter = "lower-is-better"
    case unknown
}

public enum RAGSource: String, Codable, Sendable, CaseIterable {
    case reported, derived
}

public enum Direction: String, Codable, Sendable, CaseIterable {
    case improving, worsening
    case noChange = "no-change"
}

/// A value as written and as understood: `{"text": "19,378", "value": 19378, "unit": "count"}`.
public struct Quantity: Codable, Equatable, Sendable, JSONKeyPolicy {
    public var text: String
    public var value: Double?
    public var unit: MeasureUnit

    public init(text: String, value: Double?, unit: MeasureUnit) {
        self.text = text
        self.value = value
        self.unit = unit
    }

    enum CodingKeys: String, CodingKey { case text, value, unit }
    public static let nullKeys: Set<String> = ["value"]
}

public struct Observation: Codable, Equatable, Sendable, JSONKeyPolicy {
    public var period: Period
    public var value: Quantity?
    public var target: Quantity?
    public var floor: Quantity?

    public init(period: Period, value: Quantity?, target: Quantity?, floor: Quantity? = nil) {
        self.period = period
        self.value = value
        self.target = target
        self.floor = floor
    }

    enum CodingKeys: String, CodingKey { case period, value, target, floor }
    public static let nullKeys: Set<String> = ["value", "target"]
}

public struct Indicator: Codable, Equatable, Sendable, JSONKeyPolicy {
    public var code: String?
    public var name: String
    public var owner: String?
    public var unit: MeasureUnit
    public var polarity: Polarity
    public var cumulative: Bool
    public var observations: [Observation]
    public var rag: RAG?
    public var ragSource: RAGSource?
    public var direction: Direction?
    public var commentary: String?
    public var page: Int
    public var bbox: [Double]?

    public init(
        code: String? = nil, name: String, owner: String? = nil, unit: MeasureUnit, polarity: Polarity,
        cumulative: Bool, observations: [Observation], rag: RAG?, ragSource: RAGSource?,
        direction: Direction?, commentary: String? = nil, page: Int, bbox: [Double]? = nil
    ) {
        self.code = code
        self.name = name
        self.owner = owner
        self.unit = unit
        self.polarity = polarity
        self.cumulative = cumulative
        self.observations = observations
        self.rag = rag
        self.ragSource = ragSource
        self.direction = direction
        self.commentary = commentary
        self.page = page
        self.bbox = bbox
    }

    enum CodingKeys: String, CodingKey {
        case code, name, owner, unit, polarity, cumulative, observations, rag, ragSource, direction,
            commentary, page, bbox
    }
    public static let nullKeys: Set<String> = ["rag", "ragSource", "direction"]
}

/// A likelihood/impact score as written: "Unlikely (2)" → `{"text": "Unlikely", "score": 2}`.
public struct Score: Codable, Equatable, Sendable, JSONKeyPolicy {
    public var text: String
    public var score: Int?

    public init(text: String, score: Int?) {
        self.text = text
        self.score = score
    }

    enum CodingKeys: String, CodingKey { case text, score }
    /// `score` is not a `?` field in the SPEC: null when the text gives no number.
    public static let nullKeys: Set<String> = ["score"]
}

public struct Risk: Codable, Equatable, Sendable {
    public var description: String
    public var likelihood: Score?
    public var impact: Score?
    public var overall: Score?
    public var rag: RAG?
    public var mitigation: String?
    public var page: Int

    public init(
        description: String, likelihood: Score? = nil, impact: Score? = nil, overall: Score? = nil,
        rag: RAG? = nil, mitigation: String? = nil, page: Int
    ) {
        self.description = description
        self.likelihood = likelihood
        self.impact = impact
        self.overall = overall
        self.rag = rag
        self.mitigation = mitigation
        self.page = page
    }
}

public enum Severity: String, Codable, Sendable, CaseIterable {
    case error, warning
}

/// A finding about the record: something not understood, or a consistency rule broken.
public struct Issue: Codable, Equatable, Sendable {
    public var severity: Severity
    public var stage: String
    public var code: String
    public var message: String
    public var page: Int?

    public init(severity: Severity, stage: String, code: String, message: String, page: Int? = nil) {
        self.severity = severity
        self.stage = stage
        self.code = code
        self.message = message
        self.page = page
    }
}

public struct Extractor: Codable, Equatable, Sendable {
    public var name: String
    public var version: String

    public init(name: String = "councilkpi", version: String = ExtractorVersion.current) {
        self.name = name
        self.version = version
    }
}

public enum ExtractorVersion {
    /// Bump whenever extraction output can change: `ingest` re-extracts files seen by another version.
    public static let current = "0.2.0"
}
