import Foundation
import Record

/// One source file as this run sees it: its content hash (nil when unreadable) and the
/// council hint the map gives it.
struct SourceFile: Sendable {
    var path: String
    var sha256: String?
    var readError: String?
    var councilHint: String?
    var byteCount = 0

    var reportId: String? { sha256.map { String($0.prefix(16)) } }
}

/// Sources with the same content are extracted once, with the hint of the first path.
struct ExtractionJob: Sendable {
    var sha256: String
    var councilHint: String?
    var paths: [String]
    var byteCount: Int

    var reportId: String { String(sha256.prefix(16)) }
}

/// Decides, from what the dataset already knows, which contents need extracting.
struct IngestPlan {
    var reused: [ManifestEntry] = []
    var jobs: [ExtractionJob] = []
    var unreadable: [ManifestEntry] = []

    init(sources: [SourceFile], known: [String: ManifestEntry], layout: DatasetLayout, retryFailed: Bool) {
        // What each content's last extraction gave, from any path that had that content.
        var resultBySha: [String: ManifestEntry] = [:]
        for entry in known.values.sorted(by: { $0.path < $1.path }) {
            guard let sha = entry.sha256, resultBySha[sha] == nil else { continue }
            resultBySha[sha] = entry
        }
        var groups: [String: ExtractionJob] = [:]
        var order: [String] = []
        for source in sources {
            guard let sha = source.sha256 else {
                unreadable.append(
                    ManifestEntry(
                        path: source.path, sha256: nil, status: .failed, error: source.readError, reportId: nil,
                        extractorVersion: ExtractorVersion.current, councilHint: source.councilHint))
                continue
            }
            if groups[sha] == nil {
                groups[sha] = ExtractionJob(
                    sha256: sha, councilHint: source.councilHint, paths: [],
                    byteCount: source.byteCount)
                order.append(sha)
            }
            groups[sha]?.paths.append(source.path)
        }
        for sha in order {
            guard let job = groups[sha] else { continue }
            if let last = resultBySha[sha], Self.reusable(last, for: job, layout: layout, retryFailed: retryFailed) {
                reused += job.paths.map { path in
                    var entry = last
                    entry.path = path
                    return entry
                }
            } else {
                jobs.append(job)
            }
        }
        // Biggest first, so a long document does not start last and leave the other workers
        // idle at the end (results are sorted by path anyway).
        jobs.sort { ($0.byteCount, $1.paths[0]) > ($1.byteCount, $0.paths[0]) }
    }

    /// Same content, same extractor version, same hint, and its record still on disk (or it
    /// failed, and failures are not being retried).
    static func reusable(_ entry: ManifestEntry, for job: ExtractionJob, layout: DatasetLayout, retryFailed: Bool)
        -> Bool
    {
        guard entry.extractorVersion == ExtractorVersion.current, entry.councilHint == job.councilHint else {
            return false
        }
        switch entry.status {
        case .failed:
            return !retryFailed
        case .ok, .skipped:
            guard let reportId = entry.reportId else { return false }
            return FileManager.default.fileExists(atPath: layout.report(reportId).path)
        }
    }
}

extension Manifest {
    /// Every known source, with duplicates resolved: among sources with the same content that
    /// extracted, the first path is `ok` and the others `skipped`, naming it.
    static func resolved(_ entries: some Sequence<ManifestEntry>) -> Manifest {
        var firstBySha: [String: ManifestEntry] = [:]
        var out: [ManifestEntry] = []
        for var entry in entries.sorted(by: { $0.path < $1.path }) {
            if entry.status != .failed, let sha = entry.sha256 {
                if let first = firstBySha[sha] {
                    entry.status = .skipped
                    entry.error = "same content as \(first.path)"
                    entry.reportId = first.reportId
                    entry.extractorVersion = first.extractorVersion
                    entry.councilHint = first.councilHint
                } else {
                    entry.status = .ok
                    entry.error = nil
                    firstBySha[sha] = entry
                }
            }
            out.append(entry)
        }
        return Manifest(sources: out)
    }
}
