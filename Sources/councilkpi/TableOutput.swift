import SegmentStage
import TextStage

/// What `councilkpi tables` prints: the corpus's JSON shape, or CSV / Markdown for people.
struct TableOutput: Encodable {
    struct Entry: Encodable {
        var page: Int
        var pages: [Int]?
        var bbox: Box
        var rows: [[String]]
        /// Merged cells as [row, col, rowSpan, colSpan].
        var spans: [[Int]]?
    }

    var file: String
    var tables: [Entry]

    init(file: String, tables: [Table]) {
        self.file = file
        self.tables = tables.map { t in
            let spans = t.cells.filter { $0.rowSpan > 1 || $0.colSpan > 1 }.map { [$0.row, $0.col, $0.rowSpan, $0.colSpan] }
            return Entry(page: t.page, pages: t.pages.count > 1 ? t.pages : nil, bbox: t.bbox, rows: t.grid,
                         spans: spans.isEmpty ? nil : spans)
        }
    }

    enum CodingKeys: String, CodingKey { case file, tables }

    /// Each table as CSV, separated by a blank line.
    var csv: String {
        tables.map { t in
            t.rows.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }

    var markdown: String {
        tables.enumerated().map { i, t in
            var s = "## Table \(i + 1) (page \(t.pages.map { $0.map(String.init).joined(separator: ", ") } ?? String(t.page)))\n\n"
            for (r, row) in t.rows.enumerated() {
                s += "| " + row.map(Self.markdownField).joined(separator: " | ") + " |\n"
                if r == 0 { s += "|" + String(repeating: " --- |", count: row.count) + "\n" }
            }
            return s
        }.joined(separator: "\n")
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func markdownField(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
    }
}
