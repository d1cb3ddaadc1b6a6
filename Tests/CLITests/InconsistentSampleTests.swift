import Foundation
import Testing

/// The deliberately inconsistent sample (tools/samples/README.md lists its planted faults):
/// `extract` writes exactly the findings those faults call for into the record's `issues`, and
/// `validate` on that record finds them again and exits 1 (one of them is an error).
struct InconsistentSampleTests {
    struct Issue: Decodable, Equatable {
        var severity: String
        var stage: String
        var code: String
        var message: String
        var page: Int?
    }

    struct Record: Decodable { var issues: [Issue] }

    struct Expected: CustomStringConvertible {
        var code: String
        var severity: String
        var page: Int
        /// Fragments the message must contain (the figures that disagree).
        var says: [String]
        var description: String { "\(severity) \(code) (page \(page)) saying \(says)" }

        func matches(_ i: Issue) -> Bool {
            i.code == code && i.severity == severity && i.page == page && says.allSatisfy(i.message.contains)
        }
    }

    static let expected: [Expected] = [
        // 1. "Number of Actions 30", but Red 4 + Amber 6 + Green 15 + Completed 4 = 29.
        Expected(code: "summary-counts-mismatch", severity: "error", page: 1, says: ["29", "30"]),
        // 2. The two theme boxes (12 + 15 = 27; green 5 + 8 = 13) against the overall (30; green 15);
        //    red, amber and completed do add up.
        Expected(
            code: "theme-summaries-mismatch", severity: "warning", page: 1,
            says: ["Cleaner Greener", "Prosperous Places", "total 27 vs 30", "green 13 vs 15"]),
        // 3. WV 05: 31.5 Days against a 20 Days target, lower is better, but filled green.
        Expected(
            code: "rag-contradicts-figures", severity: "warning", page: 2, says: ["WV 05", "31.5 Days", "20 Days"]),
        // Not planted but required by the documented rules: the action table lists a selection
        // of 5 actions under the overall box's 30 (schemas/README.md, listed-count-mismatch).
        Expected(code: "listed-count-mismatch", severity: "warning", page: 1, says: ["30", "5"])
    ]

    static let sample = Councilkpi.sample("inconsistent-")

    @Test(.enabled(if: Councilkpi.binary != nil && sample != nil)) func extractFindsExactlyThePlantedFaults() throws {
        let record = try JSONDecoder().decode(Record.self, from: try Extracted.record(Self.sample!))
        let found = record.issues.filter { $0.stage == "validate" }
        for e in Self.expected {
            #expect(found.filter(e.matches).count == 1, "expected once: \(e); the record has \(found)")
        }
        let unexpected = found.filter { i in !Self.expected.contains { $0.matches(i) } }
        #expect(unexpected.isEmpty, "findings no planted fault explains: \(unexpected)")
        #expect(found.count == Self.expected.count, "\(found)")
        #expect(
            record.issues.filter { $0.severity == "error" && $0.stage != "validate" }.isEmpty,
            "errors from earlier stages: \(record.issues)")
    }

    @Test(.enabled(if: Councilkpi.binary != nil && sample != nil)) func validateReportsTheErrorAndExitsOne() throws {
        let dir = try Councilkpi.temporaryDirectory("inconsistent")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("inconsistent.json")
        try Extracted.record(Self.sample!).write(to: file)
        let r = try Councilkpi.run(["validate", "--format", "json", file.path])
        #expect(r.status == 1, "validate exit \(r.status): \(r.stderr)")
        struct Run: Decodable {
            struct File: Decodable { var findings: [Issue] }
            var errors: Int
            var files: [File]
        }
        let run = try JSONDecoder().decode(Run.self, from: r.stdout)
        let codes = run.files.flatMap(\.findings).map(\.code).sorted()
        #expect(codes == Self.expected.map(\.code).sorted())
        #expect(run.errors == Self.expected.filter { $0.severity == "error" }.count)
    }
}
