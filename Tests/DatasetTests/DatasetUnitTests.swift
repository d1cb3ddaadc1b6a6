import Foundation
import JSON
import Record
import Subprocess
import Testing

@testable import Dataset

struct CouncilMapTests {
    private func map(_ csv: String) throws -> CouncilMap {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("map-\(UUID().uuidString).csv")
        try csv.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try CouncilMap(contentsOf: url.path)
    }

    @Test func namesByFileNameOrPathAndAPathWins() throws {
        let m = try map(
            """
            path,council
            q2.pdf,"Blaby District Council"
            /data/harrow/q2.pdf,"Harrow Council, London"
            """)
        #expect(m.council(for: "/data/blaby/q2.pdf") == "Blaby District Council")
        #expect(m.council(for: "/data/harrow/q2.pdf") == "Harrow Council, London")
        #expect(m.council(for: "/data/harrow/q3.pdf") == nil)
    }

    @Test func aRowWithoutACouncilIsAnError() throws {
        #expect(throws: CouncilMap.Failure.self) { try map("a.pdf,Blaby\nb.pdf\n") }
    }
}

struct ManifestTests {
    private func entry(_ path: String, _ sha: String?, _ status: SourceStatus) -> ManifestEntry {
        ManifestEntry(
            path: path, sha256: sha, status: status, error: status == .failed ? "not a PDF" : nil,
            reportId: status == .failed ? nil : sha.map { String($0.prefix(16)) },
            extractorVersion: "1", councilHint: nil)
    }

    @Test func theFirstPathOfEachContentIsOkAndTheOthersSkipped() {
        let resolved = Manifest.resolved([
            entry("/b.pdf", "aaaa", .ok), entry("/a.pdf", "aaaa", .ok), entry("/c.pdf", "bbbb", .failed),
            entry("/d.pdf", "bbbb", .failed), entry("/e.pdf", nil, .failed)
        ])
        #expect(resolved.sources.map(\.path) == ["/a.pdf", "/b.pdf", "/c.pdf", "/d.pdf", "/e.pdf"])
        #expect(resolved.sources.map(\.status) == [.ok, .skipped, .failed, .failed, .failed])
        #expect(resolved.sources[1].error == "same content as /a.pdf")
        #expect(resolved.sources[1].reportId == "aaaa")
    }

    @Test func encodesKeysInOrderWithNullsAndWithoutAnAbsentHint() throws {
        let text = try JSONOutput.string(Manifest(sources: [entry("/a.pdf", "aaaa", .ok)]))
        #expect(
            text == """
                {
                  "format": 1,
                  "sources": [
                    {
                      "path": "/a.pdf",
                      "sha256": "aaaa",
                      "status": "ok",
                      "error": null,
                      "reportId": "aaaa",
                      "extractorVersion": "1"
                    }
                  ]
                }

                """)
    }
}

struct IndicatorsCSVTests {
    private func record(_ indicators: [Indicator]) -> Record {
        Record(
            reportId: "r1", source: Source(fileName: "a.pdf", sha256: "ab", byteCount: 1, pageCount: 1),
            council: Council(
                name: "Charnwood Borough Council", slug: "charnwood-borough-council", gssCode: "E07000130"),
            document: Document(title: "t", kind: .scorecard),
            period: ReportPeriod(financialYear: "2023-24", quarter: 2, start: "2023-07-01", end: "2023-09-30"),
            indicators: indicators, extractor: Extractor())
    }

    @Test func oneRowPerObservationAndOneForAnIndicatorWithNone() throws {
        let kpi = Indicator(
            code: "CP1", name: "Homes, built", unit: .count, polarity: .higherIsBetter, cumulative: true,
            observations: [
                Observation(
                    period: Period(financialYear: "2023-24", quarter: 1),
                    value: Quantity(text: "19,378", value: 19378, unit: .count), target: nil),
                Observation(
                    period: Period(financialYear: "2023-24", quarter: 2),
                    value: Quantity(text: "97.5%", value: 97.5, unit: .percent),
                    target: Quantity(text: "95%", value: 95, unit: .percent))
            ], rag: .green, ragSource: .reported, direction: .improving, page: 3)
        let bare = Indicator(
            name: "Sickness", unit: .days, polarity: .lowerIsBetter, cumulative: false,
            observations: [], rag: nil, ragSource: nil, direction: nil, page: 4)
        let rows = IndicatorsCSV.rows(record([kpi, bare]))
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.count == IndicatorsCSV.header.count })
        #expect(
            rows[0] == [
                "r1", "Charnwood Borough Council", "E07000130", "2023-24", "2", "CP1", "Homes, built",
                "count", "higher-is-better", "2023-24", "1", "", "19378", "19,378", "", "",
                "green", "reported", "improving", "3"
            ])
        #expect(rows[1][12...15] == ["97.5", "97.5%", "95", "95%"])
        #expect(rows[2][9...15].allSatisfy { $0.isEmpty })
        let line = String(decoding: try IndicatorsCSV.line(rows[0]), as: UTF8.self)
        #expect(line.hasPrefix("r1,Charnwood Borough Council,E07000130,2023-24,2,CP1,\"Homes, built\",count,"))
        #expect(line.hasSuffix(",3\n"))
    }
}

struct ChildOutcomeTests {
    @Test func theChildsOwnReasonBecomesTheError() {
        let stderr = "Syntax Error: junk\ncouncilkpi: /in/a.pdf: truncated PDF (no %%EOF marker at the end)\n"
        #expect(
            ChildExtractor.outcome(status: .exited(8), stderr: stderr, path: "/in/a.pdf")
                == .failed(reason: "truncated PDF (no %%EOF marker at the end)"))
        #expect(ChildExtractor.outcome(status: .exited(0), stderr: stderr, path: "/in/a.pdf") == .extracted)
        #expect(
            ChildExtractor.outcome(status: .signaled(SIGSEGV), stderr: "", path: "/in/a.pdf")
                == .failed(reason: "crashed (SIGSEGV)"))
        #expect(
            ChildExtractor.outcome(status: .exited(1), stderr: "boom\n", path: "/in/a.pdf")
                == .failed(reason: "exit 1: boom"))
    }
}
