import TextStage

/// A region's lines placed in rows and columns: the whitespace table's grid.

/// A phrase spanning columns (a group header): its row and the first and last column it covers.
struct HeaderSpan {
    var row: Int
    var first: Int
    var last: Int
}
extension StreamTables {
    /// Columns from the tabular lines' phrases; every line's phrases placed in them.
    static func grid(_ lines: [PhraseLine], rules: [HRule] = []) -> TextGrid? {
        let tabular = lines.filter(\.isTabular)
        guard tabular.count >= 2 else { return nil }
        let cols = columns(tabular)
        guard cols.count >= 2 else { return nil }
        var rows: [[[TWord]]] = []
        var rowBoxes: [Box] = []
        var lines = lines
        // Titles above and notes below: lines holding a phrase as wide as most of the table.
        let width = (cols.last!.x1 - cols.first!.x0)
        func isProse(_ l: PhraseLine) -> Bool {
            l.phrases.contains { $0.x1 - $0.x0 >= width * SegmentTuning.proseWidthFraction }
        }
        while let f = lines.first, isProse(f) { lines.removeFirst() }
        while let l = lines.last, isProse(l) { lines.removeLast() }
        // A rule across the whole table above its first tabular line (or below its last) is
        // the table's edge: a caption or notes lie outside it.
        let x0 = cols.first!.x0
        let x1 = cols.last!.x1
        let full = rules.filter { $0.x0 <= x0 + width * 0.1 && $0.x1 >= x1 - width * 0.1 }
        if let firstTab = lines.first(where: \.isTabular),
            let top = full.filter({ $0.y <= firstTab.box.midY && $0.y >= lines[0].box.midY }).map(\.y).max()
        {
            lines.removeAll { $0.box.midY < top }
        }
        if let lastTab = lines.last(where: \.isTabular),
            let bottom = full.filter({ $0.y >= lastTab.box.midY && $0.y <= lines.last!.box.midY }).map(\.y).min()
        {
            lines.removeAll { $0.box.midY > bottom }
        }
        guard lines.count >= 2 else { return nil }
        var box = lines[0].box
        var spans: [HeaderSpan] = []
        for l in lines {
            var row = Array(repeating: [TWord](), count: cols.count)
            for p in l.phrases {
                let range = straddled(p, in: l, rules, table: (x0, x1))
                let over = cols.indices.filter { min(range.x1, cols[$0].x1) - max(range.x0, cols[$0].x0) > 0 }
                if over.count >= 2 && range == (p.x0, p.x1) {
                    // Words set close together but each in its own column: cells, not a span.
                    let byWord = p.words.map { column(of: ($0.box.x0, $0.box.x1), cols) }
                    if Set(byWord).count >= 2
                        && zip(p.words, byWord).allSatisfy({ w, c in
                            w.box.x0 >= cols[c].x0 - 1 && w.box.x1 <= cols[c].x1 + 1
                        })
                    {
                        for (w, c) in zip(p.words, byWord) { row[c].append(w) }
                        continue
                    }
                }
                let c = column(of: range, cols)
                row[c] += p.words
                if over.count >= 2 { spans.append(HeaderSpan(row: rows.count, first: c, last: over.last!)) }
            }
            rows.append(row)
            rowBoxes.append(l.box)
            box = box.union(l.box)
        }
        mergeRuledRows(&rows, &rowBoxes, rules: full)
        mergeHeader(&rows, &rowBoxes, spans: spans)
        var columns = cols
        // A column of nothing but bullets is the list markers of the next column's text.
        var c = columns.count - 2
        while c >= 0 {
            let cells = rows.map { $0[c] }.filter { !$0.isEmpty }
            if !cells.isEmpty && cells.allSatisfy({ $0.allSatisfy { bullets.contains($0.text) } }) {
                for r in rows.indices {
                    rows[r][c + 1] = rows[r][c] + rows[r][c + 1]
                    rows[r].remove(at: c)
                }
                columns[c + 1].x0 = columns[c].x0
                columns.remove(at: c)
            }
            c -= 1
        }
        guard columns.count >= 2 else { return nil }
        return TextGrid(columns: columns, rows: rows, rowBoxes: rowBoxes, box: box)
    }

    /// Rules drawn between the rows (across the table): the lines between two rules are one
    /// row when only the first fills as many columns as it does — the others carry on its
    /// wrapped cells. A band holding several full lines (a body ruled only above and below)
    /// is no row, and then no band is merged.
    static func mergeRuledRows(_ rows: inout [[[TWord]]], _ boxes: inout [Box], rules: [HRule]) {
        guard rules.count >= 2, rows.count >= 2 else { return }
        let band = boxes.map { b in rules.filter { $0.y < b.midY }.count }
        var groups: [[Int]] = []
        for i in rows.indices {
            if let last = groups.last?.last, band[last] == band[i] {
                groups[groups.count - 1].append(i)
            } else {
                groups.append([i])
            }
        }
        func filled(_ i: Int) -> Int { rows[i].filter { !$0.isEmpty }.count }
        guard groups.count >= 2, groups.contains(where: { $0.count > 1 }),
            groups.allSatisfy({ g in g.dropFirst().allSatisfy { filled($0) < filled(g[0]) } })
        else { return }
        var newRows: [[[TWord]]] = []
        var newBoxes: [Box] = []
        for g in groups {
            newRows.append(rows[g[0]].indices.map { c in g.flatMap { rows[$0][c] } })
            newBoxes.append(g.dropFirst().reduce(boxes[g[0]]) { $0.union(boxes[$1]) })
        }
        rows = newRows
        boxes = newBoxes
    }

    /// A header wrapped over several lines is one row of cells: each column's header lines
    /// join into one cell, placed just under the lowest spanning header above that column.
    static func mergeHeader(_ rows: inout [[[TWord]]], _ boxes: inout [Box], spans: [HeaderSpan]) {
        func text(_ ws: [TWord]) -> String { ws.map(\.text).joined(separator: " ") }
        guard
            let first = rows.firstIndex(where: { row in
                let body = row.dropFirst().filter { !$0.isEmpty }
                return body.count >= 1 && body.filter { isNumeric(text($0)) }.count * 2 >= body.count
            })
        else { return }
        var end = first
        // A group label on its own line just above the figures belongs to the body.
        while end > 0 && rows[end - 1].dropFirst().allSatisfy(\.isEmpty) { end -= 1 }
        guard end >= 2 else { return }
        let cols = rows[0].count
        var spanned = Set<Int>()  // (row * cols + col) slots holding a spanning cell
        for s in spans where s.row < end { spanned.insert(s.row * cols + s.first) }
        for c in 0..<cols {
            let target = spans.filter { $0.row < end && $0.first <= c && $0.last >= c }.map { $0.row + 1 }.max() ?? 0
            guard target < end else { continue }
            var merged: [TWord] = []
            for r in 0..<end where r >= target && !spanned.contains(r * cols + c) {
                merged += rows[r][c]
                rows[r][c] = []
            }
            rows[target][c] = merged
        }
        // Header rows left empty go.
        var r = end - 1
        while r >= 0 {
            if rows[r].allSatisfy(\.isEmpty) {
                rows.remove(at: r)
                boxes.remove(at: r)
            }
            r -= 1
        }
    }
}
