import Foundation
import Record

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The batch: lock, hash, extract what changed in child processes (at most `jobs` at once),
/// journal each result, then rebuild the manifest and derived files atomically.
public struct Ingester: Sendable {
    public let options: IngestOptions
    public var layout: DatasetLayout { DatasetLayout(root: options.out) }

    public init(options: IngestOptions) { self.options = options }

    public func run(events: @escaping @Sendable (IngestEvent) -> Void) async throws -> IngestSummary {
        try FileManager.default.createDirectory(at: layout.reports, withIntermediateDirectories: true)
        let lock = try DatasetLock(path: layout.lock.path)
        defer { lock.release() }
        return try await run(holding: lock, events: events)
    }

    /// The batch for a caller that already holds the dataset's lock (`harvest` holds it from its
    /// first download to the end of the ingest, so no other run slips in between).
    public func run(holding lock: DatasetLock, events: @escaping @Sendable (IngestEvent) -> Void) async throws
        -> IngestSummary
    {
        let started = Date()
        try FileManager.default.createDirectory(at: layout.reports, withIntermediateDirectories: true)
        AtomicFile.removeTemporaries(in: layout.root)
        AtomicFile.removeTemporaries(in: layout.reports)

        let journal = Journal(url: layout.journal)
        var known: [String: ManifestEntry] = [:]
        for entry in try Manifest.load(from: layout.manifest).sources + journal.replay() { known[entry.path] = entry }

        let paths = SourceList.expand(options.inputs, excluding: layout.root)
        let sources = paths.map(hash)
        let plan = IngestPlan(sources: sources, known: known, layout: layout, retryFailed: options.retryFailed)
        var summary = IngestSummary()
        summary.sources = sources.count
        summary.unchanged = plan.reused.count
        events(.planned(sources: sources.count, toExtract: plan.jobs.count, unchanged: plan.reused.count))

        for entry in plan.reused { known[entry.path] = entry }
        for entry in plan.unreadable {
            try journal.append(entry)
            known[entry.path] = entry
            events(.extracted(paths: [entry.path], status: .failed, error: entry.error, pages: 0, seconds: 0))
        }
        try await extractAll(plan.jobs, journal: journal, known: &known, summary: &summary, events: events)

        let manifest = try finish(Manifest.resolved(known.values), journal: journal, events: events)
        let inputs = Set(paths)
        summary.failed = manifest.sources.filter { inputs.contains($0.path) && $0.status == .failed }.count
        summary.reports = manifest.sources.filter { $0.status == .ok }.count
        summary.seconds = Date().timeIntervalSince(started)
        let usage = Self.usage()
        (summary.peakWorkerKB, summary.peakParentKB) = (usage.workerKB, usage.parentKB)
        (summary.workerCPUSeconds, summary.parentCPUSeconds) = (usage.workerCPU, usage.parentCPU)
        return summary
    }

    /// Runs the jobs with at most `options.jobs` children at once, journalling each result as
    /// it arrives.
    private func extractAll(
        _ jobs: [ExtractionJob], journal: Journal, known: inout [String: ManifestEntry], summary: inout IngestSummary,
        events: @Sendable (IngestEvent) -> Void
    ) async throws {
        try await withThrowingTaskGroup(of: JobResult.self) { group in
            var pending = jobs.makeIterator()
            for _ in 0..<options.jobs {
                guard let job = pending.next() else { break }
                group.addTask { await extract(job) }
            }
            while let result = try await group.next() {
                if let job = pending.next() { group.addTask { await extract(job) } }
                for entry in result.entries {
                    try journal.append(entry)
                    known[entry.path] = entry
                }
                summary.extracted += 1
                summary.pages += result.pages
                let first = result.entries[0]
                events(
                    .extracted(
                        paths: result.entries.map(\.path), status: first.status, error: first.error,
                        pages: result.pages, seconds: result.seconds))
            }
        }
    }

    /// Derived files, then the manifest, then the journal goes and unreferenced records with
    /// it: at every step in between, what is on disk is consistent.
    private func finish(_ manifest: Manifest, journal: Journal, events: @Sendable (IngestEvent) -> Void) throws
        -> Manifest
    {
        let fm = FileManager.default
        let manifestData = try manifest.data()
        let current = fm.contents(atPath: layout.manifest.path)
        let derivedExist = fm.fileExists(atPath: layout.indicatorsCSV.path) && fm.fileExists(atPath: layout.sqlite.path)
        // The manifest is written last, so an unchanged manifest means the derived files were
        // already built from this very state.
        if current != manifestData || !derivedExist {
            events(.building(reports: manifest.sources.filter { $0.status == .ok }.count))
            for warning in try DatasetBuilder(layout: layout).build(from: manifest) { events(.warning(warning)) }
        }
        if current != manifestData { try AtomicFile.write(manifestData, to: layout.manifest) }
        try journal.remove()
        removeUnreferencedReports(manifest)
        return manifest
    }

    private struct JobResult: Sendable {
        var entries: [ManifestEntry]
        var pages: Int
        var seconds: Double
    }

    private func hash(_ path: String) -> SourceFile {
        let hint = options.councilMap.council(for: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return SourceFile(path: path, readError: "no such file", councilHint: hint)
        }
        if isDirectory.boolValue { return SourceFile(path: path, readError: "is a directory", councilHint: hint) }
        // Reading a FIFO or a device would block the batch or never end (stat follows links).
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            let kind =
                switch info.st_mode & S_IFMT {
                case S_IFIFO: "a FIFO"
                case S_IFSOCK: "a socket"
                case S_IFCHR, S_IFBLK: "a device"
                default: "not a file"
                }
            return SourceFile(path: path, readError: "is not a regular file (\(kind))", councilHint: hint)
        }
        do {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            return SourceFile(
                path: path, sha256: try FileDigest.sha256(fileAtPath: path), councilHint: hint,
                byteCount: size)
        } catch {
            return SourceFile(
                path: path, readError: "cannot be read (\(error.localizedDescription))", councilHint: hint)
        }
    }

    private func extract(_ job: ExtractionJob) async -> JobResult {
        let started = Date()
        let target = layout.report(job.reportId)
        let temp = AtomicFile.temporaryURL(for: target)
        var status = SourceStatus.ok
        var error: String?
        var pages = 0
        var version = ExtractorVersion.current
        switch await options.extractor.extract(path: job.paths[0], councilHint: job.councilHint, output: temp) {
        case .extracted:
            do {
                let record = try JSONDecoder().decode(Record.self, from: Data(contentsOf: temp))
                if record.source.sha256 != job.sha256 || record.reportId != job.reportId {
                    status = .failed
                    error = "the file changed while it was being ingested"
                } else {
                    pages = record.source.pageCount
                    version = record.extractor.version
                    try AtomicFile.commit(temp, to: target)
                }
            } catch let decodeError {
                status = .failed
                error = "the extractor's output is not a valid record (\(decodeError))"
            }
        case .failed(let reason):
            status = .failed
            error = reason
        }
        if status == .failed { try? FileManager.default.removeItem(at: temp) }
        let entries = job.paths.map { path in
            ManifestEntry(
                path: path, sha256: job.sha256, status: status, error: error,
                reportId: status == .ok ? job.reportId : nil, extractorVersion: version,
                councilHint: job.councilHint)
        }
        return JobResult(entries: entries, pages: pages, seconds: Date().timeIntervalSince(started))
    }

    /// Records no manifest entry points at: a source whose content changed leaves its old
    /// record behind. Runs after the manifest is written, so a kill never orphans a reference.
    private func removeUnreferencedReports(_ manifest: Manifest) {
        let referenced = Set(manifest.sources.compactMap(\.reportId).map { $0 + ".json" })
        let names = (try? FileManager.default.contentsOfDirectory(atPath: layout.reports.path)) ?? []
        for name in names where name.hasSuffix(".json") && !referenced.contains(name) {
            try? FileManager.default.removeItem(at: layout.reports.appendingPathComponent(name))
        }
    }

    /// Peak resident set (kilobytes: the largest child, this process) and CPU seconds (user +
    /// system: all children waited for, this process alone), from getrusage.
    static func usage() -> (workerKB: Int, parentKB: Int, workerCPU: Double, parentCPU: Double) {
        var children = rusage()
        var own = rusage()
        #if canImport(Glibc)
            getrusage(RUSAGE_CHILDREN.rawValue, &children)
            getrusage(RUSAGE_SELF.rawValue, &own)
        #else
            getrusage(RUSAGE_CHILDREN, &children)
            getrusage(RUSAGE_SELF, &own)
        #endif
        func seconds(_ r: rusage) -> Double {
            Double(r.ru_utime.tv_sec + r.ru_stime.tv_sec) + Double(r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6
        }
        #if canImport(Darwin)
            let scale = 1024  // bytes on Darwin
        #else
            let scale = 1
        #endif
        return (Int(children.ru_maxrss) / scale, Int(own.ru_maxrss) / scale, seconds(children), seconds(own))
    }
}
