import ArgumentParser
import CommandLineSupport
import Dataset
import Foundation
import Logging

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract many PDFs into a dataset: reports/, manifest.json, indicators.csv, dataset.sqlite.",
        discussion: """
            Directories are searched recursively for *.pdf. Each PDF is extracted by a separate `councilkpi extract` \
            process (at most --jobs at once) under --timeout, --max-memory, --max-cpu and --max-output, so one that \
            crashes, hangs or hits a limit becomes a failed manifest entry with the reason ("exceeded 4 GB of memory") \
            and the batch goes on. Unchanged files (same SHA-256, extractor version and council hint) are not \
            extracted again.

            Safe for cron: one run per dataset at a time, and a run killed at any point leaves only whole files; the \
            next run completes the dataset. Layout and SQLite schema: docs/dataset.md.

            Exit codes: 0 every source ok; 2 some sources failed (see manifest.json); 75 another ingest holds the \
            dataset's lock; 1 any other error; 64 bad usage.
            """
    )

    @Argument(help: "PDF files and directories to search for them.", completion: .file())
    var inputs: [String]

    @Option(help: "The dataset directory (created if needed).")
    var out: String

    @Option(help: "Extract this many files at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "CSV of (path or file name, council name) for papers whose text names no council.")
    var councilMap: String?

    @OptionGroup var child: ChildOptions

    @Flag(help: "Extract again the files that failed last time, even if unchanged.")
    var retryFailed = false

    @Flag(help: "No progress and no per-file lines (for cron); the exit code tells the outcome.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        var map = CouncilMap()
        if let councilMap {
            do { map = try CouncilMap(contentsOf: councilMap) } catch {
                FileHandle.standardError.write(Data("councilkpi: \(error)\n".utf8))
                throw ExitCode(IngestExit.error)
            }
        }
        let options = IngestOptions(
            inputs: inputs, out: URL(fileURLWithPath: out), jobs: jobs, councilMap: map,
            extractor: child.childExtractor(program: Executables.own()),
            retryFailed: retryFailed)
        let display = IngestProgress.Mode(quiet: quiet, terminal: isatty(STDERR_FILENO) == 1)
        let outcome = waitFor { await Self.ingest(options, display: display) }
        try IngestExit.finish(outcome, command: "ingest", out: out) { $0.failed > 0 }
    }

    /// Runs the batch while the display consumes its events on this side of a stream.
    static func ingest(_ options: IngestOptions, display: IngestProgress.Mode) async -> Result<IngestSummary, any Error>
    {
        let (events, continuation) = AsyncStream.makeStream(of: IngestEvent.self)
        async let result: Result<IngestSummary, any Error> = {
            defer { continuation.finish() }
            do { return .success(try await Ingester(options: options).run { continuation.yield($0) }) } catch {
                return .failure(error)
            }
        }()
        var progress = IngestProgress(mode: display, out: options.out.path)
        for await event in events { progress.handle(event) }
        let outcome = await result
        if case .success(let summary) = outcome { progress.finish(summary) }
        return outcome
    }
}
