import ArgumentParser
import Dataset

/// How `ingest` and `harvest` run each child extraction: its timeout, its limits and, for the
/// tests, the executable.
public struct ChildOptions: ParsableArguments, Sendable {
    @Option(help: "Give up on extracting a file after this many seconds.")
    public var timeout: Double = DatasetTuning.defaultTimeoutSeconds

    @OptionGroup(title: "Limits of each child extraction (a child that hits one is a failed entry)")
    public var limits: LimitOptions

    @Option(
        help: ArgumentHelp(
            "Run this executable as the child extractor instead of councilkpi (tests).",
            visibility: .hidden))
    public var extractor: String?

    public init() {}

    public func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be positive.") }
    }

    /// The child extraction: `program extract FILE` unless --extractor names another one.
    public func childExtractor(program: String) -> ChildExtractor {
        ChildExtractor(executable: extractor ?? program, timeoutSeconds: timeout, limits: limits.limits)
    }
}
