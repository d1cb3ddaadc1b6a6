import Dataset
import Foundation

/// The run: take the dataset's lock, walk each site (a few at once), download the papers that
/// are new or changed, record each in state.json, then ingest the new downloads with the
/// council of the site they came from. The lock is held throughout, so a second harvest or an
/// ingest on the same OUT exits at once.
public struct Harvester: Sendable {
    public let options: HarvestOptions
    public var layout: HarvestLayout { HarvestLayout(root: options.out) }

    public init(options: HarvestOptions) { self.options = options }

    public func run(events: @escaping @Sendable (HarvestEvent) -> Void) async throws -> HarvestSummary {
        let fm = FileManager.default
        try fm.createDirectory(at: layout.downloads, withIntermediateDirectories: true)
        try fm.createDirectory(at: layout.harvest, withIntermediateDirectories: true)
        let lock = try DatasetLock(path: layout.dataset.lock.path)
        defer { lock.release() }
        AtomicFile.removeTemporaries(in: layout.downloads)
        AtomicFile.removeTemporaries(in: layout.harvest)

        let filter = try PaperFilter(options.filter)
        let committees = try options.committees.map {
            try NSRegularExpression(pattern: $0, options: [.caseInsensitive])
        }
        let store = try StateStore(file: layout.state)
        let downloader = Downloader(settings: options.fetch)
        let fetcher = DocumentFetcher(downloader: downloader, store: store, downloads: layout.downloads, events: events)

        var summary = HarvestSummary()
        var fresh: [String] = []
        let sites = options.sites
        await withTaskGroup(of: (Int, SiteReport, [String]).self) { group in
            var next = 0
            func start() {
                guard next < sites.count else { return }
                let index = next
                next += 1
                group.addTask {
                    events(.siteStarted(base: sites[index].base, index: index + 1, of: sites.count))
                    let walk = SiteWalk(
                        client: ModernGovClient(base: sites[index].base, downloader: downloader),
                        since: options.since, until: options.until, committees: committees,
                        filter: filter)
                    let (report, files) = await fetcher.harvest(sites[index], walk: walk)
                    return (index, report, files)
                }
            }
            for _ in 0..<options.jobs { start() }
            var reports: [(Int, SiteReport)] = []
            while let (index, report, files) = await group.next() {
                events(.siteFinished(report))
                reports.append((index, report))
                fresh += files
                start()
            }
            summary.sites = reports.sorted { $0.0 < $1.0 }.map(\.1)
        }
        if !options.links.isEmpty {
            let (report, files) = await fetcher.harvest(links: options.links)
            events(.siteFinished(report))
            summary.sites.append(report)
            fresh += files
        }
        await downloader.shutdown()

        summary.ingest = try await ingest(fresh, store: store, lock: lock, events: events)
        return summary
    }

    /// Ingests this run's new downloads and any left un-ingested by a killed run, each with the
    /// council its state entry names.
    private func ingest(
        _ fresh: [String], store: StateStore, lock: DatasetLock,
        events: @escaping @Sendable (HarvestEvent) -> Void
    ) async throws -> IngestSummary? {
        let known = Set(try Manifest.load(from: layout.dataset.manifest).sources.map(\.path))
        let held = ((try? FileManager.default.contentsOfDirectory(atPath: layout.downloads.path)) ?? [])
            .filter { $0.hasSuffix(".pdf") && !AtomicFile.isTemporary($0) }
            .map { layout.downloads.appendingPathComponent($0).standardizedFileURL.path }
        let inputs = Set(fresh).union(held.filter { !known.contains($0) }).sorted()
        guard !inputs.isEmpty else { return nil }
        var councils: [String: String] = [:]
        for document in await store.all {
            guard let sha = document.sha256, let council = document.council else { continue }
            let path = layout.download(sha).standardizedFileURL.path
            if councils[path] == nil { councils[path] = council }
        }
        let ingestOptions = IngestOptions(
            inputs: inputs, out: options.out, jobs: options.jobs,
            councilMap: CouncilMap(councilsByPath: councils),
            extractor: options.extractor)
        return try await Ingester(options: ingestOptions).run(holding: lock) { events(.ingest($0)) }
    }
}
