import Foundation
import Record
import Testing

/// `extract --format csv|markdown`: the record for spreadsheets and for people.
@Suite struct ExtractFormatTests {
    static let coalville = Councilkpi.sample("nwleics-coalville") ?? "samples/nwleics-coalville-missing.pdf"

    @Test func csvHasAHeaderAndARowPerObservation() throws {
        let json = try Councilkpi.run(["extract", Self.coalville])
        let record = try JSONDecoder().decode(Record.self, from: json.stdout)
        let csv = try Councilkpi.run(["extract", Self.coalville, "--format", "csv"])
        #expect(csv.status == 0)
        let lines = String(decoding: csv.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.first?.hasPrefix("reportId,council,gssCode,") == true)
        let observations = record.indicators.map { max(1, $0.observations.count) }.reduce(0, +)
        #expect(observations > 0)
        #expect(lines.count == 1 + observations)
        #expect(lines.contains { $0.contains("VFM01") && $0.contains("312480") })
    }

    @Test func markdownShowsCouncilPeriodAndSections() throws {
        let md = try Councilkpi.run(["extract", Self.coalville, "--format", "markdown"])
        #expect(md.status == 0)
        let text = String(decoding: md.stdout, as: UTF8.self)
        #expect(text.contains("- **Council:** North West Leicestershire District Council (E07000134)"))
        #expect(text.contains("- **Period:** 2019-20 Q2"))
        #expect(text.contains("## Indicators"))
        #expect(text.contains("| VFM01 | Spend on agency workers (£) |"))
    }

    @Test func csvOfAnEarlierStageIsAUsageError() throws {
        let r = try Councilkpi.run(["extract", Self.coalville, "--stage", "text", "--format", "csv"])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("--stage normalise or validate"))
    }
}
