import ArgumentParser
import Foundation
import JSON
import Rainbow
import Record
import ValidateStage

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check canonical records: strict schema decoding, then the consistency rules.",
        discussion: """
            Each argument is a record file (.json) or a dataset folder (the OUT of `ingest`: every \
            OUT/reports/*.json is checked). A record must decode strictly (every required key, no \
            unknown keys, known enum values, right types and formats; problems name their JSON path, \
            e.g. indicators[3].observations[0].period.quarter), then pass the consistency rules \
            (counts that add up, periods inside their year, observations oldest first, ...). \
            Each finding has a severity, a stable code, the page and a message. The record's own \
            `issues` list is not re-reported.

            Exit codes: 0 no errors (warnings allowed); 1 errors found; 3 a path does not exist; \
            4 a file or folder cannot be read, or a folder has no reports/; 5 a file is not JSON; \
            64 bad usage. When several apply, the first in the order 3, 4, 5, 1 wins.
            """
    )

    enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
        case text, json
    }

    @Argument(help: "Record files or dataset folders.", completion: .file(extensions: ["json"]))
    var paths: [String]

    @Option(help: "Output: text (for people) or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one record file or dataset folder.") }
    }

    func run() throws {
        let run = ValidationRun.check(paths: paths)
        switch format {
        case .json: FileHandle.standardOutput.write(Data(try JSONOutput.bytes(run)))
        case .text: FileHandle.standardOutput.write(Data(Self.text(run).utf8))
        }
        if run.exitCode != 0 { throw ExitCode(run.exitCode) }
    }

    /// Files with findings, one finding a line, then a summary line.
    static func text(_ run: ValidationRun) -> String {
        var out = ""
        for f in run.files where !f.findings.isEmpty {
            out += "\(f.file): \(counted(f.errors, "error")), \(counted(f.warnings, "warning"))\n"
            for x in f.findings {
                var at = x.code.bold
                if let path = x.path, !path.isEmpty { at += " at \(path)" }
                if let page = x.page { at += " (page \(page))" }
                out += "  \(x.severity == .error ? "error".red : "warning".yellow) \(at): \(x.message)\n"
            }
        }
        let bad = run.files.filter { $0.status != .valid }.count
        out +=
            "\(counted(run.files.count, "record")) checked: \(run.files.count - bad) valid, \(bad) not valid; "
            + "\(counted(run.errors, "error")), \(counted(run.warnings, "warning"))\n"
        return out
    }

    static func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
