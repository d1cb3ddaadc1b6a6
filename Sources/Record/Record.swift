import JSON

/// The canonical record: one per source PDF. Its field names are the public contract
/// (SPEC "The canonical record"); fields may be added, never renamed.
/// Keys are encoded in declaration order; optional fields marked `?` in the SPEC are
/// omitted when nil, nullable ones (each type's `nullKeys`) are written as `null`.
public struct Record: Codable, Equatable, Sendable, JSONKeyPolicy {
    public static let currentSchemaVersion = "1.0"

    public var schemaVersion: String
    public var reportId: String
    public var source: Source
    public var council: Council?
    public var document: Document
    public var period: ReportPeriod?
    public var summaries: [Summary]
    public var actions: [Action]
    public var indicators: [Indicator]
    public var risks: [Risk]
    public var issues: [Issue]
    public var extractor: Extractor

    public init(
        schemaVersion: String = Record.currentSchemaVersion, reportId: String, source: Source,
        council: Council? = nil, document: Document, period: ReportPeriod? = nil,
        summaries: [Summary] = [], actions: [Action] = [], indicators: [Indicator] = [],
        risks: [Risk] = [], issues: [Issue] = [], extractor: Extractor
    ) {
        self.schemaVersion = schemaVersion
        self.reportId = reportId
        self.source = source
        self.council = council
        self.document = document
        self.period = period
        self.summaries = summaries
        self.actions = actions
        self.indicators = indicators
        self.risks = risks
        self.issues = issues
        self.extractor = extractor
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, reportId, source, council, document, period, summaries, actions,
            indicators, risks, issues, extractor
    }
    public static let nullKeys: Set<String> = ["council", "period"]
}

public struct Source: Codable, Equatable, Sendable {
    public var fileName: String
    public var sha256: String
    public var byteCount: Int
    public var pageCount: Int
    public var pdfTitle: String?
    public var pdfProducer: String?
    public var pdfCreated: String?

    public init(
        fileName: String, sha256: String, byteCount: Int, pageCount: Int,
        pdfTitle: String? = nil, pdfProducer: String? = nil, pdfCreated: String? = nil
    ) {
        self.fileName = fileName
        self.sha256 = sha256
        self.byteCount = byteCount
        self.pageCount = pageCount
        self.pdfTitle = pdfTitle
        self.pdfProducer = pdfProducer
        self.pdfCreated = pdfCreated
    }
}

public struct Council: Codable, Equatable, Sendable {
    public var name: String
    public var slug: String
    public var gssCode: String?

    public init(name: String, slug: String, gssCode: String? = nil) {
        self.name = name
        self.slug = slug
        self.gssCode = gssCode
    }
}

public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    case coverReport = "cover-report"
    case performanceAppendix = "performance-appendix"
    case scorecard
    case other
}

public struct Document: Codable, Equatable, Sendable {
    public var title: String
    public var kind: DocumentKind
    public var committee: String?
    public var meetingDate: String?  // YYYY-MM-DD
    public var reportingOfficer: String?
    public var portfolio: String?
    public var portfolioHolder: String?
    public var wardsAffected: String?
    public var recommendations: [String]

    public init(
        title: String, kind: DocumentKind, committee: String? = nil, meetingDate: String? = nil,
        reportingOfficer: String? = nil, portfolio: String? = nil, portfolioHolder: String? = nil,
        wardsAffected: String? = nil, recommendations: [String] = []
    ) {
        self.title = title
        self.kind = kind
        self.committee = committee
        self.meetingDate = meetingDate
        self.reportingOfficer = reportingOfficer
        self.portfolio = portfolio
        self.portfolioHolder = portfolioHolder
        self.wardsAffected = wardsAffected
        self.recommendations = recommendations
    }
}

/// The report's own period (`period` at the top level): quarter is `null` for an annual report.
public struct ReportPeriod: Codable, Equatable, Sendable, JSONKeyPolicy {
    public var financialYear: String  // "2023-24"
    public var quarter: Int?
    public var start: String  // YYYY-MM-DD
    public var end: String

    public init(financialYear: String, quarter: Int?, start: String, end: String) {
        self.financialYear = financialYear
        self.quarter = quarter
        self.start = start
        self.end = end
    }

    enum CodingKeys: String, CodingKey { case financialYear, quarter, start, end }
    public static let nullKeys: Set<String> = ["quarter"]
}

/// An observation's period: a financial year, optionally narrowed to a quarter or a month.
public struct Period: Codable, Equatable, Hashable, Sendable {
    public var financialYear: String
    public var quarter: Int?
    public var month: String?  // YYYY-MM

    public init(financialYear: String, quarter: Int? = nil, month: String? = nil) {
        self.financialYear = financialYear
        self.quarter = quarter
        self.month = month
    }
}
