import Foundation
import SegmentStage
import Testing
import TextStage

/// Every table the table finder reconstructs in every sample PDF, against a golden rendering
/// in Golden/tables/<sample>.txt (rows, columns, spans, stitched pages, header rows, cell text
/// and colours; see TableRendering). Each golden was read against the page images before it
/// was committed. Set COUNCILKPI_UPDATE_GOLDEN=1 to rewrite them after a reviewed change.
struct TablesGoldenTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let samples = repo.appendingPathComponent("samples")
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden/tables")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return files.filter { $0.hasSuffix(".pdf") }.map { String($0.dropLast(4)) }.sorted()
    }

    static var updating: Bool { ProcessInfo.processInfo.environment["COUNCILKPI_UPDATE_GOLDEN"] == "1" }

    static func rendering(_ name: String) throws -> String {
        let doc = try TextExtractor.extract(path: samples.appendingPathComponent(name + ".pdf").path)
        return TableRendering.render(file: name + ".pdf", tables: TableFinder.tables(in: doc))
    }

    @Test(.enabled(if: !names.isEmpty, "needs samples/"), arguments: names)
    func tablesMatchGolden(_ name: String) throws {
        let actual = try Self.rendering(name)
        let url = Self.golden.appendingPathComponent(name + ".txt")
        if Self.updating {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        // Only the differing lines: the whole renderings would bury them.
        if actual != expected {
            Issue.record(
                "\(name): tables differ from Golden/tables/\(name).txt (- golden, + now):\n\(LineDiff.diff(expected, actual))"
            )
        }
    }

    /// Every sample has a golden and every golden a sample (a renamed sample leaves no stale file).
    /// Not while updating: the goldens are being written beside it.
    @Test(.enabled(if: !names.isEmpty && !updating, "needs samples/"))
    func everySampleHasAGolden() throws {
        let goldens = try FileManager.default.contentsOfDirectory(atPath: Self.golden.path)
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
        #expect(goldens == Self.names)
    }

    /// The borderless icon keys (a column of RAG icons beside their labels, no rules;
    /// samples/README.md lists them as tables) are tables with each icon in its label's row.
    @Test(
        .enabled(if: !names.isEmpty, "needs samples/"),
        arguments: [
            ("charnwood-2023-24-q3-performance-appendix", "Red – action overdue or off track"),
            ("charnwood-2023-24-q2-performance-appendix", "Red – action overdue or off track"),
            (
                "nwleics-coalville-2019-20-q2-cabinet-performance-report",
                "Performance indicators on track, on or above target"
            )
        ])
    func iconKeyIsATable(_ name: String, _ label: String) throws {
        let doc = try TextExtractor.extract(path: Self.samples.appendingPathComponent(name + ".pdf").path)
        let tables = TableFinder.tables(in: doc)
        let key = try #require(tables.first { $0.cells.contains { $0.text == label } })
        let row = try #require(key.cells.first { $0.text == label }?.row)
        #expect(
            key.cells.contains { $0.row == row && $0.images.contains { $0.color != nil } }, "its icon in the same row")
    }
}

/// The lines that differ between two texts, as a unified-style diff ("-" expected, "+" actual)
/// with a line of context either side of each change, from a longest common subsequence.
enum LineDiff {
    static func diff(_ a: String, _ b: String, context: Int = 1) -> String {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false)
        let y = b.split(separator: "\n", omittingEmptySubsequences: false)
        // lcs[i][j]: length of the longest common subsequence of x[i...] and y[j...].
        var lcs = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                lcs[i][j] = x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        // Walk the table into (kind, line number in a, text).
        var ops: [(Character, Int, Substring)] = []
        var i = 0
        var j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] {
                ops.append((" ", i, x[i]))
                i += 1
                j += 1
            } else if i < x.count, j == y.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                ops.append(("-", i, x[i]))
                i += 1
            } else {
                ops.append(("+", i, y[j]))
                j += 1
            }
        }
        let changed = ops.indices.filter { ops[$0].0 != " " }
        var shown = Set<Int>()
        for k in changed { shown.formUnion(max(0, k - context)...min(ops.count - 1, k + context)) }
        var out: [String] = []
        var last = -2
        for k in shown.sorted() {
            if k != last + 1 { out.append("@@ golden line \(ops[k].1 + 1) @@") }
            out.append("\(ops[k].0)\(ops[k].2)")
            last = k
        }
        return out.joined(separator: "\n")
    }
}
