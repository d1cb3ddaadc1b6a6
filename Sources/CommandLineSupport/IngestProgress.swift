import Dataset
import Foundation
import Logging
import Rainbow

/// What ingest shows while it runs: a progress bar on a terminal (files done/total, pages/s,
/// failures, ETA), plain log lines otherwise, nothing with --quiet.
public struct IngestProgress {
    public enum Mode: Sendable {
        case quiet, bar, lines

        public init(quiet: Bool, terminal: Bool) {
            self = quiet ? .quiet : terminal ? .bar : .lines
        }
    }

    static let barWidth = 24

    let mode: Mode
    let out: String
    var logger: Logger
    var total = 0
    var done = 0
    var failed = 0
    var pages = 0
    let started = Date()

    public init(mode: Mode, out: String) {
        self.mode = mode
        self.out = out
        logger = Logger(label: "councilkpi.ingest") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = mode == .quiet ? .critical : .info
    }

    public mutating func handle(_ event: IngestEvent) {
        switch event {
        case .planned(let sources, let toExtract, let unchanged):
            total = toExtract
            log(.info, "\(sources) sources: \(toExtract) to extract, \(unchanged) unchanged")
        case .extracted(let paths, let status, let error, let pages, let seconds):
            done += 1
            self.pages += pages
            if status == .failed {
                failed += 1
                log(.warning, "failed \(paths[0]): \(error ?? "unknown reason")")
            } else if mode == .lines {
                log(.info, "ok \(paths[0]) (\(pages) pages, \(String(format: "%.1f", seconds)) s)")
            }
        case .building(let reports):
            log(.info, "building indicators.csv and dataset.sqlite from \(reports) reports")
        case .warning(let message):
            log(.warning, message)
        }
        drawBar()
    }

    public func finish(_ summary: IngestSummary) {
        if mode == .bar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let rate = summary.seconds > 0 ? Double(summary.pages) / summary.seconds : 0
        logger.info(
            """
            ingested \(summary.sources) sources: \(summary.extracted) extracted, \(summary.unchanged) unchanged, \
            \(summary.failed) failed; \(summary.pages) pages in \(String(format: "%.2f", summary.seconds)) s \
            (\(String(format: "%.1f", rate)) pages/s); peak worker RSS \(summary.peakWorkerKB) KB, \
            parent \(summary.peakParentKB) KB; CPU workers \(String(format: "%.2f", summary.workerCPUSeconds)) s, \
            parent \(String(format: "%.2f", summary.parentCPUSeconds)) s; \(summary.reports) reports in \(out)
            """)
    }

    private func log(_ level: Logger.Level, _ message: String) {
        guard mode != .quiet else { return }
        if mode == .bar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        logger.log(level: level, "\(message)")
    }

    private func drawBar() {
        guard mode == .bar, total > 0 else { return }
        let elapsed = Date().timeIntervalSince(started)
        let filled = done * Self.barWidth / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: Self.barWidth - filled)
        let rate = elapsed > 0 ? Double(pages) / elapsed : 0
        let eta = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        let failures = failed > 0 ? "\(failed) failed".red : "0 failed"
        let line =
            "\r\u{1B}[K[\(bar)] \(done)/\(total) files · \(String(format: "%.1f", rate)) pages/s · \(failures) · ETA "
            + "\(Self.clock(eta))"
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600
            ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
