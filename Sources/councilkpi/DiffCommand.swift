import ArgumentParser
import CommandLineSupport
import Dataset
import Diff
import Foundation
import JSON
import Rainbow
import Record

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two reports: indicators, actions and summary counts.",
        discussion: """
            A and B are PDFs (extracted first, each in a child process as ingest does), record files
            (from `extract` or a dataset's reports/), or reportIds in the dataset given by --out. Or compare a \
            council's two periods in a dataset:
              councilkpi diff --out OUT --council Charnwood --from 2023-24Q2 --to 2023-24Q3
            Indicators pair by code, else by name (renamed ones are reported as renamed); actions
            pair by their text, tolerating small rewording. An earlier period both reports show, whose
            figure the later one gives differently, is listed as revised. Exit code 0 whether or not
            there are differences, unless --exit-code (then 1 when there are).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv, markdown }

    @Argument(help: "The earlier report (PDF, record file or reportId).") var a: String?
    @Argument(help: "The later report (PDF, record file or reportId).") var b: String?
    @Option(help: "Dataset folder to look reportIds or council+period up in.") var out: String?
    @Option(help: "Council name, slug or GSS code (with --from/--to).") var council: String?
    @Option(help: "Earlier period, e.g. 2023-24Q2.") var from: String?
    @Option(help: "Later period, e.g. 2023-24Q3.") var to: String?
    @Option(help: "table, json, csv or markdown.") var format: Format = .table
    @Flag(help: "Exit with 1 when the reports differ.") var exitCode = false

    func validate() throws {
        if council != nil || from != nil || to != nil {
            guard council != nil, from != nil, to != nil, out != nil else {
                throw ValidationError("--council, --from and --to go together, with --out")
            }
        } else if a == nil || b == nil {
            throw ValidationError("give two reports A and B, or --out with --council, --from and --to")
        }
    }

    func run() throws {
        let before: Record
        let after: Record
        do {
            if let council, let from, let to, let out {
                before = try Locator.find(council: council, period: from, dataset: out)
                after = try Locator.find(council: council, period: to, dataset: out)
            } else {
                before = try Self.load(a!, dataset: out)
                after = try Self.load(b!, dataset: out)
            }
        } catch {
            // One plain line, not a usage screen: the arguments were well formed.
            FileHandle.standardError.write(Data("councilkpi: diff: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
        let d = Differ.diff(before, after)
        let text: String
        switch format {
        case .json: text = try JSONOutput.string(d)
        case .csv: text = try DiffRender.csv(d)
        case .markdown: text = DiffRender.markdown(d)
        case .table:
            let colour = isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            text = DiffRender.table(d) { s, tone in
                guard colour else { return s }
                switch tone {
                case .plain: return s
                case .good: return s.green
                case .bad: return s.red
                case .neutral: return s.yellow
                case .heading: return s.bold
                }
            }
        }
        FileHandle.standardOutput.write(Data(text.utf8))
        if exitCode && !d.isEmpty { throw ExitCode(1) }
    }

    /// A PDF is extracted in a child process (the PDF engine never runs in this one) into a
    /// temporary record; anything else is a record file or a reportId.
    static func load(_ ref: String, dataset: String?) throws(Locator.Failure) -> Record {
        guard Locator.isPDF(atPath: ref) else { return try Locator.resolve(ref, dataset: dataset) }
        let temp = FileManager.default.temporaryDirectory
            .appendingPathComponent(
                "councilkpi-diff-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: temp) }
        let extractor = ChildExtractor(executable: Executables.own())
        let outcome = waitFor { await extractor.extract(path: ref, councilHint: nil, output: temp) }
        if case .failed(let reason) = outcome { throw .unreadable(ref, reason) }
        return try Locator.load(file: temp.path, shownAs: ref)
    }
}
