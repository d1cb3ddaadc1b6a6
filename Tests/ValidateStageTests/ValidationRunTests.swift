import Foundation
import JSON
import Record
import Testing

@testable import ValidateStage

/// `councilkpi validate` in-process: files and dataset folders, findings and exit codes.
@Suite final class ValidationRunTests {
    /// This test's own folder under the system's temporary folder, removed afterwards.
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("validate-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: root) }

    func tempFolder() throws -> URL {
        let url = root.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Counts that do not add up (2 of a stated 3) and a red KPI that beats its target.
    func inconsistent() -> Record {
        var r = Samples.consistent()
        r.summaries[0].counts = SummaryCounts(red: 1, green: 1)
        r.indicators[0].rag = .red
        return r
    }

    func dataset(_ records: [String: Record]) throws -> URL {
        let out = try tempFolder()
        let reports = out.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        for (name, r) in records {
            try Data(JSONOutput.bytes(r)).write(to: reports.appendingPathComponent(name))
        }
        return out
    }

    @Test func aValidDatasetExitsZero() throws {
        let out = try dataset(["a.json": Samples.consistent(), "b.json": Samples.full()])
        let run = ValidationRun.check(paths: [out.path])
        #expect(run.files.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["a.json", "b.json"])
        #expect(run.files.map(\.status) == [.valid, .valid])
        #expect(run.valid && run.exitCode == 0)
    }

    @Test func anInconsistentRecordGivesExactlyItsFindings() throws {
        let out = try dataset(["bad.json": inconsistent(), "good.json": Samples.consistent()])
        let run = ValidationRun.check(paths: [out.path])
        #expect(run.exitCode == 1)
        #expect(run.files.map(\.status) == [.errors, .valid])
        let findings = run.files[0].findings
        #expect(findings.map(\.code) == ["summary-counts-mismatch", "rag-contradicts-figures"])
        #expect(findings.map(\.severity) == [.error, .warning])
        #expect(findings.map(\.page) == [2, 3])
        #expect(run.files[0].reportId == Samples.reportId)
        #expect((run.errors, run.warnings) == (1, 1))
    }

    @Test func warningsAloneStillExitZero() throws {
        var r = Samples.consistent()
        r.indicators[0].observations[1].value = Samples.pct(250)
        let out = try dataset(["w.json": r])
        let run = ValidationRun.check(paths: [out.path])
        #expect(run.warnings == 1 && run.errors == 0 && run.exitCode == 0)
    }

    @Test func decodingProblemsAreErrorsWithTheirPath() throws {
        let folder = try tempFolder()
        let file = folder.appendingPathComponent("r.json")
        try Data(contentsOf: Repo.fixtures.appendingPathComponent("bad/observation-quarter-text.json")).write(to: file)
        let run = ValidationRun.check(paths: [file.path])
        #expect(run.exitCode == 1)
        #expect(
            run.files[0].findings == [
                Finding(
                    severity: .error, code: "wrong-type", path: "indicators[0].observations[0].period.quarter",
                    page: 7, message: "expected an integer, found a string \"Q2\"")
            ])
    }

    @Test func exitCodesTellUnusableInputApart() throws {
        let folder = try tempFolder()
        let notJSON = folder.appendingPathComponent("cut.json")
        try Data("{\"schemaVersion\": \"1.0\", \"repo".utf8).write(to: notJSON)
        let good = folder.appendingPathComponent("good.json")
        try Data(JSONOutput.bytes(Samples.consistent())).write(to: good)
        let bad = folder.appendingPathComponent("bad.json")
        try Data(JSONOutput.bytes(inconsistent())).write(to: bad)
        let missing = folder.appendingPathComponent("nope.json").path

        #expect(ValidationRun.check(paths: [good.path]).exitCode == 0)
        #expect(ValidationRun.check(paths: [bad.path]).exitCode == 1)
        #expect(ValidationRun.check(paths: [missing]).exitCode == 3)
        #expect(ValidationRun.check(paths: [folder.path]).exitCode == 4)  // no reports/ inside
        #expect(ValidationRun.check(paths: [notJSON.path]).exitCode == 5)
        #expect(ValidationRun.check(paths: [notJSON.path]).files[0].findings.map(\.code) == ["invalid-json"])
        // Precedence: missing, unreadable, not JSON, errors.
        #expect(ValidationRun.check(paths: [bad.path, notJSON.path, missing]).exitCode == 3)
        #expect(ValidationRun.check(paths: [bad.path, notJSON.path]).exitCode == 5)
        #expect(ValidationRun.check(paths: [missing]).files[0].findings.map(\.code) == ["missing-file"])
    }

    @Test func jsonOutputIsStable() throws {
        let out = try dataset(["bad.json": inconsistent()])
        let first = try JSONOutput.string(ValidationRun.check(paths: [out.path]))
        let second = try JSONOutput.string(ValidationRun.check(paths: [out.path]))
        #expect(first == second)
        #expect(first.hasPrefix("{\n  \"valid\": false,\n  \"errors\": 1,\n  \"warnings\": 1,\n  \"files\": ["))
        #expect(first.contains("\"code\": \"summary-counts-mismatch\""))
    }
}
