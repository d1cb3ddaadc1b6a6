import Foundation

/// Where each part of a dataset lives under OUT.
public struct DatasetLayout: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    public var reports: URL { root.appendingPathComponent("reports", isDirectory: true) }
    public var manifest: URL { root.appendingPathComponent("manifest.json") }
    public var indicatorsCSV: URL { root.appendingPathComponent("indicators.csv") }
    public var sqlite: URL { root.appendingPathComponent("dataset.sqlite") }
    /// Held (flock) for the whole run: one ingest at a time.
    public var lock: URL { root.appendingPathComponent(".lock") }
    /// Results of the current run, one JSON line per source, replayed if the run is killed.
    public var journal: URL { root.appendingPathComponent(".journal.jsonl") }

    public func report(_ reportId: String) -> URL {
        reports.appendingPathComponent(reportId + ".json")
    }
}
