import ArgumentParser
import Dataset

/// How `ingest` and `harvest` run each child extraction: its timeout, its limits and, for the
/// tests, the executable.
struct ChildOptions: ParsableArguments {
    @Option(help: "Give up on extracting a file after this many seconds.")
    var timeout: Double = DatasetTuning.defaultTimeoutSeconds

    @OptionGroup(title: "Limits of each child extraction (a child that hits one is a failed entry)")
    var limits: LimitOptions

    @Option(
        help: ArgumentHelp(
            "Run this executable as the child extractor instead of this binary (tests).",
            visibility: .hidden))
    var extractor: String?

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be positive.") }
    }

    var childExtractor: ChildExtractor {
        ChildExtractor(
            executable: extractor ?? IngestCommand.ownExecutable(), timeoutSeconds: timeout, limits: limits.limits)
    }
}
