import TextStage

/// Partly ruled tables: a grid cell that holds several whitespace-separated columns, or lines
/// that align across every cell of its row, is a block of unruled cells. Virtual rules are
/// added where the text shows the missing ones, and the grid is rebuilt.
enum LatticeRefine {
    static func refine(_ g: Grid, words: [TWord]) -> Grid {
        var byCell = Array(repeating: [TWord](), count: g.cells.count)
        for w in words {
            if let i = g.cells.firstIndex(where: { g.box(of: $0).contains(x: w.box.midX, y: w.box.midY) }) {
                byCell[i].append(w)
            }
        }
        var extraV: [VRule] = []
        var extraH: [HRule] = []
        // A wide cell whose phrases each sit inside one grid column, in two or more columns,
        // is a row of cells whose rules are not drawn (shaded bands, rules on some rows only).
        for (i, gc) in g.cells.enumerated() where gc.colSpan > 1 && !byCell[i].isEmpty {
            let phrases = StreamTables.phraseLines(LineBuilder.lines(byCell[i]), gapEm: TableTuning.phraseGapEm).flatMap(\.phrases)
            var used = Set<Int>()
            let fits = phrases.allSatisfy { p in
                guard let c = (gc.col..<(gc.col + gc.colSpan)).first(where: { p.x0 >= g.xs[$0] - 1 && p.x1 <= g.xs[$0 + 1] + 1 }) else { return false }
                used.insert(c)
                return true
            }
            guard fits, used.count >= 2 else { continue }
            let b = g.box(of: gc)
            for c in (gc.col + 1)..<(gc.col + gc.colSpan) { extraV.append(VRule(x: g.xs[c], y0: b.y0, y1: b.y1)) }
        }
        for c in 0..<g.columnCount {
            let idx = g.cells.indices.filter { g.cells[$0].col == c && g.cells[$0].colSpan == 1 && !byCell[$0].isEmpty }
            let pl = idx.flatMap { StreamTables.phraseLines(LineBuilder.lines(byCell[$0]), gapEm: TableTuning.cellPhraseGapEm) }
            let tabular = pl.filter(\.isTabular).count
            guard tabular >= 2, Double(tabular) >= Double(pl.count) * 0.5 else { continue }
            // List bullets mark the lines of a cell's text; they make no column of their own.
            let cols = StreamTables.columns(pl.flatMap(\.phrases).filter { p in
                !p.words.allSatisfy { StreamTables.bullets.contains($0.text) }
            })
            guard cols.count >= 2 else { continue }
            for (a, b) in zip(cols, cols.dropFirst()) {
                let x = (a.x1 + b.x0) / 2
                for i in idx { let b = g.box(of: g.cells[i]); extraV.append(VRule(x: x, y0: b.y0, y1: b.y1)) }
            }
        }
        // Stacked records: a cell holding figures line under line, beside cells whose lines
        // line up with them, is several rows whose rules are not drawn.
        for r in 0..<g.rowCount {
            let idx = g.cells.indices.filter { g.cells[$0].row == r && g.cells[$0].rowSpan == 1 && !byCell[$0].isEmpty }
            guard idx.count >= 2 else { continue }
            let lines = idx.map { LineBuilder.lines(byCell[$0]) }
            // Two or more such cells: one wrapped figure (a phone number) is no record stack.
            let stacks = lines.filter { $0.count >= 2 && $0.allSatisfy { StreamTables.isNumeric($0.text) } }
            let wide = stacks.contains { $0.allSatisfy { $0.words.count >= 2 } }
            guard stacks.count >= 2 || wide, let ref = stacks.max(by: { $0.count < $1.count }) else { continue }
            for k in 0..<(ref.count - 1) {
                let y = (ref[k].box.y1 + ref[k + 1].box.y0) / 2
                guard !lines.joined().contains(where: { $0.box.y0 < y && $0.box.y1 > y }) else { continue }
                for i in idx { let b = g.box(of: g.cells[i]); extraH.append(HRule(y: y, x0: b.x0, x1: b.x1)) }
            }
        }
        if extraV.isEmpty && extraH.isEmpty { return g }
        let r = Rulings(horizontal: g.h + extraH, vertical: g.v + extraV)
        return LatticeGrid.grid(r.horizontal, r.vertical) ?? g
    }
}
