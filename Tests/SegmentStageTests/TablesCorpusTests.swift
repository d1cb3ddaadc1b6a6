import Foundation
import SegmentStage
import Testing
import TextStage

/// Runs table finding over the shared table corpus (beside the repository, in ../shared) and
/// scores it with the corpus's own scorer: a regression below the floors fails.
struct TablesCorpusTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpus = repo.deletingLastPathComponent().appendingPathComponent("shared/corpus/tables")
    static let scorer = repo.deletingLastPathComponent().appendingPathComponent("shared/corpus/score_tables.py")
    static var available: Bool { FileManager.default.fileExists(atPath: scorer.path) }

    /// Floors a little under the scores when they were set (F1 0.933 overall, 0.933 ICDAR, 47 exact);
    /// the exact floor is the bar.
    static let minF1 = 0.925
    static let minICDARF1 = 0.925
    static let minExact = 45

    @Test(.enabled(if: available, "needs ../shared/corpus/tables"))
    func corpusScoreStaysAboveTheFloor() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tables-corpus-\(getpid())")
        defer { try? FileManager.default.removeItem(at: out) }
        let files = FileManager.default.enumerator(at: Self.corpus, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.lastPathComponent.hasSuffix(".expected.json") }
        #expect(files.count >= 100)
        for f in files {
            let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: f)) as! [String: Any]
            let pdf = f.deletingLastPathComponent().appendingPathComponent(expected["pdf"] as! String)
            let pages = Set(expected["pages"] as! [Int])
            let doc = try TextExtractor.extract(path: pdf.path, options: TextOptions(pages: pages))
            let tables = TableFinder.tables(in: doc).map { t -> [String: Any] in
                ["page": t.page, "rows": t.grid]
            }
            let id = String(f.path.dropFirst(Self.corpus.path.count + 1).dropLast(".expected.json".count))
            let target = out.appendingPathComponent(id + ".json")
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try JSONSerialization.data(withJSONObject: ["file": pdf.lastPathComponent, "tables": tables]).write(
                to: target)
        }
        let report = try Self.score(out)
        let overall = try #require(Self.value(report, after: "adjacency F1 mean "))
        let exact = try #require(Self.value(report, after: "exact ").map(Int.init))
        let icdar = try #require(
            report.split(separator: "\n").first { $0.hasPrefix("icdar2013:") }
                .flatMap { Self.value(String($0), after: "F1 mean ") })
        #expect(overall >= Self.minF1, "overall F1 \(overall)")
        #expect(icdar >= Self.minICDARF1, "ICDAR F1 \(icdar)")
        #expect(exact >= Self.minExact, "exact \(exact)")
    }

    static func score(_ out: URL) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", scorer.path, corpus.path, out.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The number after the last occurrence of `label` in the report.
    static func value(_ s: String, after label: String) -> Double? {
        guard let r = s.range(of: label, options: .backwards) else { return nil }
        let digits = s[r.upperBound...].prefix { $0.isNumber || $0 == "." }
        return Double(digits)
    }
}
