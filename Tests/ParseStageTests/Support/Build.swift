import SegmentStage
import TextStage

/// Hand-built segment-stage output for parse tests: tables from rows of cell specs, blocks
/// from texts. Geometry is synthetic but consistent (columns 60 pt wide, rows 20 pt tall).
enum Build {
    /// One cell as written in a test: text (lines split on "\n"), spans, colours.
    struct C {
        var text: String
        var colSpan = 1
        var rowSpan = 1
        var fill: String?
        var image: String?
        var hasImage = false

        static func t(_ s: String) -> C { C(text: s) }
        static func span(_ s: String, _ n: Int) -> C { C(text: s, colSpan: n) }
        static func tall(_ s: String, _ n: Int) -> C { C(text: s, rowSpan: n) }
        static func fill(_ s: String, _ hex: String) -> C { C(text: s, fill: hex) }
        static func icon(_ hex: String?) -> C { C(text: "", image: hex, hasImage: true) }
    }

    static func box(_ row: Int, _ col: Int, _ rowSpan: Int = 1, _ colSpan: Int = 1) -> Box {
        Box(
            x0: 40 + Double(col) * 60, y0: 80 + Double(row) * 20,
            x1: 40 + Double(col + colSpan) * 60, y1: 80 + Double(row + rowSpan) * 20)
    }

    /// A table from rows of cell specs; slots covered by a row span from above are skipped
    /// automatically. `pages[r]` gives row r's page (default: `page`).
    static func table(page: Int = 1, headerRows: Int = 0, rowPages: [Int]? = nil, _ rows: [[C]]) -> Table {
        var cells: [Cell] = []
        var covered = Set<[Int]>()
        var columnCount = 0
        for (r, row) in rows.enumerated() {
            var col = 0
            for spec in row {
                while covered.contains([r, col]) { col += 1 }
                let p = rowPages?[r] ?? page
                let lines = spec.text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
                let images =
                    spec.hasImage ? [PageImage(box: box(r, col), color: spec.image.flatMap(RGB.init(hex:)))] : []
                cells.append(
                    Cell(
                        row: r, col: col, rowSpan: spec.rowSpan, colSpan: spec.colSpan,
                        text: lines.joined(separator: " "), lines: lines, page: p,
                        box: box(r, col, spec.rowSpan, spec.colSpan), fill: spec.fill.flatMap(RGB.init(hex:)),
                        images: images, isHeader: r < headerRows))
                for dr in 0..<spec.rowSpan { for dc in 0..<spec.colSpan { covered.insert([r + dr, col + dc]) } }
                col += spec.colSpan
            }
            columnCount = max(columnCount, col)
        }
        let pages = Array(Set(cells.map(\.page))).sorted()
        return Table(
            page: pages.first ?? page, pages: pages, bbox: box(0, 0, rows.count, columnCount),
            rowCount: rows.count, columnCount: columnCount, headerRowCount: headerRows, method: .ruled,
            cells: cells)
    }

    /// What goes into a document, in reading order.
    enum Part {
        case heading(String, page: Int = 1)
        case para(String, page: Int = 1)
        case item(String, page: Int = 1)
        /// A running footer (the segment stage found it repeated on the pages).
        case footer(String, page: Int = 1)
        /// A running header.
        case header(String, page: Int = 1)
        case table(Table)
    }

    static func document(_ parts: [Part], fileName: String = "test.pdf", title: String? = nil) -> SegmentedDocument {
        var blocks: [Block] = []
        var tables: [Table] = []
        var y = 60.0
        func block(_ kind: BlockKind, _ text: String, _ page: Int) {
            let texts = text.split(separator: "\n").map(String.init)
            let lines = texts.map { t -> TextLine in
                y += 14
                return TextLine(text: t, box: Box(x0: 40, y0: y, x1: 500, y1: y + 12), words: [])
            }
            let b = lines.dropFirst().reduce(lines.first?.box ?? Box(x0: 40, y0: y, x1: 500, y1: y + 12)) {
                $0.union($1.box)
            }
            blocks.append(
                Block(
                    kind: kind, page: page, box: b, text: texts.joined(separator: " "), lines: lines,
                    level: kind == .heading ? 1 : nil))
        }
        for p in parts {
            switch p {
            case .heading(let t, let page): block(.heading, t, page)
            case .para(let t, let page): block(.paragraph, t, page)
            case .item(let t, let page): block(.listItem, t, page)
            case .footer(let t, let page): block(.footer, t, page)
            case .header(let t, let page): block(.header, t, page)
            case .table(let t):
                blocks.append(Block(kind: .table, page: t.page, box: t.bbox, text: "", lines: [], table: tables.count))
                tables.append(t)
            }
        }
        let pages = (blocks.map(\.page) + tables.flatMap(\.pages)).max() ?? 1
        return SegmentedDocument(
            fileName: fileName, metadata: DocumentMetadata(title: title, pageCount: pages),
            blocks: blocks, tables: tables)
    }
}
