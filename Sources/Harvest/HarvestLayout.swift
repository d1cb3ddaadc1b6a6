import Dataset
import Foundation

/// Where the harvest keeps its part of a dataset, beside ingest's.
public struct HarvestLayout: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    public var dataset: DatasetLayout { DatasetLayout(root: root) }
    /// Downloaded papers, named by content: downloads/<sha256>.pdf.
    public var downloads: URL { root.appendingPathComponent("downloads", isDirectory: true) }
    public var harvest: URL { root.appendingPathComponent("harvest", isDirectory: true) }
    /// What every document URL gave last time (harvest/state.json).
    public var state: URL { harvest.appendingPathComponent("state.json") }

    public func download(_ sha256: String) -> URL { downloads.appendingPathComponent(sha256 + ".pdf") }
}
