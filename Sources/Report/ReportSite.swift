import Dataset
import Diff
import Foundation
import Record

/// `councilkpi report OUT --html DIR`: a static site of a dataset — no server, no network,
/// no script — an index of councils and a page per council.
public enum ReportSite {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes the site into `directory` (each file whole or not at all) and returns the files
    /// written, in order.
    @discardableResult
    public static func write(dataset: URL, to directory: URL, tuning: ReportTuning = ReportTuning()) throws -> [String]
    {
        let layout = DatasetLayout(root: dataset)
        let manifest: Manifest
        do { manifest = try Manifest.load(from: layout.manifest) } catch {
            throw Failure(description: "\(dataset.path): not a dataset folder (no readable manifest.json)")
        }
        var records: [Record] = []
        var sources: [String: String] = [:]
        let out = directory.standardizedFileURL
        for entry in manifest.sources where entry.status == .ok {
            guard let id = entry.reportId, sources[id] == nil,
                let data = try? Data(contentsOf: layout.report(id)),
                let record = try? JSONDecoder().decode(Record.self, from: data)
            else { continue }
            records.append(record)
            sources[id] = relativePath(from: out, to: URL(fileURLWithPath: entry.path))
        }
        let series = SeriesBuilder.series(records.map(SeriesBuilder.Input.init))
        let bySlug = Dictionary(grouping: records) { $0.council?.slug ?? "unknown" }
        let councils = bySlug.keys.sorted().map { slug in
            CouncilView(
                slug: slug, records: bySlug[slug]!.sorted { $0.reportId < $1.reportId },
                series: series.filter { ($0.councilSlug ?? "unknown") == slug })
        }
        let pages = Pages(tuning: tuning, sources: sources)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        var files: [(String, String)] = [("style.css", HTML.stylesheet + "\n"), ("index.html", pages.index(councils))]
        files += councils.map { (Pages.fileName($0), pages.council($0)) }
        for (name, text) in files {
            try AtomicFile.write(Data(text.utf8), to: out.appendingPathComponent(name))
        }
        return files.map(\.0)
    }

    /// `to` relative to the folder `from`: "../../papers/q2.pdf".
    static func relativePath(from: URL, to: URL) -> String {
        let a = from.standardizedFileURL.pathComponents
        let b = to.standardizedFileURL.pathComponents
        var k = 0
        while k < a.count, k < b.count, a[k] == b[k] { k += 1 }
        let parts = Array(repeating: "..", count: a.count - k) + b[k...]
        return parts.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? $0 }.joined(
            separator: "/")
    }
}
