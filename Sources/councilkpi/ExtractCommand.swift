import ArgumentParser
import CommandLineSupport
import Dataset
import Foundation
import JSON
import Pipeline
import Record
import TextStage

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract one PDF into its canonical record (JSON on standard output).",
        discussion: """
            With --stage, stop after that stage and print its output instead:
              text       words with boxes and fonts, images, ruling lines and fills, per page
              segment    lines, blocks, headings, sections and tables
              parse      what each table and section is, values as written
              normalise  the canonical record before the consistency checks
              validate   the canonical record with its findings (the default)
            Output is byte-identical across runs for the same file and version.

            --max-memory, --max-cpu and --max-output limit this process (address space, CPU time, the
            size of what it writes); one that hits a limit is ended by the system (an allocation
            refused, SIGXCPU, SIGXFSZ). `ingest` passes its own limits to each child this way.
            """
    )

    @Argument(help: "The PDF file.", completion: .file(extensions: ["pdf"]))
    var file: String

    @Option(help: "Stop after this stage: \(Stage.allCases.map(\.rawValue).joined(separator: ", ")).")
    var stage: Stage = .validate

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv, markdown }

    @Option(
        help: "json (any stage); csv (one row per indicator observation) or markdown (a readable page) for the record.")
    var format: Format = .json

    @Option(help: "Council name to use when the text names none.")
    var council: String?

    @Flag(help: "Text stage: words and fonts only, without ruling lines, fills and images (faster).")
    var noGraphics = false

    @Option(help: "Give up after this many seconds (a PDF that hangs poppler).")
    var timeout: Double = 120

    @OptionGroup(title: "Limits (set on this process before the PDF is opened)")
    var limits: LimitOptions

    static let formatNeedsRecord =
        "--format csv and markdown print the record: use them with --stage normalise or validate"

    func validate() throws {
        if format != .json && [.text, .segment, .parse].contains(stage) {
            throw ValidationError(Self.formatNeedsRecord)
        }
    }

    func run() throws {
        if let failure = limits.limits.apply() {
            InputFailure.report(file: file, reason: failure)
            throw ExitCode.failure
        }
        Watchdog.start(seconds: timeout, program: "councilkpi", file: file)
        var pipeline = Pipeline()
        pipeline.textOptions.graphics = !noGraphics
        pipeline.councilHint = council
        let output: Pipeline.Output
        do {
            output = try pipeline.run(path: file, upTo: stage)
        } catch {
            throw InputFailure(file: file, error: error)
        }
        let data: Data
        switch (output, format) {
        case (.text(let t), .json):
            try JSONOutput.write(t)  // the largest output: written as it goes
            return
        case (.segment(let s), .json): data = Data(try JSONOutput.bytes(s))
        case (.parse(let p), .json): data = Data(try JSONOutput.bytes(p))
        case (.record(let r), .json): data = Data(try JSONOutput.bytes(r))
        case (.record(let r), .csv): data = try IndicatorsCSV.document(r)
        case (.record(let r), .markdown): data = Data(RecordMarkdown.render(r).utf8)
        default: throw ValidationError(Self.formatNeedsRecord)  // excluded by validate()
        }
        FileHandle.standardOutput.write(data)
    }
}

extension Stage: ExpressibleByArgument {}
