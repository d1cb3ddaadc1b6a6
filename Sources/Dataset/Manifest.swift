import Foundation
import JSON
import Record

/// What happened to one source file.
public enum SourceStatus: String, Codable, Sendable, CaseIterable {
    /// Extracted; its record is reports/<reportId>.json.
    case ok
    /// Could not be extracted; `error` says why.
    case failed
    /// Not extracted because another source (named in `error`) has the same content;
    /// `reportId` is that source's record.
    case skipped
}

/// One source in manifest.json. Keys in this order; `error` and `reportId` are null when not
/// applicable, `sha256` null when the file could not be read, `councilHint` omitted when the
/// council map gave none.
public struct ManifestEntry: Codable, Equatable, Sendable, JSONKeyPolicy {
    public var path: String
    public var sha256: String?
    public var status: SourceStatus
    public var error: String?
    public var reportId: String?
    public var extractorVersion: String
    public var councilHint: String?

    public init(
        path: String, sha256: String?, status: SourceStatus, error: String?, reportId: String?,
        extractorVersion: String, councilHint: String?
    ) {
        self.path = path
        self.sha256 = sha256
        self.status = status
        self.error = error
        self.reportId = reportId
        self.extractorVersion = extractorVersion
        self.councilHint = councilHint
    }

    enum CodingKeys: String, CodingKey { case path, sha256, status, error, reportId, extractorVersion, councilHint }
    public static let nullKeys: Set<String> = ["sha256", "error", "reportId"]
}

/// manifest.json: every source ever seen by ingest on this dataset, sorted by path.
public struct Manifest: Codable, Equatable, Sendable {
    public static let currentFormat = 1

    public var format: Int
    public var sources: [ManifestEntry]

    public init(sources: [ManifestEntry]) {
        self.format = Manifest.currentFormat
        self.sources = sources.sorted { $0.path < $1.path }
    }

    /// The manifest at `url`, or an empty one when there is none yet.
    public static func load(from url: URL) throws -> Manifest {
        guard FileManager.default.fileExists(atPath: url.path) else { return Manifest(sources: []) }
        return try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: url))
    }

    public func data() throws -> Data { Data(try JSONOutput.bytes(self)) }
}
