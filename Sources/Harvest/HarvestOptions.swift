import Dataset
import Foundation

/// What one harvest run does: where from, which papers, into which dataset, how politely.
public struct HarvestOptions: Sendable {
    public var sites: [Site]
    public var links: [LinkList.Link]
    public var out: URL
    /// Meetings from `since` to `until`, both days included.
    public var since: Date
    public var until: Date
    /// Only committees whose title matches (case-insensitive), when given.
    public var committees: String?
    public var filter: PaperFilter.Rule
    public var fetch: FetchSettings
    /// Sites harvested at once (each host still sees one request at a time), and extractions.
    public var jobs: Int
    public var extractor: ChildExtractor

    public init(
        sites: [Site], links: [LinkList.Link] = [], out: URL, since: Date, until: Date,
        committees: String? = nil, filter: PaperFilter.Rule = .vocabulary, fetch: FetchSettings,
        jobs: Int = 1, extractor: ChildExtractor
    ) {
        self.sites = sites
        self.links = links
        self.out = out
        self.since = since
        self.until = until
        self.committees = committees
        self.filter = filter
        self.fetch = fetch
        self.jobs = max(1, jobs)
        self.extractor = extractor
    }
}

/// What the harvest does, step by step, for the command's display.
public enum HarvestEvent: Sendable {
    case siteStarted(base: String, index: Int, of: Int)
    case siteFinished(SiteReport)
    case documentFailed(url: String, title: String, reason: String)
    /// The ingest of the new downloads, as `ingest` reports it.
    case ingest(IngestEvent)
}

/// How one site (or the --urls list) went.
public struct SiteReport: Sendable {
    public var base: String
    public var council: String?
    /// Documents kept by the paper filter.
    public var papers = 0
    public var downloaded = 0
    public var unchanged = 0
    public var failed = 0
    /// Why the site's walk failed (web service down or switched off), when it did.
    public var error: String?

    init(base: String, council: String?) {
        self.base = base
        self.council = council
    }
}

public struct HarvestSummary: Sendable {
    public var sites: [SiteReport] = []
    /// nil when there was nothing new to ingest.
    public var ingest: IngestSummary?

    public var sitesFailed: Int { sites.filter { $0.error != nil }.count }
    public var papers: Int { sites.reduce(0) { $0 + $1.papers } }
    public var downloaded: Int { sites.reduce(0) { $0 + $1.downloaded } }
    public var unchanged: Int { sites.reduce(0) { $0 + $1.unchanged } }
    public var failed: Int { sites.reduce(0) { $0 + $1.failed } }

    /// Whether anything of this run failed: a site, a download or an extraction.
    public var anyFailed: Bool { sitesFailed > 0 || failed > 0 || (ingest?.failed ?? 0) > 0 }
}
