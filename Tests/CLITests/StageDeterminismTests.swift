import Foundation
import Testing

/// Same input ⇒ byte-identical output, for every stage after text and for `tables`: two runs
/// of the binary on each sample print the same bytes.
struct StageDeterminismTests {
    /// The text stage's output is checked the same way in DeterminismTests.
    static let stages = ["segment", "parse", "normalise", "validate"]

    /// Whether the binary lists a subcommand in its help (`tables` lands after the stages).
    static func has(_ command: String) -> Bool {
        guard let help = try? Councilkpi.run(["--help"]) else { return false }
        return String(decoding: help.stdout, as: UTF8.self).split(separator: "\n")
            .contains { $0.hasPrefix("  \(command) ") }
    }

    @Test(.enabled(if: Councilkpi.binary != nil), arguments: Councilkpi.samples.map(Councilkpi.name))
    func everyStageIsByteIdentical(_ sample: String) throws {
        let path = Councilkpi.repoRoot.appendingPathComponent("samples/\(sample)").path
        for stage in Self.stages {
            let a = try Councilkpi.extract(path, stage: stage)
            // The final stage's second run is the shared extraction (`extract` without --stage).
            let b = stage == "validate" ? try Extracted.record(path) : try Councilkpi.extract(path, stage: stage)
            #expect(a.count > 100, "\(sample) --stage \(stage): \(a.count) bytes")
            #expect(a == b, "\(sample) --stage \(stage): two runs differ")
        }
    }

    @Test(.enabled(if: Councilkpi.binary != nil && has("tables")), arguments: Councilkpi.samples.map(Councilkpi.name))
    func tablesIsByteIdentical(_ sample: String) throws {
        let path = Councilkpi.repoRoot.appendingPathComponent("samples/\(sample)").path
        for format in ["json", "csv", "markdown"] {
            let a = try Councilkpi.run(["tables", path, "--format", format])
            let b = try Councilkpi.run(["tables", path, "--format", format])
            #expect(a.status == 0, "\(sample) tables --format \(format): exit \(a.status): \(a.stderr)")
            // csv and markdown print nothing for a paper without tables; json always names the file.
            if format == "json" { #expect(String(decoding: a.stdout, as: UTF8.self).contains("\"tables\"")) }
            #expect(a.stdout == b.stdout, "\(sample) tables --format \(format): two runs differ")
        }
    }
}
