import Foundation
import TextStage

/// A run of words on one line with no wide gap inside: one cell's text on that line, or a
/// phrase of prose.
struct Phrase: Sendable {
    var words: [TWord]
    var x0: Double { words.first!.box.x0 }
    var x1: Double { words.map(\.box.x1).max()! }
}

/// A text line split into phrases at wide gaps.
struct PhraseLine: Sendable {
    var line: TLine
    var phrases: [Phrase]
    var isTabular: Bool { phrases.count >= 2 }
    var box: Box { line.box }
}

/// A table read from whitespace: its grid of word lists, row by row.
struct TextGrid: Sendable {
    var columns: [(x0: Double, x1: Double)]
    var rows: [[[TWord]]]
    var rowBoxes: [Box]
    var box: Box
}

/// Whitespace (stream) tables: lines whose words leave wide, vertically aligned gaps. Columns
/// are the x ranges some row's phrase covers; the gaps no tabular row crosses separate them.
enum StreamTables {
    static func phraseLines(_ lines: [TLine], gapEm: Double) -> [PhraseLine] {
        lines.map { l in
            var phrases: [Phrase] = []
            var cur: [TWord] = []
            for w in l.words {
                if let last = cur.last, w.box.x0 - last.box.x1 > gapEm * max(l.size, 1) {
                    phrases.append(Phrase(words: cur))
                    cur = []
                }
                cur.append(w)
            }
            if !cur.isEmpty { phrases.append(Phrase(words: cur)) }
            return PhraseLine(line: l, phrases: phrases)
        }
    }

    static func tables(_ lines: [TLine], rules: [HRule] = []) -> [TextGrid] {
        let pl = phraseLines(lines, gapEm: SegmentTuning.phraseGapEm)
        return regions(pl, rules: rules).flatMap { sideBySide($0.map { pl[$0] }, rules: rules) }.compactMap { grid($0, rules: rules) }
    }

    /// Tables set side by side read as one with a gutter far wider than any gap between its
    /// columns, or with a gutter that the rules of each table stop short of; each side has at
    /// least two columns of its own.
    static func sideBySide(_ lines: [PhraseLine], rules: [HRule] = []) -> [[PhraseLine]] {
        let cols = columns(lines.filter(\.isTabular))
        guard cols.count >= 4 else { return [lines] }
        let gaps = zip(cols, cols.dropFirst()).map { $1.x0 - $0.x1 }
        let sorted = gaps.sorted()
        let median = sorted[sorted.count / 2]
        let em = lines.map(\.line.size).sorted()[lines.count / 2]
        let x: Double
        if let i = gaps.indices.max(by: { gaps[$0] < gaps[$1] }), i >= 1, i <= cols.count - 3,
           gaps[i] > SegmentTuning.gutterFactor * max(median, 1), gaps[i] > SegmentTuning.gutterEm * em {
            x = (cols[i].x1 + cols[i + 1].x0) / 2
        } else if let r = ruledGutter(lines, rules: rules),
                  cols.filter({ $0.x1 <= r }).count >= 2, cols.filter({ $0.x0 >= r }).count >= 2 {
            x = r
        } else {
            return [lines]
        }
        func side(_ keep: (Phrase) -> Bool) -> [PhraseLine] {
            lines.compactMap { l in
                let ps = l.phrases.filter(keep)
                return ps.isEmpty ? nil : PhraseLine(line: TLine(words: ps.flatMap(\.words), box: ps.map { p in
                    p.words.map(\.box).reduce(p.words[0].box) { $0.union($1) } }.reduce(ps[0].words[0].box) { $0.union($1) },
                    size: l.line.size), phrases: ps)
            }
        }
        let left = side { $0.x1 <= x }, right = side { $0.x0 >= x }
        guard left.count + right.count > 0, lines.allSatisfy({ $0.phrases.allSatisfy { $0.x1 <= x || $0.x0 >= x } }) else { return [lines] }
        return sideBySide(left, rules: rules) + sideBySide(right, rules: rules)
    }

    /// The x of a gutter between two ruled tables: at least two rules on each side of a gap
    /// (over the lines' height) that no rule crosses.
    static func ruledGutter(_ lines: [PhraseLine], rules: [HRule]) -> Double? {
        guard let top = lines.map(\.line.box.y0).min(), let bottom = lines.map(\.line.box.y1).max(),
              let em = lines.map(\.line.size).max() else { return nil }
        let near = rules.filter { $0.y >= top - 2 * em && $0.y <= bottom + 2 * em }.sorted { $0.x0 < $1.x0 }
        guard near.count >= 4 else { return nil }
        var reach = near[0].x1
        for k in 1..<near.count {
            if k >= 2, near.count - k >= 2, near[k].x0 - reach >= em { return (reach + near[k].x0) / 2 }
            reach = max(reach, near[k].x1)
        }
        return nil
    }

    /// Runs of lines that read as a table: tabular lines, with short single-phrase lines
    /// (wrapped cells, group labels) between them, and spanning headers just above. Short lines
    /// after the last tabular one belong to it when one of the table's own rules closes them
    /// (the rest of a wrapped cell in a ruled table).
    static func regions(_ pl: [PhraseLine], rules: [HRule] = []) -> [[Int]] {
        var out: [[Int]] = []
        var i = 0
        while i < pl.count {
            guard pl[i].isTabular else { i += 1; continue }
            var region = [i]
            var pending: [Int] = []
            var box = pl[i].box
            var j = i + 1
            while j < pl.count {
                let prev = pl[j - 1], cur = pl[j]
                let size = max(prev.line.size, cur.line.size, 1)
                if cur.box.y0 - prev.box.y1 > SegmentTuning.maxRowGapEm * size { break }
                if cur.isTabular && overlapsX(cur.box, box) {
                    region += pending + [j]
                    pending = []
                    box = box.union(cur.box)
                } else if !cur.isTabular && pending.count < SegmentTuning.maxLooseLines && isCellLike(cur, in: box) {
                    pending.append(j)
                } else {
                    break
                }
                j += 1
            }
            // The short lines after the last tabular one (more than the loose-line limit when a
            // rule closes them): the longest run a rule of the table closes joins the region.
            var tail = pending
            var next = j
            while !rules.isEmpty, next < pl.count, !pl[next].isTabular, isCellLike(pl[next], in: box),
                  pl[next].box.y0 - pl[next - 1].box.y1 <= SegmentTuning.maxRowGapEm * max(pl[next].line.size, 1) {
                tail.append(next)
                next += 1
            }
            if let n = (0..<tail.count).reversed().first(where: { closes(tail[...$0].map { pl[$0] }, region: region.map { pl[$0] }, rules: rules) }) {
                region += tail[...n]
                box = tail[...n].reduce(box) { $0.union(pl[$1].box) }
                j = max(j, tail[n] + 1)
                pending = Array(pending.filter { $0 > tail[n] })
            }
            // Spanning header lines just above (not starting in the stub column).
            var k = i - 1
            var above: [Int] = []
            while k >= 0 && above.count < 2 {
                let l = pl[k], below = pl[above.first ?? i]
                if below.box.y0 - l.box.y1 > SegmentTuning.maxRowGapEm * max(l.line.size, 1) { break }
                let em = max(l.line.size, 1)
                guard l.box.x0 > box.x0 + em, l.box.x1 <= box.x1 + em else { break }
                above.insert(k, at: 0)
                k -= 1
            }
            out.append(above + region)
            i = max(j - pending.count, i + 1)
        }
        return out
    }

    /// A rule just under the trailing lines, spanning them, drawn like a rule of the table's
    /// own (the same extent as one crossing the region).
    static func closes(_ trailing: [PhraseLine], region: [PhraseLine], rules: [HRule]) -> Bool {
        guard let last = trailing.last, let top = region.first?.box.y0 else { return false }
        let em = max(last.line.size, 1)
        let x0 = trailing.map(\.box.x0).min()!, x1 = trailing.map(\.box.x1).max()!
        let own = rules.filter { $0.y >= top - 2 * em && $0.y <= last.box.y0 }
        return rules.contains { r in
            r.y >= last.box.y1 - 1 && r.y - last.box.y1 <= SegmentTuning.maxRowGapEm * em && r.x0 <= x0 && r.x1 >= x1
                && own.contains { abs($0.x0 - r.x0) <= em && abs($0.x1 - r.x1) <= em }
        }
    }

    static func overlapsX(_ a: Box, _ b: Box) -> Bool { a.x0 < b.x1 && b.x0 < a.x1 }

    static func isCellLike(_ l: PhraseLine, in box: Box) -> Bool {
        let em = max(l.line.size, 1)
        return l.box.x0 >= box.x0 - em && l.box.x1 <= box.x1 + em
            && l.box.width <= box.width * SegmentTuning.proseWidthFraction
    }

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
        let x0 = cols.first!.x0, x1 = cols.last!.x1
        let full = rules.filter { $0.x0 <= x0 + width * 0.1 && $0.x1 >= x1 - width * 0.1 }
        if let firstTab = lines.first(where: \.isTabular),
           let top = full.filter({ $0.y <= firstTab.box.midY && $0.y >= lines[0].box.midY }).map(\.y).max() {
            lines.removeAll { $0.box.midY < top }
        }
        if let lastTab = lines.last(where: \.isTabular),
           let bottom = full.filter({ $0.y >= lastTab.box.midY && $0.y <= lines.last!.box.midY }).map(\.y).min() {
            lines.removeAll { $0.box.midY > bottom }
        }
        guard lines.count >= 2 else { return nil }
        var box = lines[0].box
        // Spanning cells: (row, first column, last column).
        var spans: [(Int, Int, Int)] = []
        for l in lines {
            var row = Array(repeating: [TWord](), count: cols.count)
            for p in l.phrases {
                let range = straddled(p, in: l, rules, table: (x0, x1))
                let over = cols.indices.filter { min(range.x1, cols[$0].x1) - max(range.x0, cols[$0].x0) > 0 }
                if over.count >= 2 && range == (p.x0, p.x1) {
                    // Words set close together but each in its own column: cells, not a span.
                    let byWord = p.words.map { column(of: ($0.box.x0, $0.box.x1), cols) }
                    if Set(byWord).count >= 2 && zip(p.words, byWord).allSatisfy({ w, c in
                        w.box.x0 >= cols[c].x0 - 1 && w.box.x1 <= cols[c].x1 + 1 }) {
                        for (w, c) in zip(p.words, byWord) { row[c].append(w) }
                        continue
                    }
                }
                let c = column(of: range, cols)
                row[c] += p.words
                if over.count >= 2 { spans.append((rows.count, c, over.last!)) }
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
            if let last = groups.last?.last, band[last] == band[i] { groups[groups.count - 1].append(i) } else { groups.append([i]) }
        }
        func filled(_ i: Int) -> Int { rows[i].filter { !$0.isEmpty }.count }
        guard groups.count >= 2, groups.contains(where: { $0.count > 1 }),
              groups.allSatisfy({ g in g.dropFirst().allSatisfy { filled($0) < filled(g[0]) } }) else { return }
        var newRows: [[[TWord]]] = [], newBoxes: [Box] = []
        for g in groups {
            newRows.append(rows[g[0]].indices.map { c in g.flatMap { rows[$0][c] } })
            newBoxes.append(g.dropFirst().reduce(boxes[g[0]]) { $0.union(boxes[$1]) })
        }
        rows = newRows
        boxes = newBoxes
    }

    /// A header wrapped over several lines is one row of cells: each column's header lines
    /// join into one cell, placed just under the lowest spanning header above that column.
    static func mergeHeader(_ rows: inout [[[TWord]]], _ boxes: inout [Box], spans: [(Int, Int, Int)]) {
        func text(_ ws: [TWord]) -> String { ws.map(\.text).joined(separator: " ") }
        guard let first = rows.firstIndex(where: { row in
            let body = row.dropFirst().filter { !$0.isEmpty }
            return body.count >= 1 && body.filter { isNumeric(text($0)) }.count * 2 >= body.count
        }) else { return }
        var end = first
        // A group label on its own line just above the figures belongs to the body.
        while end > 0 && rows[end - 1].dropFirst().allSatisfy(\.isEmpty) { end -= 1 }
        guard end >= 2 else { return }
        let cols = rows[0].count
        var spanned = Set<Int>()  // (row * cols + col) slots holding a spanning cell
        for (r, c, _) in spans where r < end { spanned.insert(r * cols + c) }
        for c in 0..<cols {
            let target = spans.filter { $0.0 < end && $0.1 <= c && $0.2 >= c }.map { $0.0 + 1 }.max() ?? 0
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
            if rows[r].allSatisfy(\.isEmpty) { rows.remove(at: r); boxes.remove(at: r) }
            r -= 1
        }
    }

    /// Column ranges from phrases. First the well-supported columns (x covered by many lines);
    /// phrases crossing a gap between two of those span columns (titles, group headers) and
    /// are left out when every x any remaining phrase covers becomes part of a column.
    static func columns(_ phrases: [Phrase]) -> [(x0: Double, x1: Double)] {
        columns(phrases, line: phrases.map { $0.words[0].box.y0 })
    }

    /// The same, knowing which line each phrase is on (its index among `lines`).
    static func columns(_ lines: [PhraseLine]) -> [(x0: Double, x1: Double)] {
        let phrases = lines.flatMap(\.phrases)
        let line = lines.enumerated().flatMap { i, l in l.phrases.map { _ in Double(i) } }
        return columns(phrases, line: line)
    }

    /// `line[i]` tells which line phrase i is on.
    static func columns(_ phrases: [Phrase], line: [Double]) -> [(x0: Double, x1: Double)] {
        let all = phrases.map { ($0.x0, $0.x1) }
        // Strong columns count distinct word tops (a line set in mixed sizes counts more than
        // once), the measure the strong share was tuned on.
        let lineCount = Double(Set(phrases.map { $0.words[0].box.y0 }).count)
        let strong = covered(all, moreThan: Int(lineCount * SegmentTuning.strongColumnShare))
        let gaps = zip(strong, strong.dropFirst()).map { ($0.x1, $1.x0) }
        var keep = phrases.indices.filter { i in !gaps.contains { g in phrases[i].x0 < g.0 && phrases[i].x1 > g.1 } }
        // A group heading ("All items" over Number | Percent) on a line with fewer phrases than
        // most: when it joins columns that the fuller lines keep apart, it spans them.
        var perLine: [Double: Int] = [:]
        for i in keep { perLine[line[i], default: 0] += 1 }
        let counts = perLine.values.sorted()
        if !counts.isEmpty {
            let median = counts[counts.count / 2]
            let fine = covered(keep.filter { perLine[line[$0]]! >= median }.map { all[$0] }, moreThan: 0)
            keep.removeAll { i in
                perLine[line[i]]! < median && fine.filter { phrases[i].x0 < $0.x1 && phrases[i].x1 > $0.x0 }.count >= 2
            }
        }
        let cols = covered(keep.map { all[$0] }, moreThan: 0)
        // A range only one line has text in is a header sitting over a gap, not a column.
        return cols.filter { c in
            Set(keep.filter { phrases[$0].x0 < c.x1 && phrases[$0].x1 > c.x0 }.map { line[$0] }).count >= 2
        }
    }

    /// Maximal x ranges covered by more than `n` of the intervals.
    static func covered(_ intervals: [(Double, Double)], moreThan n: Int) -> [(x0: Double, x1: Double)] {
        var events: [(Double, Int)] = []
        for (a, b) in intervals where b > a { events.append((a, 1)); events.append((b, -1)) }
        events.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var out: [(x0: Double, x1: Double)] = []
        var count = 0
        var start: Double?
        for (x, d) in events {
            count += d
            if count > n && start == nil { start = x }
            if count <= n, let s = start {
                if let last = out.last, s - last.x1 < 0.5 { out[out.count - 1].x1 = x } else { out.append((s, x)) }
                start = nil
            }
        }
        return out
    }

    /// The x range a phrase stands for: a heading centred over a rule drawn under several
    /// columns (a straddle rule) covers the rule's width.
    /// A rule across the whole table is a row's edge: only a phrase centred on it (a title)
    /// straddles it; the last line of a wrapped cell just above it does not.
    static func straddled(_ p: Phrase, in line: PhraseLine, _ rules: [HRule],
                          table: (x0: Double, x1: Double)? = nil) -> (x0: Double, x1: Double) {
        let w = p.words[0]
        let bottom = p.words.map(\.box.y1).max()!
        let mid = (p.x0 + p.x1) / 2
        func acrossTable(_ r: HRule) -> Bool {
            guard let t = table else { return false }
            let width = t.x1 - t.x0
            return r.x0 <= t.x0 + width * 0.1 && r.x1 >= t.x1 - width * 0.1
        }
        for r in rules where r.y >= bottom - 1 && r.y - bottom <= w.box.height * 0.8
            && r.x0 <= mid && r.x1 >= mid && r.x1 - r.x0 > (p.x1 - p.x0) * 1.2
            && (!acrossTable(r) || abs(mid - (r.x0 + r.x1) / 2) <= (r.x1 - r.x0) * 0.1)
            && line.phrases.filter({ q in (q.x0 + q.x1) / 2 >= r.x0 && (q.x0 + q.x1) / 2 <= r.x1 }).count == 1 {
            return (r.x0, r.x1)
        }
        return (p.x0, p.x1)
    }

    /// The column a range belongs to: the leftmost it substantially overlaps (spanning text
    /// sits in its first column), else the one it overlaps most, else the nearest.
    static func column(of r: (x0: Double, x1: Double), _ cols: [(x0: Double, x1: Double)]) -> Int {
        let width = max(r.x1 - r.x0, 0.1)
        var bestOverlap = 0.0, best = -1
        for (i, c) in cols.enumerated() {
            let o = min(r.x1, c.x1) - max(r.x0, c.x0)
            if o >= width * 0.2 || (o > 0 && o >= (c.x1 - c.x0) * 0.5) { return i }
            if o > bestOverlap { bestOverlap = o; best = i }
        }
        if best >= 0 { return best }
        let x = (r.x0 + r.x1) / 2
        var bestD = Double.infinity
        for (i, c) in cols.enumerated() {
            let d = x < c.x0 ? c.x0 - x : (x > c.x1 ? x - c.x1 : 0)
            if d < bestD { best = i; bestD = d }
        }
        return max(best, 0)
    }

    static let bullets: Set<String> = ["•", "◦", "▪", "●", "■", "○", "►", "–", "-", "·"]

    /// Text that reads as a figure: "1,234", "-0.5", "12%", "$3.4M", "(12)", "n/a" excluded.
    static func isNumeric(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: .whitespaces)
        guard let first = t.unicodeScalars.first(where: { !"($£€-–+*".unicodeScalars.contains($0) }) else { return false }
        return first.properties.numericType != nil
    }
}
