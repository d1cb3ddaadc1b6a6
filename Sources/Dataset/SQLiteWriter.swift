import Diff
import Foundation
import GRDB
import JSON
import Record

/// Fills a fresh dataset.sqlite, one record at a time, in one transaction.
struct SQLiteWriter {
    typealias Value = (any DatabaseValueConvertible)?

    let queue: DatabaseQueue

    /// A new database at `path` (a temporary file: no rollback journal needed, a failed build
    /// is simply thrown away).
    init(path: String) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF")
            try db.execute(sql: "PRAGMA synchronous = OFF")
        }
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.write { db in
            for statement in SQLiteSchema.statements { try db.execute(sql: statement) }
        }
    }

    func write(_ body: (Database) throws -> Void) throws {
        try queue.write(body)
    }

    func close() throws { try queue.close() }

    static func insert(_ table: String, _ columns: [String], _ values: [Value], in db: Database) throws -> Int64 {
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))"
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(values))
        return db.lastInsertedRowID
    }

    static func insert(source entry: ManifestEntry, in db: Database) throws {
        _ = try insert(
            "sources", ["path", "sha256", "status", "error", "reportId", "extractorVersion", "councilHint"],
            [
                entry.path, entry.sha256, entry.status.rawValue, entry.error, entry.reportId,
                entry.extractorVersion, entry.councilHint
            ], in: db)
    }

    static func insert(_ record: CanonicalRecord, json: String, sourcePath: String, in db: Database) throws {
        let id = record.reportId
        let s = record.source
        let d = record.document
        _ = try insert(
            "reports",
            [
                "reportId", "sourcePath", "fileName", "sha256", "byteCount", "pageCount", "pdfTitle", "pdfProducer",
                "pdfCreated", "councilName", "councilSlug", "gssCode", "title", "kind", "committee", "meetingDate",
                "reportingOfficer", "portfolio", "portfolioHolder", "wardsAffected", "recommendations",
                "financialYear", "quarter", "periodStart", "periodEnd", "schemaVersion", "extractorVersion", "record"
            ],
            [
                id, sourcePath, s.fileName, s.sha256, s.byteCount, s.pageCount, s.pdfTitle, s.pdfProducer,
                s.pdfCreated, record.council?.name, record.council?.slug, record.council?.gssCode, d.title,
                d.kind.rawValue, d.committee, d.meetingDate, d.reportingOfficer, d.portfolio, d.portfolioHolder,
                d.wardsAffected, try JSONOutput.string(d.recommendations).trimmingCharacters(in: .newlines),
                record.period?.financialYear, record.period?.quarter, record.period?.start, record.period?.end,
                record.schemaVersion, record.extractor.version, json
            ], in: db)
        for (position, indicator) in record.indicators.enumerated() {
            try insert(indicator, position: position, reportId: id, in: db)
        }
        for (position, a) in record.actions.enumerated() {
            _ = try insert(
                "actions",
                [
                    "reportId", "position", "theme", "outcome", "text", "progress", "status", "statusText",
                    "startFinancialYear", "startQuarter", "startMonth", "endFinancialYear", "endQuarter", "endMonth",
                    "rag", "page"
                ],
                [
                    id, position, a.theme, a.outcome, a.text, a.progress, a.status.rawValue, a.statusText,
                    a.start?.financialYear, a.start?.quarter, a.start?.month, a.end?.financialYear, a.end?.quarter,
                    a.end?.month, a.rag?.rawValue, a.page
                ], in: db)
        }
        for (position, m) in record.summaries.enumerated() {
            let c = m.counts
            _ = try insert(
                "summaries",
                [
                    "reportId", "position", "subject", "scope", "total", "red", "amber", "green", "completed",
                    "notStarted", "annual", "other", "improving", "noChange", "worsening", "page"
                ],
                [
                    id, position, m.subject.rawValue, m.scope, m.total, c.red, c.amber, c.green, c.completed,
                    c.notStarted, c.annual, c.other, c.improving, c.noChange, c.worsening, m.page
                ], in: db)
        }
        for (position, r) in record.risks.enumerated() {
            _ = try insert(
                "risks",
                [
                    "reportId", "position", "description", "likelihoodText", "likelihoodScore", "impactText",
                    "impactScore", "overallText", "overallScore", "rag", "mitigation", "page"
                ],
                [
                    id, position, r.description, r.likelihood?.text, r.likelihood?.score, r.impact?.text,
                    r.impact?.score, r.overall?.text, r.overall?.score, r.rag?.rawValue, r.mitigation, r.page
                ], in: db)
        }
        for (position, issue) in record.issues.enumerated() {
            _ = try insert(
                "issues", ["reportId", "position", "severity", "stage", "code", "message", "page"],
                [id, position, issue.severity.rawValue, issue.stage, issue.code, issue.message, issue.page],
                in: db)
        }
    }

    private static func insert(_ i: Indicator, position: Int, reportId: String, in db: Database) throws {
        let bbox = try i.bbox.map { try JSONOutput.string($0).trimmingCharacters(in: .newlines) }
        let indicatorId = try insert(
            "indicators",
            [
                "reportId", "position", "code", "name", "owner", "unit", "polarity", "cumulative", "rag", "ragSource",
                "direction", "commentary", "page", "bbox"
            ],
            [
                reportId, position, i.code, i.name, i.owner, i.unit.rawValue, i.polarity.rawValue, i.cumulative,
                i.rag?.rawValue, i.ragSource?.rawValue, i.direction?.rawValue, i.commentary, i.page, bbox
            ], in: db)
        for (position, o) in i.observations.enumerated() {
            _ = try insert(
                "observations",
                [
                    "indicatorId", "reportId", "position", "financialYear", "quarter", "month", "value", "valueText",
                    "valueUnit", "target", "targetText", "targetUnit", "floor", "floorText"
                ],
                [
                    indicatorId, reportId, position, o.period.financialYear, o.period.quarter, o.period.month,
                    o.value?.value, o.value?.text, o.value?.unit.rawValue, o.target?.value, o.target?.text,
                    o.target?.unit.rawValue, o.floor?.value, o.floor?.text
                ], in: db)
        }
    }

    static func insert(_ series: [IndicatorSeries], in db: Database) throws {
        for s in series {
            let seriesId = try insert(
                "series", ["councilName", "councilSlug", "seriesKey", "code", "name", "unit", "polarity"],
                [s.councilName, s.councilSlug, s.key, s.code, s.name, s.unit.rawValue, s.polarity.rawValue],
                in: db)
            for (position, p) in s.points.enumerated() {
                _ = try insert(
                    "series_points",
                    [
                        "seriesId", "position", "financialYear", "quarter", "month", "value", "valueText", "target",
                        "targetText", "rag", "reportId", "page", "revised"
                    ],
                    [
                        seriesId, position, p.period.financialYear, p.period.quarter, p.period.month, p.value,
                        p.valueText,
                        p.target, p.targetText, p.rag?.rawValue, p.reportId, p.page, p.revised
                    ], in: db)
            }
        }
    }
}
