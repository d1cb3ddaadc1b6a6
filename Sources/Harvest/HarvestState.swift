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
/// (AtomicFile) after each new download or failure and at the end of each site, so a kill
/// loses at most the `lastSeen` of papers that were unchanged.
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

/// The state while a run changes it: sites harvested in parallel record their documents here.
/// A change that matters (new content, a failure, a recovery) is on disk before the next
/// document; an unchanged paper's new `lastSeen` waits for the site's end (a nightly run sees
/// thousands of unchanged papers, and each write is the whole file).
actor StateStore {
    private var byURL: [String: HarvestedDocument]
    private let file: URL
    private var dirty = false

    init(file: URL) throws {
        self.file = file
        byURL = Dictionary(
            try HarvestState.load(from: file).documents.map { ($0.url, $0) },
            uniquingKeysWith: { $1 })
    }

    func document(_ url: String) -> HarvestedDocument? { byURL[url] }

    var all: [HarvestedDocument] { byURL.values.sorted { $0.url < $1.url } }

    func record(_ document: HarvestedDocument) throws {
        let before = byURL[document.url]
        byURL[document.url] = document
        dirty = true
        if before?.sha256 != document.sha256 || before?.status != document.status || before?.reason != document.reason
            || before?.council != document.council
        {
            try flush()
        }
    }

    /// Writes what is not on disk yet.
    func flush() throws {
        guard dirty else { return }
        var state = HarvestState()
        state.documents = all
        try state.write(to: file)
        dirty = false
    }
}
