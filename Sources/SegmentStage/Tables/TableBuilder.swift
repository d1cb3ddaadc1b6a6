import TextStage

/// Turns a grid (ruled or whitespace) and its words into a `Table` in page coordinates, with
/// each cell's fill, images, shapes and header flag.
struct TableBuilder {
    var page: TextPage
    var frame: PageFrame

    /// A ruled grid: each word goes to the cell holding its centre.
    func table(_ g: Grid, words: [TWord]) -> Table? {
        let byCell = g.wordsByCell(words)
        var cells: [Cell] = []
        for (i, gc) in g.cells.enumerated() {
            cells.append(
                cell(
                    gc.row, gc.col, rowSpan: gc.rowSpan, colSpan: gc.colSpan, words: byCell[i], frameBox: g.box(of: gc))
            )
        }
        return finish(cells, rows: g.rowCount, cols: g.columnCount, frameBox: g.box, method: .ruled)
    }

    /// A whitespace grid (or a row of tiles): cell boxes from the column ranges and row lines.
    func table(_ g: TextGrid, method: TableMethod = .whitespace) -> Table {
        var cells: [Cell] = []
        for (r, row) in g.rows.enumerated() {
            for (c, ws) in row.enumerated() {
                let b = Box(x0: g.columns[c].x0, y0: g.rowBoxes[r].y0, x1: g.columns[c].x1, y1: g.rowBoxes[r].y1)
                cells.append(
                    cell(
                        r, c, rowSpan: 1, colSpan: 1, words: ws,
                        frameBox: ws.isEmpty ? b : ws.map(\.box).reduce(b) { $0.union($1) }))
            }
        }
        return finish(cells, rows: g.rows.count, cols: g.columns.count, frameBox: g.box, method: method)
    }

    private func cell(_ r: Int, _ c: Int, rowSpan: Int, colSpan: Int, words: [TWord], frameBox: Box) -> Cell {
        let (text, lines) = LineBuilder.text(words)
        let box = frame.unmap(frameBox)
        var cell = Cell(
            row: r, col: c, rowSpan: rowSpan, colSpan: colSpan, text: text, lines: lines,
            page: page.number, box: box)
        cell.isHeader = !words.isEmpty && words.allSatisfy(\.bold)
        let area = box.width * box.height
        // The cell's background: the smallest shading that covers its centre and is not tiny.
        var best: Fill?
        for f in page.fills
        where f.isRect && !Rulings.isPaper(f.color) && f.box.contains(x: box.midX, y: box.midY)
            && f.box.width * f.box.height >= area * 0.5
        {
            if best.map({ f.box.width * f.box.height < $0.box.width * $0.box.height }) ?? true { best = f }
        }
        cell.fill = best?.color
        cell.images = page.images.filter {
            box.contains(x: $0.box.midX, y: $0.box.midY) && $0.box.width < box.width * 1.01
        }
        // Shapes: small marks inside the cell, and an icon-sized drawn shape even where it fills
        // a narrow cell (a key's icon column).
        cell.shapes = page.fills.filter { f in
            !Rulings.isPaper(f.color) && box.contains(x: f.box.midX, y: f.box.midY)
                && (f.box.width * f.box.height < area * 0.5
                    || (!f.isRect && max(f.box.width, f.box.height) <= SegmentTuning.iconMaxSide))
        }
        return cell
    }

    private func finish(_ cells: [Cell], rows: Int, cols: Int, frameBox: Box, method: TableMethod) -> Table {
        var cells = cells
        // Header rows: leading rows whose text is all bold, or which are shaded unlike the body.
        var header = 0
        let bodyFill = cells.last?.fill
        for r in 0..<max(0, rows - 1) {
            let rowCells = cells.filter { $0.row == r }
            let filled = rowCells.filter { !$0.text.isEmpty }
            let bold = !filled.isEmpty && filled.allSatisfy(\.isHeader)
            let shaded = !rowCells.isEmpty && rowCells.allSatisfy { $0.fill != nil && $0.fill != bodyFill }
            guard bold || shaded else { break }
            // One cell across the table under a header row of several cells labels no column:
            // it is a group banner over the rows below it ("Value for Money"), body not header.
            let banner = cols > 1 && rowCells.count == 1 && rowCells[0].colSpan == cols
            if banner && (0..<header).contains(where: { h in cells.filter { $0.row == h }.count > 1 }) { break }
            header = r + 1
        }
        for i in cells.indices { cells[i].isHeader = cells[i].row < header }
        return Table(
            page: page.number, pages: [page.number], bbox: frame.unmap(frameBox), rowCount: rows,
            columnCount: cols, headerRowCount: header, method: method, cells: cells)
    }
}
