import Foundation
import GRDB
import Testing

/// dataset.sqlite follows each indicator across a council's reports: the two Charnwood
/// appendices (Q2 and Q3 2023-24) give one series per indicator, one current figure per period.
struct SeriesDatasetTests {
    static let samples = [
        "charnwood-2023-24-q2-performance-appendix.pdf", "charnwood-2023-24-q3-performance-appendix.pdf"
    ]
    .map { Harness.repoRoot.appendingPathComponent("samples/\($0)").path }

    /// Each row's columns joined by "|", NULL as empty.
    static func query(_ sql: String, in path: String) throws -> [String] {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            try Row.fetchAll(db, sql: sql).map { row in
                row.databaseValues.map { v -> String in
                    switch v.storage {
                    case .null: ""
                    case .int64(let i): String(i)
                    case .double(let d): String(d)
                    case .string(let t): t
                    case .blob: "<blob>"
                    }
                }.joined(separator: "|")
            }
        }
    }

    static var ready: Bool { Harness.binary != nil && samples.allSatisfy(FileManager.default.fileExists) }

    @Test(.enabled(if: ready)) func aCouncilsReportsGiveOneSeriesPerIndicator() throws {
        let binary = try #require(Harness.binary)
        let input = try Harness.inputs(Self.samples, name: "in")
        let out = try Harness.temporaryDirectory("series")
        #expect(try Harness.ingest([input.path], out: out, binary: binary).status == 0)
        let db = out.appendingPathComponent("dataset.sqlite").path
        // KI 4 went from amber in Q2 to red in Q3: one series, three quarters, each rated by its own report.
        #expect(
            try Self.query(
                """
                SELECT quarter, value, rag FROM indicator_series
                WHERE councilSlug = 'charnwood-borough-council' AND seriesKey = 'code:KI4'
                """, in: db) == ["1|25.02|", "2|24.28|amber", "3|23.22|red"])
        // No series twice, and every indicator of both reports in one.
        #expect(try Self.query("SELECT count(*) - count(DISTINCT seriesKey) FROM series", in: db) == ["0"])
        // Q3 revised KI 10's Q2 figure (2.65 → 2.71): the Q2 report's figure is kept as a revision.
        #expect(
            try Self.query(
                """
                SELECT p.valueText, p.revised FROM series_points p JOIN series s USING (seriesId)
                WHERE s.seriesKey = 'code:KI10' AND p.quarter = 2 ORDER BY p.position
                """, in: db) == ["2.71|0", "2.65|1"])
    }
}
