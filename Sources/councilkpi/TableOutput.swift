import SegmentStage
import Tabular
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
            let spans = t.cells.filter { $0.rowSpan > 1 || $0.colSpan > 1 }.map {
                [$0.row, $0.col, $0.rowSpan, $0.colSpan]
            }
            return Entry(
                page: t.page, pages: t.pages.count > 1 ? t.pages : nil, bbox: t.bbox, rows: t.grid,
                spans: spans.isEmpty ? nil : spans)
        }
    }

    enum CodingKeys: String, CodingKey { case file, tables }

    /// Each table as CSV, separated by a blank line.
    func csv() throws -> String {
        try tables.map { try CSVText.make($0.rows) + "\n" }.joined(separator: "\n")
    }

    var markdown: String {
        tables.enumerated().map { i, t in
            var s =
                "## Table \(i + 1) (page "
                + "\(t.pages.map { $0.map(String.init).joined(separator: ", ") } ?? String(t.page)))\n\n"
            for (r, row) in t.rows.enumerated() {
                s += MarkdownTable.row(row)
                if r == 0 { s += MarkdownTable.rule(columns: row.count) }
            }
            return s
        }.joined(separator: "\n")
    }
}
