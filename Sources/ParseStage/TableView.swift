import SegmentStage
import TextStage

/// A table read as a grid: every slot knows the cell covering it (spans included), which rows
/// are the header, and what each column's header says at every header level.
struct TableView {
    let table: Table
    let index: Int
    private let slots: [[Cell?]]
    /// Rows above the header that span the table (theme rows such as "Caring for the Environment").
    let preambleRows: [Int]
    let headerRows: [Int]
    /// Per column, its header texts top to bottom (a spanning header counted once per column).
    let columnHeaders: [[String]]
    /// Per column, its role from the lowest header level that names one.
    let roles: [ColumnRole?]

    init(_ table: Table, index: Int) {
        self.table = table
        self.index = index
        var s = Array(repeating: Array(repeating: Cell?.none, count: table.columnCount), count: table.rowCount)
        for c in table.cells {
            for r in c.row..<min(c.row + c.rowSpan, table.rowCount) {
                for k in c.col..<min(c.col + c.colSpan, table.columnCount) { s[r][k] = c }
            }
        }
        slots = s
        let (pre, header) = TableView.findHeader(table: table, slots: s)
        preambleRows = pre
        headerRows = header
        var heads: [[String]] = []
        for col in 0..<table.columnCount {
            var path: [String] = []
            for r in header {
                guard let t = s[r][col]?.text.collapsed, !t.isEmpty else { continue }
                if path.last != t { path.append(t) }
            }
            heads.append(path)
        }
        columnHeaders = heads
        roles = heads.map { path in path.reversed().lazy.compactMap { ColumnRole.of(header: $0) }.first }
    }

    var rowCount: Int { table.rowCount }
    var columnCount: Int { table.columnCount }
    var bodyStart: Int { (headerRows.last ?? preambleRows.last ?? -1) + 1 }

    func cell(_ row: Int, _ col: Int) -> Cell? {
        guard row >= 0, row < rowCount, col >= 0, col < columnCount else { return nil }
        return slots[row][col]
    }

    func text(_ row: Int, _ col: Int?) -> String {
        guard let col, let c = cell(row, col) else { return "" }
        return c.text.collapsed
    }

    func columns(_ role: ColumnRole) -> [Int] {
        roles.indices.filter { roles[$0] == role }
    }

    func hasRole(_ role: ColumnRole) -> Bool { roles.contains(role) }

    /// The distinct cells of a row, left to right.
    func cells(inRow row: Int) -> [Cell] {
        var out: [Cell] = []
        for col in 0..<columnCount {
            if let c = cell(row, col), out.last != c, !out.contains(c) { out.append(c) }
        }
        return out
    }

    /// A row whose only text is one cell spanning most of the width (a theme or section row).
    func spanningText(row: Int) -> String? {
        spanningCell(row: row)?.text.collapsed
    }

    /// The one filled cell of a row when it spans at least half the table.
    func spanningCell(row: Int) -> Cell? {
        guard let c = onlyFilledCell(row: row) else { return nil }
        return c.colSpan * 2 >= columnCount || columnCount == 1 ? c : nil
    }

    /// The row's one cell with text, when it has exactly one.
    func onlyFilledCell(row: Int) -> Cell? {
        let filled = cells(inRow: row).filter { !$0.text.collapsed.isEmpty }
        return filled.count == 1 ? filled[0] : nil
    }

    /// True for a body row that repeats the header (a page break the segmenter did not stitch away).
    func repeatsHeader(row: Int) -> Bool {
        guard let h = headerRows.first, row != h else { return false }
        let texts = (0..<columnCount).map { text(row, $0) }
        let head = (0..<columnCount).map { text(h, $0) }
        return texts.filter { !$0.isEmpty }.count >= ParseTuning.minHeaderKeywords && texts == head
    }

    /// Header detection: trust the segmenter's header row count when it gives one, else look for
    /// the first row naming at least two known column kinds; sub-header rows below it (only
    /// "Value", "Target", periods…) belong to it. Spanning rows above it are preamble.
    private static func findHeader(table: Table, slots: [[Cell?]]) -> ([Int], [Int]) {
        func rowTexts(_ r: Int) -> [String] {
            var seen: [Cell] = []
            var out: [String] = []
            for c in slots[r].compactMap({ $0 }) where !seen.contains(c) {
                seen.append(c)
                out.append(c.text.collapsed)
            }
            return out
        }
        func namesRoles(_ r: Int) -> Bool {
            rowTexts(r).filter { ColumnRole.of(header: $0) != nil && $0.count <= ParseTuning.maxCaptionLength }.count
                >= ParseTuning.minHeaderKeywords
        }
        func isSubHeader(_ r: Int) -> Bool {
            // Only cells starting in this row: a header cell spanning down from above says nothing.
            // A row spanning the table (a theme row flagged as header) is never a sub-header.
            let starting = table.cells.filter { $0.row == r && !$0.text.collapsed.isEmpty }
            guard starting.count >= 2, !starting.contains(where: { $0.colSpan == table.columnCount }) else {
                return false
            }
            return starting.allSatisfy { c in
                let role = ColumnRole.of(header: c.text)
                return [.value, .target, .floor, .period].contains(role)
                    && c.text.collapsed.count <= ParseTuning.maxPeriodHeadLength
            }
        }
        guard table.rowCount > 0 else { return ([], []) }
        var start: Int?
        if table.headerRowCount > 0 {
            start = (0..<min(table.headerRowCount, table.rowCount)).first(where: namesRoles)
        }
        if start == nil {
            start = (0..<min(ParseTuning.maxHeaderScanRows, table.rowCount)).first(where: namesRoles)
        }
        guard let first = start else { return ([], []) }
        var header = [first]
        var r = first + 1
        while r < table.rowCount, r < first + ParseTuning.maxHeaderScanRows, isSubHeader(r) {
            header.append(r)
            r += 1
        }
        return (Array(0..<first), header)
    }
}

/// The RAG colour shown in a cell: a coloured shape or icon inside it, else its fill.
/// Greys, black and white are not RAG colours (header shading, borders, text).
enum CellColour {
    static func of(_ cell: Cell?) -> String? {
        guard let cell else { return nil }
        let shapes = cell.shapes.filter { isChromatic($0.color) }
            .sorted { $0.box.width * $0.box.height > $1.box.width * $1.box.height }
        if let s = shapes.first { return s.color.description }
        if let i = cell.images.compactMap(\.color).first(where: isChromatic) { return i.description }
        if let f = cell.fill, isChromatic(f) { return f.description }
        return nil
    }

    static func isChromatic(_ c: RGB) -> Bool {
        let v = [Int(c.r), Int(c.g), Int(c.b)]
        return (v.max()! - v.min()!) >= ParseTuning.minChroma
    }
}

/// Where an uncoloured arrow in a cell points, as the arrow character a paper would type
/// (so one reading of direction words and arrows serves both). Nil without an arrow.
enum CellArrow {
    static func glyph(_ cell: Cell?) -> String? {
        guard let cell else { return nil }
        let arrows = cell.shapes.compactMap(\.arrow) + cell.images.compactMap(\.arrow)
        guard let first = arrows.first, arrows.allSatisfy({ $0 == first }) else { return nil }
        return glyph(first)
    }

    static func glyph(_ arrow: Arrow?) -> String? {
        guard let arrow else { return nil }
        switch arrow {
        case .up: return "↑"
        case .down: return "↓"
        case .right, .leftRight, .upDown: return "↔"
        case .left: return nil  // no convention says what a backward arrow means
        }
    }
}

extension Box {
    /// The box as the record's `bbox`: [x0, y0, x1, y1], rounded as every coordinate written is.
    var recordBBox: [Double] { [x0, y0, x1, y1].map(Geometry.round) }
}

extension Mark {
    /// A RAG colour (not a grey, black or white): a dot's rating, or an arrow that tells by colour.
    var isChromatic: Bool { color.map(CellColour.isChromatic) ?? false }
}
