import Foundation

/// Downloads what a site's walk found, document by document: a conditional GET when we hold the
/// content already, the outcome recorded in state.json before the next one starts.
struct DocumentFetcher: Sendable {
    let downloader: Downloader
    let store: StateStore
    let downloads: URL
    let events: @Sendable (HarvestEvent) -> Void

    /// One site; returns its report and the paths of content not held before this run.
    func harvest(_ site: Site, walk: SiteWalk) async -> (SiteReport, [String]) {
        var report = SiteReport(base: site.base, council: site.council)
        let found: SiteWalk.Result
        do { found = try await walk.run() } catch {
            report.error = error.description
            return (report, [])
        }
        if !found.problems.isEmpty { report.error = found.problems.joined(separator: "; ") }
        var fresh: [String] = []
        for document in found.documents {
            if let file = await fetch(document, council: site.council, site: site.base, report: &report) {
                fresh.append(file)
            }
        }
        await flush(&report)
        return (report, fresh)
    }

    /// The --urls list: direct links, each with its own council.
    func harvest(links: [LinkList.Link]) async -> (SiteReport, [String]) {
        var report = SiteReport(base: "--urls", council: nil)
        var fresh: [String] = []
        var seen = Set<String>()
        for link in links where seen.insert(link.url).inserted {
            let title = (link.url as NSString).lastPathComponent
            let document = FoundDocument(url: link.url, title: title, meetingDate: nil)
            if let file = await fetch(document, council: link.council, site: nil, report: &report) {
                fresh.append(file)
            }
        }
        await flush(&report)
        return (report, fresh)
    }

    private func flush(_ report: inout SiteReport) async {
        do { try await store.flush() } catch {
            report.error = [report.error, "state.json: \(error.localizedDescription)"].compactMap { $0 }
                .joined(separator: "; ")
        }
    }

    private func fetch(
        _ document: FoundDocument, council: String?, site: String?,
        report: inout SiteReport
    ) async -> String? {
        report.papers += 1
        let now = Self.timestamp()
        let prior = await store.document(document.url)
        var entry =
            prior
            ?? HarvestedDocument(
                url: document.url, council: council, site: site, title: document.title,
                meetingDate: document.meetingDate,
                status: .ok, reason: nil, sha256: nil, etag: nil, lastModified: nil, firstSeen: now, lastSeen: now)
        entry.council = council ?? entry.council
        entry.site = site ?? entry.site
        entry.title = document.title
        entry.meetingDate = document.meetingDate ?? entry.meetingDate
        entry.lastSeen = now
        // Validators only describe content we still hold; without it, ask for the whole body.
        let held =
            entry.sha256.map { downloads.appendingPathComponent($0 + ".pdf").path }
            .map(FileManager.default.fileExists(atPath:)) ?? false
        let validators = held && (entry.etag != nil || entry.lastModified != nil) ? entry.validators : nil
        var fresh: String?
        switch await downloader.download(document.url, validators: validators, into: downloads) {
        case .notModified:
            entry.status = .ok
            entry.reason = nil
            report.unchanged += 1
        case .downloaded(let sha, let file, let newValidators, let isNew):
            if entry.sha256 == sha && !isNew { report.unchanged += 1 } else { report.downloaded += 1 }
            if isNew { fresh = file.standardizedFileURL.path }
            entry.status = .ok
            entry.reason = nil
            entry.sha256 = sha
            entry.etag = newValidators.etag
            entry.lastModified = newValidators.lastModified
        case .failed(let reason):
            entry.status = .failed
            entry.reason = reason
            report.failed += 1
            events(.documentFailed(url: document.url, title: document.title, reason: reason))
        }
        do { try await store.record(entry) } catch {
            report.failed += 1
            events(
                .documentFailed(
                    url: document.url, title: document.title,
                    reason: "state.json: \(error.localizedDescription)"))
        }
        return fresh
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}
