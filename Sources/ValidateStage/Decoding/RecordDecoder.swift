import Foundation
import Record

/// Strict typed decoding of a canonical record: every key the SPEC requires, no other keys,
/// the right JSON type, enum values and string formats of schemas/record.schema.json.
/// Each problem carries its JSON path (`indicators[3].observations[0].period.quarter`).
public enum RecordDecoder {
    public static func decode(_ data: Data) throws(RecordDecodingError) -> Record {
        let root: JSONValue
        do {
            root = try JSONValue.parse(data)
        } catch {
            throw RecordDecodingError(problems: [
                DecodingProblem(code: .invalidJSON, path: JSONPath(), message: "not valid JSON: \(Self.describe(data))")
            ])
        }
        return try decode(root)
    }

    /// The strict reading of an already parsed document.
    static func decode(_ root: JSONValue) throws(RecordDecodingError) -> Record {
        let log = ProblemLog()
        let record = Read.object(Self.record)(Cursor(value: root, path: JSONPath(), log: log))
        guard let record, log.problems.isEmpty else {
            throw RecordDecodingError(problems: log.problems.map { withPage($0, root) })
        }
        return record
    }

    static func record(_ f: Fields) -> Record? {
        let schemaVersion = f.required("schemaVersion", Read.constant(Record.currentSchemaVersion))
        let reportId = f.required("reportId", Read.formatted(.reportId))
        let source = f.required("source", Read.object(Self.source))
        let council = f.nullable("council", Read.object(Self.council))
        let document = f.required("document", Read.object(Self.document))
        let period = f.nullable("period", Read.object(Self.reportPeriod))
        let summaries = f.required("summaries", Read.array(Read.object(Self.summary)))
        let actions = f.required("actions", Read.array(Read.object(Self.action)))
        let indicators = f.required("indicators", Read.array(Read.object(Self.indicator)))
        let risks = f.required("risks", Read.array(Read.object(Self.risk)))
        let issues = f.required("issues", Read.array(Read.object(Self.issue)))
        let extractor = f.required("extractor", Read.object(Self.extractor))
        guard let schemaVersion, let reportId, let source, let document, let summaries, let actions,
            let indicators, let risks, let issues, let extractor
        else { return nil }
        return Record(
            schemaVersion: schemaVersion, reportId: reportId, source: source, council: council,
            document: document, period: period, summaries: summaries, actions: actions,
            indicators: indicators, risks: risks, issues: issues, extractor: extractor)
    }

    static func source(_ f: Fields) -> Source? {
        let fileName = f.required("fileName", Read.text)
        let sha256 = f.required("sha256", Read.formatted(.sha256))
        let byteCount = f.required("byteCount", Read.integer(min: 1))
        let pageCount = f.required("pageCount", Read.integer(min: 1))
        let pdfTitle = f.optional("pdfTitle", Read.string)
        let pdfProducer = f.optional("pdfProducer", Read.string)
        let pdfCreated = f.optional("pdfCreated", Read.formatted(.dateTime))
        guard let fileName, let sha256, let byteCount, let pageCount else { return nil }
        return Source(
            fileName: fileName, sha256: sha256, byteCount: byteCount, pageCount: pageCount,
            pdfTitle: pdfTitle, pdfProducer: pdfProducer, pdfCreated: pdfCreated)
    }

    static func council(_ f: Fields) -> Council? {
        let name = f.required("name", Read.text)
        let slug = f.required("slug", Read.formatted(.slug))
        let gssCode = f.optional("gssCode", Read.formatted(.gssCode))
        guard let name, let slug else { return nil }
        return Council(name: name, slug: slug, gssCode: gssCode)
    }

    static func document(_ f: Fields) -> Document? {
        let title = f.required("title", Read.string)
        let kind = f.required("kind", Read.enumeration(DocumentKind.self))
        let committee = f.optional("committee", Read.string)
        let meetingDate = f.optional("meetingDate", Read.formatted(.date))
        let reportingOfficer = f.optional("reportingOfficer", Read.string)
        let portfolio = f.optional("portfolio", Read.string)
        let portfolioHolder = f.optional("portfolioHolder", Read.string)
        let wardsAffected = f.optional("wardsAffected", Read.string)
        let recommendations = f.required("recommendations", Read.array(Read.string))
        guard let title, let kind, let recommendations else { return nil }
        return Document(
            title: title, kind: kind, committee: committee, meetingDate: meetingDate,
            reportingOfficer: reportingOfficer, portfolio: portfolio, portfolioHolder: portfolioHolder,
            wardsAffected: wardsAffected, recommendations: recommendations)
    }

    static var quarter: Reader<Int> { Read.integer(min: 1, max: 4) }

    static func reportPeriod(_ f: Fields) -> ReportPeriod? {
        let financialYear = f.required("financialYear", Read.formatted(.financialYear))
        let quarter = f.nullable("quarter", Self.quarter)
        let start = f.required("start", Read.formatted(.date))
        let end = f.required("end", Read.formatted(.date))
        guard let financialYear, let start, let end else { return nil }
        return ReportPeriod(financialYear: financialYear, quarter: quarter, start: start, end: end)
    }

    static func period(_ f: Fields) -> Period? {
        let financialYear = f.required("financialYear", Read.formatted(.financialYear))
        let quarter = f.optional("quarter", Self.quarter)
        let month = f.optional("month", Read.formatted(.month))
        guard let financialYear else { return nil }
        return Period(financialYear: financialYear, quarter: quarter, month: month)
    }

    static func counts(_ f: Fields) -> SummaryCounts {
        let count = Read.integer(min: 0)
        return SummaryCounts(
            red: f.optional("red", count), amber: f.optional("amber", count), green: f.optional("green", count),
            completed: f.optional("completed", count), notStarted: f.optional("notStarted", count),
            annual: f.optional("annual", count), other: f.optional("other", count),
            improving: f.optional("improving", count), noChange: f.optional("noChange", count),
            worsening: f.optional("worsening", count))
    }

    static func summary(_ f: Fields) -> Summary? {
        let subject = f.required("subject", Read.enumeration(SummarySubject.self))
        let scope = f.required("scope", Read.text)
        let total = f.nullable("total", Read.integer(min: 0))
        let counts = f.required("counts", Read.object(Self.counts))
        let page = f.required("page", Read.integer(min: 1))
        guard let subject, let scope, let counts, let page else { return nil }
        return Summary(subject: subject, scope: scope, total: total, counts: counts, page: page)
    }

    static func action(_ f: Fields) -> Action? {
        let theme = f.optional("theme", Read.string)
        let outcome = f.optional("outcome", Read.string)
        let text = f.required("text", Read.text)
        let progress = f.optional("progress", Read.string)
        let status = f.required("status", Read.enumeration(ActionStatus.self))
        let statusText = f.optional("statusText", Read.string)
        let start = f.optional("start", Read.object(Self.period))
        let end = f.optional("end", Read.object(Self.period))
        let rag = f.optional("rag", Read.enumeration(RAG.self))
        let page = f.required("page", Read.integer(min: 1))
        guard let text, let status, let page else { return nil }
        return Action(
            theme: theme, outcome: outcome, text: text, progress: progress, status: status,
            statusText: statusText, start: start, end: end, rag: rag, page: page)
    }

    static func quantity(_ f: Fields) -> Quantity? {
        let text = f.required("text", Read.string)
        let value = f.nullable("value", Read.number)
        let unit = f.required("unit", Read.enumeration(MeasureUnit.self))
        guard let text, let unit else { return nil }
        return Quantity(text: text, value: value, unit: unit)
    }

    static func observation(_ f: Fields) -> Observation? {
        let period = f.required("period", Read.object(Self.period))
        let value = f.nullable("value", Read.object(Self.quantity))
        let target = f.nullable("target", Read.object(Self.quantity))
        let floor = f.optional("floor", Read.object(Self.quantity))
        guard let period else { return nil }
        return Observation(period: period, value: value, target: target, floor: floor)
    }

    static func indicator(_ f: Fields) -> Indicator? {
        let code = f.optional("code", Read.text)
        let name = f.required("name", Read.text)
        let owner = f.optional("owner", Read.string)
        let unit = f.required("unit", Read.enumeration(MeasureUnit.self))
        let polarity = f.required("polarity", Read.enumeration(Polarity.self))
        let cumulative = f.required("cumulative", Read.bool)
        let observations = f.required("observations", Read.array(Read.object(Self.observation)))
        let rag = f.nullable("rag", Read.enumeration(RAG.self))
        let ragSource = f.nullable("ragSource", Read.enumeration(RAGSource.self))
        let direction = f.nullable("direction", Read.enumeration(Direction.self))
        let commentary = f.optional("commentary", Read.string)
        let page = f.required("page", Read.integer(min: 1))
        let bbox = f.optional("bbox", Read.array(Read.number, count: 4))
        guard let name, let unit, let polarity, let cumulative, let observations, let page else { return nil }
        return Indicator(
            code: code, name: name, owner: owner, unit: unit, polarity: polarity, cumulative: cumulative,
            observations: observations, rag: rag, ragSource: ragSource, direction: direction,
            commentary: commentary, page: page, bbox: bbox)
    }

    static func score(_ f: Fields) -> Score? {
        let text = f.required("text", Read.string)
        let score = f.nullable("score", Read.integer())
        guard let text else { return nil }
        return Score(text: text, score: score)
    }

    static func risk(_ f: Fields) -> Risk? {
        let description = f.required("description", Read.text)
        let likelihood = f.optional("likelihood", Read.object(Self.score))
        let impact = f.optional("impact", Read.object(Self.score))
        let overall = f.optional("overall", Read.object(Self.score))
        let rag = f.optional("rag", Read.enumeration(RAG.self))
        let mitigation = f.optional("mitigation", Read.string)
        let page = f.required("page", Read.integer(min: 1))
        guard let description, let page else { return nil }
        return Risk(
            description: description, likelihood: likelihood, impact: impact, overall: overall,
            rag: rag, mitigation: mitigation, page: page)
    }

    static func issue(_ f: Fields) -> Issue? {
        let severity = f.required("severity", Read.enumeration(Severity.self))
        let stage = f.required("stage", Read.text)
        let code = f.required("code", Read.formatted(.issueCode))
        let message = f.required("message", Read.text)
        let page = f.optional("page", Read.integer(min: 1))
        guard let severity, let stage, let code, let message else { return nil }
        return Issue(severity: severity, stage: stage, code: code, message: message, page: page)
    }

    static func extractor(_ f: Fields) -> Extractor? {
        let name = f.required("name", Read.constant("councilkpi"))
        let version = f.required("version", Read.formatted(.version))
        guard let name, let version else { return nil }
        return Extractor(name: name, version: version)
    }

    /// The page of the list item a problem is inside (`indicators[3]...` → indicator 3's page).
    private static func withPage(_ p: DecodingProblem, _ root: JSONValue) -> DecodingProblem {
        guard p.path.components.count >= 2, case .key(let list) = p.path.components[0],
            case .index(let i) = p.path.components[1], case .object(let top) = root,
            case .array(let items)? = top[list], i < items.count, case .object(let item) = items[i],
            case .number(let page)? = item["page"], page == page.rounded(), page >= 1, page < 1e9
        else { return p }
        var out = p
        out.page = Int(page)
        return out
    }

    /// JSONDecoder says only "not valid JSON"; JSONSerialization tells where.
    private static func describe(_ data: Data) -> String {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            if let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        }
        return data.isEmpty ? "the file is empty" : "not valid JSON"
    }
}
