import Dataset
import Foundation

/// One document URL the harvest has seen: what the server said of it last (ETag,
/// Last-Modified), the content we hold (sha256 → downloads/<sha256>.pdf) and how the last
/// try ended.
public struct HarvestedDocument: Codable, Equatable, Sendable {
    public enum Status: String, Codable, Sendable {
        /// The content named by `sha256` is in downloads/.
        case ok
        /// The last try failed; `reason` says why (an earlier content may still be held).
        case failed
    }

    public var url: String
    public var council: String?
    public var site: String?
    public var title: String
    public var meetingDate: String?
    public var status: Status
    public var reason: String?
    public var sha256: String?
    public var etag: String?
    public var lastModified: String?
    public var firstSeen: String
    public var lastSeen: String

    public var validators: Validators { Validators(etag: etag, lastModified: lastModified) }
}

/// OUT/harvest/state.json: every document URL ever seen, sorted by URL; rewritten whole
/// (AtomicFile) after each document, so a kill loses at most the one in flight.
public struct HarvestState: Codable, Equatable, Sendable {
    public static let currentFormat = 1

    public var format = HarvestState.currentFormat
    public var documents: [HarvestedDocument] = []

    public init() {}

    /// The state at `url`, or an empty one when there is none yet.
    public static func load(from url: URL) throws -> HarvestState {
        guard FileManager.default.fileExists(atPath: url.path) else { return HarvestState() }
        return try JSONDecoder().decode(HarvestState.self, from: Data(contentsOf: url))
    }

    public func write(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(try encoder.encode(self) + Data("\n".utf8), to: url)
    }
}

/// The state while a run changes it: sites harvested in parallel record their documents here,
/// and every change is on disk before the next.
actor StateStore {
    private var byURL: [String: HarvestedDocument]
    private let file: URL

    init(file: URL) throws {
        self.file = file
        byURL = Dictionary(try HarvestState.load(from: file).documents.map { ($0.url, $0) }, uniquingKeysWith: { $1 })
    }

    func document(_ url: String) -> HarvestedDocument? { byURL[url] }

    var all: [HarvestedDocument] { byURL.values.sorted { $0.url < $1.url } }

    func record(_ document: HarvestedDocument) throws {
        byURL[document.url] = document
        var state = HarvestState()
        state.documents = all
        try state.write(to: file)
    }
}
