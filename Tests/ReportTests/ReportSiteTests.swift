import Foundation
import TestSupport
import Testing

@testable import Report

/// The report of a real dataset (the three Charnwood samples, ingested by the built binary):
/// every link resolves, one chart per series, and the page says what got worse.
@Suite(.serialized) struct ReportSiteTests {
    static let samples = [
        "charnwood-2023-24-q2-cover-report.pdf", "charnwood-2023-24-q2-performance-appendix.pdf",
        "charnwood-2023-24-q3-performance-appendix.pdf"
    ]
    .map { BuiltBinary.repoRoot.appendingPathComponent("samples/\($0)").path }
    static var ready: Bool { BuiltBinary.path != nil && samples.allSatisfy(FileManager.default.fileExists) }

    /// The dataset and its site, made once.
    static let site: Result<URL, BuiltBinary.Failure> = Result {
        let dir = try BuiltBinary.temporaryDirectory("report")
        let out = dir.appendingPathComponent("dataset")
        let html = dir.appendingPathComponent("site")
        let ingest = try BuiltBinary.run(["ingest"] + samples + ["--out", out.path, "--quiet"])
        guard ingest.status == 0 else { throw BuiltBinary.Failure(description: "ingest: \(ingest.stderr)") }
        let report = try BuiltBinary.run(["report", out.path, "--html", html.path])
        guard report.status == 0 else { throw BuiltBinary.Failure(description: "report: \(report.stderr)") }
        return html
    }.mapError { $0 as? BuiltBinary.Failure ?? .init(description: "\($0)") }

    static func page(_ name: String) throws -> String {
        try String(contentsOf: site.get().appendingPathComponent(name), encoding: .utf8)
    }

    /// Every href and src of a page: relative files exist, in-page anchors are ids on the page.
    @Test(.enabled(if: ready)) func everyLinkResolves() throws {
        let dir = try Self.site.get()
        let pages = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".html") }
            .sorted()
        #expect(pages.contains("index.html") && pages.contains("council-charnwood-borough-council.html"))
        for name in pages {
            let html = try Self.page(name)
            let ids = Set(Self.values(of: "id", in: html))
            for link in Self.values(of: "href", in: html) + Self.values(of: "src", in: html) {
                let decoded = link.replacingOccurrences(of: "&amp;", with: "&")
                if decoded.hasPrefix("#") {
                    #expect(ids.contains(String(decoded.dropFirst())), "\(name): no anchor \(decoded)")
                    continue
                }
                #expect(!decoded.contains("://"), "\(name): \(decoded) leaves the disk")
                let path = String(decoded.split(separator: "#", maxSplits: 1)[0]).removingPercentEncoding ?? decoded
                #expect(
                    FileManager.default.fileExists(atPath: dir.appendingPathComponent(path).path),
                    "\(name): broken link \(decoded)")
            }
            #expect(!html.contains("<script"), "\(name) needs no script")
        }
    }

    @Test(.enabled(if: ready)) func theCouncilPageHasOneChartPerSeriesAndSaysWhatGotWorse() throws {
        let html = try Self.page("council-charnwood-borough-council.html")
        // 15 indicators with figures in both quarters: 15 series, each one figure with one SVG.
        #expect(html.components(separatedBy: "<figure id=").count - 1 == 15)
        #expect(html.components(separatedBy: "<svg ").count - 1 == 15)
        #expect(html.contains("What changed: 2023-24 Q2 → 2023-24 Q3"))
        // KI 4 went amber → red and fell: in the table with the words as well as the colours.
        let row = try #require(html.components(separatedBy: "<tr>").first { $0.contains("#s-code-ki4") })
        #expect(row.contains("rag-amber\">Amber") && row.contains("rag-red\">Red") && row.contains("▼ worse"))
        // Off target two quarters running (KI 11 (A): red in Q2 and Q3).
        #expect(html.contains("Off target for 2 periods or more"))
        let off = try #require(
            html.components(separatedBy: "Off target for 2 periods or more").last?.components(separatedBy: "</ul>")
                .first)
        #expect(off.contains("#s-code-ki11a"))
    }

    /// Rendered by a real browser (headless Chromium, installed by scripts/setup.sh --tests):
    /// the screenshot is not blank, and the parsed page holds every chart.
    @Test(.enabled(if: ready)) func aBrowserDrawsTheCouncilPage() throws {
        let chromium = try #require(
            ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile),
            "chromium is not installed (scripts/setup.sh --tests installs it)")
        let dir = try Self.site.get()
        let page = dir.appendingPathComponent("council-charnwood-borough-council.html")
        let png = dir.appendingPathComponent("council.png")
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run"]
        _ = try Self.run(chromium, flags + ["--window-size=1200,1600", "--screenshot=\(png.path)", page.absoluteString])
        let stats = try Self.run(
            "/usr/bin/env",
            ["python3", BuiltBinary.repoRoot.appendingPathComponent("tools/report/png_stats.py").path, png.path])
        let numbers = stats.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        #expect(numbers.count == 3 && numbers[0] == 1200, "\(stats)")
        // A blank page has one colour; text, badges and charts give hundreds.
        #expect(numbers.count == 3 && numbers[2] > 100, "screenshot looks blank: \(stats)")
        let dom = try Self.run(chromium, flags + ["--dump-dom", page.absoluteString])
        #expect(dom.components(separatedBy: "<svg ").count - 1 == 15)
        #expect(dom.contains("▼ worse"))
    }

    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func values(of attribute: String, in html: String) -> [String] {
        html.components(separatedBy: " \(attribute)=\"").dropFirst().compactMap {
            $0.components(separatedBy: "\"").first
        }
    }
}
