import Foundation

/// What ingest does, step by step, for the command's progress display.
public enum IngestEvent: Sendable {
    /// Sources found and hashed: `toExtract` contents will be extracted, `unchanged` sources reused.
    case planned(sources: Int, toExtract: Int, unchanged: Int)
    /// One content extracted (or failed) for these paths.
    case extracted(paths: [String], status: SourceStatus, error: String?, pages: Int, seconds: Double)
    /// The derived files (indicators.csv, dataset.sqlite) are being rebuilt.
    case building(reports: Int)
    /// Something worth a warning that does not stop the run.
    case warning(String)
}

public struct IngestSummary: Sendable {
    public var sources = 0
    public var extracted = 0
    public var unchanged = 0
    /// Sources among this run's inputs whose manifest status is `failed`.
    public var failed = 0
    public var pages = 0
    public var seconds = 0.0
    public var reports = 0
    /// Largest resident set of any child extractor (kilobytes), from getrusage.
    public var peakWorkerKB = 0
    public var peakParentKB = 0
    /// CPU seconds of the children (the extraction) and of this process alone (planning,
    /// hashing, journal, manifest, CSV, SQLite), so the parent's own cost is seen apart.
    public var workerCPUSeconds = 0.0
    public var parentCPUSeconds = 0.0
}

public struct IngestOptions: Sendable {
    public var inputs: [String]
    public var out: URL
    public var jobs: Int
    public var councilMap: CouncilMap
    public var extractor: ChildExtractor
    public var retryFailed: Bool

    public init(
        inputs: [String], out: URL, jobs: Int, councilMap: CouncilMap = CouncilMap(),
        extractor: ChildExtractor, retryFailed: Bool = false
    ) {
        self.inputs = inputs
        self.out = out
        self.jobs = max(1, jobs)
        self.councilMap = councilMap
        self.extractor = extractor
        self.retryFailed = retryFailed
    }
}
