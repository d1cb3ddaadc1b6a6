import CommandLineSupport
import Dataset
import Foundation
import Harvest

/// What harvest shows while it runs: a line per site (on a terminal, the site being walked is
/// shown as it starts), a line per failed document with its reason, the ingest's own lines, and
/// a summary at the end. Nothing with --quiet.
struct HarvestProgress {
    let quiet: Bool
    let terminal: Bool
    let out: String
    var ingest: IngestProgress

    init(quiet: Bool, terminal: Bool, out: String) {
        self.quiet = quiet
        self.terminal = terminal
        self.out = out
        ingest = IngestProgress(mode: IngestProgress.Mode(quiet: quiet, terminal: terminal), out: out)
    }

    mutating func handle(_ event: HarvestEvent) {
        guard !quiet else { return }
        switch event {
        case .siteStarted(let base, let index, let count):
            if terminal { write("\r\u{1B}[K[\(index)/\(count)] \(base) …", newline: false) }
        case .siteFinished(let report):
            clearLine()
            let name = report.council.map { "\($0) (\(report.base))" } ?? report.base
            var line =
                "\(name): \(report.papers) papers, \(report.downloaded) downloaded, "
                + "\(report.unchanged) unchanged, \(report.failed) failed"
            if let error = report.error { line += "; site failed: \(error)" }
            write(line)
        case .documentFailed(let url, let title, let reason):
            clearLine()
            write("failed \(url) (\(title)): \(reason)")
        case .ingest(let event):
            ingest.handle(event)
        }
    }

    func finish(_ summary: HarvestSummary) {
        guard !quiet else { return }
        if let report = summary.ingest { ingest.finish(report) }
        write(
            """
            harvested \(summary.sites.count) sites (\(summary.sitesFailed) failed): \(summary.papers) papers, \
            \(summary.downloaded) downloaded, \(summary.unchanged) unchanged, \(summary.failed) failed; \
            \(summary.ingest?.extracted ?? 0) extracted into \(out)
            """)
    }

    private func clearLine() {
        if terminal { write("\r\u{1B}[K", newline: false) }
    }

    private func write(_ text: String, newline: Bool = true) {
        FileHandle.standardError.write(Data((text + (newline ? "\n" : "")).utf8))
    }
}
