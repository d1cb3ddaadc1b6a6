import TextStage

/// Partly ruled tables: a grid cell that holds several whitespace-separated columns, or lines
/// that align across every cell of its row, is a block of unruled cells. Virtual rules are
/// added where the text shows the missing ones, and the grid is rebuilt.
enum LatticeRefine {
    static func refine(_ grid: Grid, words: [TWord], shading: [Box]) -> Grid {
        let g = dropSlivers(grid, words: words, shading: shading)
        let byCell = g.wordsByCell(words)
        // Each cell's lines, grouped once: the column and row tests below both read them.
        var grouped = [[TLine]?](repeating: nil, count: byCell.count)
        func lines(_ i: Int) -> [TLine] {
            if let l = grouped[i] { return l }
            let l = LineBuilder.lines(byCell[i])
            grouped[i] = l
            return l
        }
        var extraV: [VRule] = []
        var extraH: [HRule] = []
        // A wide cell whose phrases each sit inside one grid column, in two or more columns,
        // is a row of cells whose rules are not drawn (shaded bands, rules on some rows only).
        for (i, gc) in g.cells.enumerated() where gc.colSpan > 1 && !byCell[i].isEmpty {
            let phrases = StreamTables.phraseLines(lines(i), gapEm: SegmentTuning.phraseGapEm)
                .flatMap(\.phrases)
            var used = Set<Int>()
            let fits = phrases.allSatisfy { p in
                guard
                    let c = (gc.col..<(gc.col + gc.colSpan)).first(where: {
                        p.x0 >= g.xs[$0] - 1 && p.x1 <= g.xs[$0 + 1] + 1
                    })
                else { return false }
                used.insert(c)
                return true
            }
            guard fits, used.count >= 2 else { continue }
            let b = g.box(of: gc)
            for c in (gc.col + 1)..<(gc.col + gc.colSpan) { extraV.append(VRule(x: g.xs[c], y0: b.y0, y1: b.y1)) }
        }
        for c in 0..<g.columnCount {
            let idx = g.cells.indices.filter { g.cells[$0].col == c && g.cells[$0].colSpan == 1 && !byCell[$0].isEmpty }
            let pl = idx.flatMap {
                StreamTables.phraseLines(lines($0), gapEm: SegmentTuning.cellPhraseGapEm)
            }
            let tabular = pl.filter(\.isTabular).count
            guard tabular >= 2, Double(tabular) >= Double(pl.count) * 0.5 else { continue }
            // List bullets mark the lines of a cell's text; they make no column of their own.
            let cols = StreamTables.columns(
                pl.flatMap(\.phrases).filter { p in
                    !p.words.allSatisfy { StreamTables.bullets.contains($0.text) }
                })
            guard cols.count >= 2 else { continue }
            for (a, b) in zip(cols, cols.dropFirst()) {
                let x = (a.x1 + b.x0) / 2
                for i in idx {
                    let b = g.box(of: g.cells[i])
                    extraV.append(VRule(x: x, y0: b.y0, y1: b.y1))
                }
            }
        }
        // Stacked records: a cell holding figures line under line, beside cells whose lines
        // line up with them, is several rows whose rules are not drawn. The cells starting on
        // a row may end on different rows (a column block shorter than its neighbours, above
        // a total): each split goes through the cells it crosses.
        for r in 0..<g.rowCount {
            let idx = g.cells.indices.filter { g.cells[$0].row == r && !byCell[$0].isEmpty }
            guard idx.count >= 2 else { continue }
            let rowLines = idx.map { lines($0) }
            // Two or more such cells: one wrapped figure (a phone number) is no record stack.
            // Each line starts with a figure, or with the "–" or "(X)" statistical tables write
            // for a figure that is zero or does not apply.
            let stacks = rowLines.filter { ls in
                ls.count >= 2 && ls.allSatisfy { isFigure($0.words[0]) }
                    && ls.contains { $0.words.contains { StreamTables.isNumeric($0.text) } }
            }
            let wide = stacks.contains { $0.allSatisfy { $0.words.count >= 2 } }
            guard stacks.count >= 2 || wide, let ref = stacks.max(by: { $0.count < $1.count }) else { continue }
            let all = rowLines.joined().sorted { $0.box.midY < $1.box.midY }
            for k in 0..<(ref.count - 1) {
                guard let y = split(between: ref[k], ref[k + 1], all) else { continue }
                for i in idx {
                    let b = g.box(of: g.cells[i])
                    if b.y0 < y && y < b.y1 { extraH.append(HRule(y: y, x0: b.x0, x1: b.x1)) }
                }
            }
        }
        if extraV.isEmpty && extraH.isEmpty { return g }
        let r = Rulings(horizontal: g.h + extraH, vertical: g.v + extraV)
        return LatticeGrid.grid(r.horizontal, r.vertical) ?? g
    }

    /// Shading inset a few points inside its cell's rules adds grid lines beside those rules:
    /// empty, unshaded sliver columns and rows. Each sliver joins its neighbour with text (the
    /// line between them goes); between two such neighbours, the line drawn along less of the
    /// table (the shading's edge rather than the cell's rule) goes. A shaded strip (a coloured
    /// bar drawn on purpose) is no sliver.
    static func dropSlivers(_ g: Grid, words: [TWord], shading: [Box]) -> Grid {
        func weakLines(
            _ ps: [Double], _ rules: [(at: Double, from: Double, to: Double)], empty: (Double, Double) -> Bool
        ) -> Set<Int> {
            func coverage(_ p: Double) -> Double {
                rules.filter { abs($0.at - p) <= SegmentTuning.ruleSnap }.map { $0.to - $0.from }.reduce(0, +)
            }
            let n = ps.count - 1  // slots between lines
            let isEmpty = (0..<n).map { empty(ps[$0], ps[$0 + 1]) }
            let sliver = (0..<n).map { isEmpty[$0] && ps[$0 + 1] - ps[$0] <= SegmentTuning.maxSliver }
            var weak = Set<Int>()
            for i in 0..<n where sliver[i] {
                let left = i > 0 && !sliver[i - 1]
                let right = i + 1 < n && !sliver[i + 1]
                if left && right {
                    weak.insert(coverage(ps[i]) <= coverage(ps[i + 1]) ? i : i + 1)
                } else if left {
                    weak.insert(i)
                } else if right {
                    weak.insert(i + 1)
                }
            }
            return weak
        }
        let box = g.box
        let xs = weakLines(g.xs, g.v.map { ($0.x, $0.y0, $0.y1) }) { a, b in
            !words.contains { $0.box.midX > a && $0.box.midX < b && $0.box.midY > box.y0 && $0.box.midY < box.y1 }
                && !shading.contains { $0.x0 >= a - 1 && $0.x1 <= b + 1 && $0.y1 > box.y0 && $0.y0 < box.y1 }
        }
        let ys = weakLines(g.ys, g.h.map { ($0.y, $0.x0, $0.x1) }) { a, b in
            !words.contains { $0.box.midY > a && $0.box.midY < b && $0.box.midX > box.x0 && $0.box.midX < box.x1 }
                && !shading.contains { $0.y0 >= a - 1 && $0.y1 <= b + 1 && $0.x1 > box.x0 && $0.x0 < box.x1 }
        }
        guard !xs.isEmpty || !ys.isEmpty else { return g }
        let v = g.v.filter { r in !xs.contains { abs(g.xs[$0] - r.x) <= SegmentTuning.ruleSnap } }
        let h = g.h.filter { r in !ys.contains { abs(g.ys[$0] - r.y) <= SegmentTuning.ruleSnap } }
        return LatticeGrid.grid(h, v) ?? g
    }

    /// Where to split two figure lines into rows: between two neighbouring lines (of any cell)
    /// where no line stands. A label wrapped over two lines can sit between the figures: its
    /// first line begins a record, and a line starting in lower case continues the one above,
    /// so the split goes above the first line that does not.
    static func split(between a: TLine, _ b: TLine, _ all: [TLine]) -> Double? {
        let inside = all.filter { $0.box.midY > a.box.midY + 1 && $0.box.midY < b.box.midY - 1 }
        let centres = [a.box.midY] + inside.map(\.box.midY) + [b.box.midY]
        for (c0, c1) in zip(centres, centres.dropFirst()) where c1 - c0 > 1 {
            let y = (c0 + c1) / 2
            // Set solid, line boxes overlap their neighbours: a line stands in the way of a
            // split only where its middle band is.
            guard !all.contains(where: { abs($0.box.midY - y) < $0.box.height * SegmentTuning.lineCoreFraction }) else {
                continue
            }
            let below = all.filter { abs($0.box.midY - c1) <= 1 }
            if below.contains(where: { $0.text.first?.isLowercase ?? false }) { continue }
            return y
        }
        return nil
    }

    /// A figure or the mark standing in for one (zero, not applicable, not available).
    static func isFigure(_ w: TWord) -> Bool {
        StreamTables.isNumeric(w.text) || nullMarks.contains(w.text)
    }

    static let nullMarks: Set<String> = [
        "–", "—", "-", "..", "...", "…", "*", "x", "X", "(X)", "(NA)", "NA", "n/a", "N/A", "(Z)", "(D)", "(S)"
    ]
}
