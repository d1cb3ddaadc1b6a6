import TextStage

/// Joins a table that continues on the next page: the same kind of table with the same
/// columns, the first the last thing on its page (running footers aside) and the next the
/// first thing on the following page (running headers aside). A repeated header row is
/// dropped from the continuation. A continuation under its own caption is left separate: the
/// document presents it as a table of its own. So is one whose first row would have fitted
/// below the first: a page break only moves a row that does not fit (KPI cards one after
/// another, the next overleaf, are separate tables), and one that starts the first's pattern of
/// rows over again with other text (the next card, where the room left was too small).
enum Stitcher {
    static func stitch(_ tables: [Table], pages: [TextPage]) -> [Table] {
        let byNumber = Dictionary(pages.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        let bottoms = bodyBottoms(pages)
        var out: [Table] = []
        var lastPiece: [Table] = []  // each output table's piece on its last page, as found
        for (i, t) in tables.enumerated() {
            if let last = out.last, let piece = lastPiece.last, t.page == piece.page + 1,
                tables.first(where: { $0.page == t.page }) == t,
                tables[..<i].last(where: { $0.page == piece.page }) == piece,
                let prev = byNumber[piece.page], let next = byNumber[t.page],
                continues(piece, on: prev, into: t, on: next),
                !wouldHaveFitted(t, below: piece, bodyBottom: bottoms[prev.height] ?? prev.height),
                !restarts(t, piece)
            {
                out[out.count - 1] = join(last, t)
                lastPiece[lastPiece.count - 1] = t
            } else {
                out.append(t)
                lastPiece.append(t)
            }
        }
        return out
    }

    static func continues(_ a: Table, on pa: TextPage, into b: Table, on pb: TextPage) -> Bool {
        guard a.method == b.method, a.method != .whitespace, a.columnCount == b.columnCount else { return false }
        let ea = columnEdges(a)
        let eb = columnEdges(b)
        guard ea.count == eb.count, zip(ea, eb).allSatisfy({ abs($0 - $1) <= SegmentTuning.stitchColumnSlack }) else {
            return false
        }
        let footer = pa.height * (1 - SegmentTuning.runningMargin)
        let header = pb.height * SegmentTuning.runningMargin
        let textBelow = pa.words.contains { $0.box.y0 > a.bbox.y1 && $0.box.y1 < footer }
        let textAbove = pb.words.contains { $0.box.y1 < b.bbox.y0 && $0.box.y0 > header }
        return !textBelow && !textAbove
    }

    /// Where the text area ends on pages of each height: the lowest line above the running
    /// footer area on any page of that height.
    static func bodyBottoms(_ pages: [TextPage]) -> [Double: Double] {
        var out: [Double: Double] = [:]
        for p in pages {
            let footer = p.height * (1 - SegmentTuning.runningMargin)
            for w in p.words where w.box.y1 < footer { out[p.height] = max(out[p.height] ?? 0, w.box.y1) }
        }
        return out
    }

    /// True when the continuation's first body row (after any repeated header) would have fitted
    /// in the room left below the first piece: then no page break forced it over.
    static func wouldHaveFitted(_ b: Table, below a: Table, bodyBottom: Double) -> Bool {
        let room = bodyBottom - a.bbox.y1
        let head = a.headerRowCount
        let repeated =
            head > 0 && b.rowCount > head && Array(b.grid.prefix(head)) == Array(a.grid.prefix(head)) ? head : 0
        let heights = b.cells.filter { $0.row == repeated && $0.rowSpan == 1 }.map(\.box.height)
        guard let first = heights.min() else { return false }
        return room > first + SegmentTuning.stitchRoomSlack
    }

    /// True when `b` begins with `a`'s whole sequence of row shapes (which cells hold text, and
    /// their spans), `a`'s rows are not all alike, and `b`'s first row says something else: a
    /// new table of the same design rather than more rows of the first. A table whose rows are
    /// all alike, or whose header is repeated word for word, is not taken for a restart.
    static func restarts(_ b: Table, _ a: Table) -> Bool {
        guard a.rowCount >= 2, b.rowCount >= a.rowCount else { return false }
        let sa = (0..<a.rowCount).map { rowShape(a, $0) }
        guard Set(sa).count > 1, (0..<a.rowCount).allSatisfy({ rowShape(b, $0) == sa[$0] }) else { return false }
        return a.grid.first != b.grid.first
    }

    /// Where a row's text is: the column and span of each cell starting on it that holds text.
    static func rowShape(_ t: Table, _ row: Int) -> [Int] {
        t.cells.filter { $0.row == row && !$0.text.isEmpty }.sorted { $0.col < $1.col }.flatMap {
            [$0.col, $0.colSpan, $0.rowSpan]
        }
    }

    /// Left edges of the columns (cells one column wide), then the right edge of the table.
    static func columnEdges(_ t: Table) -> [Double] {
        var edges: [Double] = []
        for c in 0..<t.columnCount {
            let xs = t.cells.filter { $0.col == c && $0.colSpan == 1 }.map(\.box.x0).sorted()
            edges.append(xs.isEmpty ? .nan : xs[xs.count / 2])
        }
        return edges.filter { !$0.isNaN } + [t.bbox.x1]
    }

    static func join(_ a: Table, _ b: Table) -> Table {
        var b = b
        // Drop the header rows the continuation repeats.
        let head = max(a.headerRowCount, 1)
        let grid = a.grid
        let next = b.grid
        var drop = 0
        while drop < head && drop < next.count && drop < grid.count && next[drop] == grid[drop]
            && !grid[drop].allSatisfy(\.isEmpty)
        { drop += 1 }
        // A row cut by the page break whose rest is blank in every column (no text, no image):
        // the rest of the row above, not a row of its own.
        let first = b.cells.filter { $0.row == drop }
        if drop < b.rowCount - 1, !first.isEmpty,
            first.allSatisfy({ $0.text.isEmpty && $0.images.isEmpty && $0.shapes.isEmpty && $0.rowSpan == 1 })
        {
            drop += 1
        }
        b.cells = b.cells.filter { $0.row >= drop }
        var joined = a
        for var c in b.cells {
            c.row += a.rowCount - drop
            c.isHeader = false
            // A merged cell cut by the page break: its text runs on (the next piece starts
            // in lower case) or its rest is blank, in the same column: one cell over both pieces.
            if c.row == a.rowCount, c.colSpan == 1, c.text.first.map({ $0.isLowercase }) ?? true,
                let k = joined.cells.firstIndex(where: {
                    $0.col == c.col && $0.colSpan == 1
                        && $0.row + $0.rowSpan == a.rowCount && !$0.text.isEmpty
                })
            {
                joined.cells[k].rowSpan += c.rowSpan
                if !c.text.isEmpty {
                    joined.cells[k].text += "\n" + c.text
                    joined.cells[k].lines += c.lines
                }
                continue
            }
            joined.cells.append(c)
        }
        joined.rowCount = a.rowCount + b.rowCount - drop
        joined.pages = a.pages + b.pages
        return joined
    }
}
