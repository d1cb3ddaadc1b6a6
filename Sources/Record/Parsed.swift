/// The parse stage's output, before normalisation: what each part of the paper is, with
/// values still as written. Lives here (not in ParseStage) so the normalise stage can read it
/// without depending on parsing. Colours are "#rrggbb" strings; pages are 1-based.
public struct ParsedReport: Codable, Equatable, Sendable {
    public var fileName: String
    public var pageCount: Int
    /// The document's title as written (a labelled subject, a title heading, or the PDF title).
    public var title: String
    public var kind: DocumentKind
    public var cover: ParsedCover
    /// Texts that may state the report's period, best first (title, headings, purpose text).
    public var periodTexts: [ParsedText]
    /// Council names as written and gov.uk domains found in addresses, in order of appearance.
    public var councilMentions: [ParsedCouncilMention]
    public var summaries: [ParsedSummary]
    public var actions: [ParsedAction]
    public var indicators: [ParsedIndicator]
    public var risks: [ParsedRisk]
    /// The risk scoring key the paper prints ("Likelihood: 1 Rare; 2 Unlikely; …"), if any.
    public var riskKey: [ParsedScoreKey]?
    /// What the parse stage saw but did not understand.
    public var issues: [Issue]

    public init(
        fileName: String, pageCount: Int, title: String, kind: DocumentKind = .other,
        cover: ParsedCover = ParsedCover(), periodTexts: [ParsedText] = [],
        councilMentions: [ParsedCouncilMention] = [], summaries: [ParsedSummary] = [],
        actions: [ParsedAction] = [], indicators: [ParsedIndicator] = [], risks: [ParsedRisk] = [],
        riskKey: [ParsedScoreKey]? = nil, issues: [Issue] = []
    ) {
        self.fileName = fileName
        self.pageCount = pageCount
        self.title = title
        self.kind = kind
        self.cover = cover
        self.periodTexts = periodTexts
        self.councilMentions = councilMentions
        self.summaries = summaries
        self.actions = actions
        self.indicators = indicators
        self.risks = risks
        self.riskKey = riskKey
        self.issues = issues
    }
}

/// One entry of a printed risk scoring key: the word a register writes for a likelihood or an
/// impact, and its score.
public struct ParsedScoreKey: Codable, Equatable, Sendable {
    public var measure: String  // "likelihood" | "impact"
    public var text: String
    public var score: Int

    public init(measure: String, text: String, score: Int) {
        self.measure = measure
        self.text = text
        self.score = score
    }
}

/// A piece of text as written, with the page it is on and where it came from
/// ("title", "heading", "label", "paragraph", "caption").
public struct ParsedText: Codable, Equatable, Sendable {
    public var text: String
    public var page: Int
    public var origin: String

    public init(text: String, page: Int, origin: String) {
        self.text = text
        self.page = page
        self.origin = origin
    }
}

/// Cover-report metadata as written.
public struct ParsedCover: Codable, Equatable, Sendable {
    public var committee: String?
    public var meetingDate: String?
    public var reportingOfficer: String?
    public var portfolio: String?
    public var portfolioHolder: String?
    public var wardsAffected: String?
    public var recommendations: [String]

    public init(
        committee: String? = nil, meetingDate: String? = nil, reportingOfficer: String? = nil,
        portfolio: String? = nil, portfolioHolder: String? = nil, wardsAffected: String? = nil,
        recommendations: [String] = []
    ) {
        self.committee = committee
        self.meetingDate = meetingDate
        self.reportingOfficer = reportingOfficer
        self.portfolio = portfolio
        self.portfolioHolder = portfolioHolder
        self.wardsAffected = wardsAffected
        self.recommendations = recommendations
    }

    /// How many metadata fields were found: a cover report has several.
    public var fieldCount: Int {
        [committee, meetingDate, reportingOfficer, portfolio, portfolioHolder, wardsAffected]
            .compactMap { $0 }.count + (recommendations.isEmpty ? 0 : 1)
    }
}

public struct ParsedCouncilMention: Codable, Equatable, Sendable {
    /// A council's name as written ("Charnwood Borough Council"), or nil for a domain mention.
    public var name: String?
    /// A gov.uk domain from an e-mail or web address ("charnwood.gov.uk").
    public var domain: String?
    /// The earliest page it is mentioned on.
    public var page: Int
    /// How many times it is mentioned: the paper's own council is named most.
    public var count: Int

    public init(name: String? = nil, domain: String? = nil, page: Int, count: Int = 1) {
        self.name = name
        self.domain = domain
        self.page = page
        self.count = count
    }
}

/// One count as written: a label ("Red", "Not started (annual KPIs)", "behind target") and its
/// number ("11").
public struct ParsedCount: Codable, Equatable, Sendable {
    public var label: String
    public var value: String

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}

public struct ParsedSummary: Codable, Equatable, Sendable {
    public var subject: SummarySubject
    /// "overall" or the theme's name as written.
    public var scope: String
    public var total: String?
    public var counts: [ParsedCount]
    public var page: Int
    /// "table", "lines" or "prose".
    public var origin: String

    public init(
        subject: SummarySubject, scope: String, total: String?, counts: [ParsedCount], page: Int,
        origin: String
    ) {
        self.subject = subject
        self.scope = scope
        self.total = total
        self.counts = counts
        self.page = page
        self.origin = origin
    }
}

/// A RAG as shown: a word in the cell and/or a colour (cell fill, icon or shape).
public struct ParsedRAG: Codable, Equatable, Sendable {
    public var text: String?
    public var colour: String?

    public init(text: String? = nil, colour: String? = nil) {
        self.text = text
        self.colour = colour
    }

    public var isEmpty: Bool { text == nil && colour == nil }
}

public struct ParsedAction: Codable, Equatable, Sendable {
    public var theme: String?
    public var outcome: String?
    public var text: String
    public var progress: String?
    public var statusText: String?
    public var start: String?
    public var end: String?
    public var rag: ParsedRAG?
    public var page: Int

    public init(
        theme: String? = nil, outcome: String? = nil, text: String, progress: String? = nil,
        statusText: String? = nil, start: String? = nil, end: String? = nil, rag: ParsedRAG? = nil,
        page: Int
    ) {
        self.theme = theme
        self.outcome = outcome
        self.text = text
        self.progress = progress
        self.statusText = statusText
        self.start = start
        self.end = end
        self.rag = rag
        self.page = page
    }
}

/// One period column group of a KPI table: its header as written ("Q1 2023/24"; nil when the
/// table shows a single unlabelled period) and the cells under it.
public struct ParsedObservation: Codable, Equatable, Sendable {
    public var periodText: String?
    public var value: String?
    public var target: String?
    public var floor: String?

    public init(periodText: String?, value: String? = nil, target: String? = nil, floor: String? = nil) {
        self.periodText = periodText
        self.value = value
        self.target = target
        self.floor = floor
    }
}

public struct ParsedIndicator: Codable, Equatable, Sendable {
    public var code: String?
    public var name: String
    public var owner: String?
    /// A unit as written in a unit column, if any.
    public var unitText: String?
    /// Polarity as written: a polarity column's word or arrow, or words in the name.
    public var polarityText: String?
    public var cumulative: Bool
    public var observations: [ParsedObservation]
    public var rag: ParsedRAG?
    public var directionText: String?
    /// The colour of a direction-of-travel arrow shown as an icon.
    public var directionColour: String?
    public var commentary: String?
    public var page: Int
    public var bbox: [Double]?

    public init(
        code: String? = nil, name: String, owner: String? = nil, unitText: String? = nil,
        polarityText: String? = nil, cumulative: Bool = false, observations: [ParsedObservation] = [],
        rag: ParsedRAG? = nil, directionText: String? = nil, directionColour: String? = nil,
        commentary: String? = nil, page: Int, bbox: [Double]? = nil
    ) {
        self.code = code
        self.name = name
        self.owner = owner
        self.unitText = unitText
        self.polarityText = polarityText
        self.cumulative = cumulative
        self.observations = observations
        self.rag = rag
        self.directionText = directionText
        self.directionColour = directionColour
        self.commentary = commentary
        self.page = page
        self.bbox = bbox
    }
}

public struct ParsedRisk: Codable, Equatable, Sendable {
    public var description: String
    public var likelihood: String?
    public var impact: String?
    public var overall: String?
    public var rag: ParsedRAG?
    public var mitigation: String?
    public var page: Int

    public init(
        description: String, likelihood: String? = nil, impact: String? = nil, overall: String? = nil,
        rag: ParsedRAG? = nil, mitigation: String? = nil, page: Int
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
