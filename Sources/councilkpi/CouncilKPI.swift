import ArgumentParser
import Record

struct CouncilKPI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "councilkpi",
        abstract:
            "Turn UK council performance reports (PDF committee papers) into a canonical, validated JSON dataset.",
        discussion: """
            Stages: text → segment → parse → normalise → validate. `extract --stage S`
            stops after a stage and prints its output, to see where a document went wrong.

            Start with: councilkpi extract FILE.pdf        (one record, JSON)
                        councilkpi ingest DIR --out OUT     (a dataset of many)
                        councilkpi harvest --sites FILE.csv --out OUT   (new papers from ModernGov sites)
            The text stage alone, from a smaller program that starts twice as fast
            (for turning many files into words): councilkpi-text FILE.pdf

            Exit codes: 0 ok; 1 error; 3 missing file; 4 unreadable; 5 not a PDF;
            6 encrypted; 7 damaged; 8 truncated; 9 no pages; 10 no text layer;
            11 too large; 12 timed out; 13 empty file; 64 bad usage. ingest: 2 some
            files failed, 75 another ingest holds the dataset's lock (harvest: the
            same, 2 also for a failed site or download). validate: 1 errors found.
            """,
        version: ExtractorVersion.current,
        subcommands: [
            ExtractCommand.self, IngestCommand.self, HarvestForward.self, TablesCommand.self, DiffCommand.self,
            ReportCommand.self, ValidateCommand.self, SchemaCommand.self
        ]
    )
}
