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

    static func tables(_ lines: [TLine]) -> [TextGrid] {
        let pl = phraseLines(lines, gapEm: TableTuning.phraseGapEm)
        return regions(pl).compactMap { grid(Array($0.map { pl[$0] })) }
    }

    /// Runs of lines that read as a table: tabular lines, with short single-phrase lines
    /// (wrapped cells, group labels) between them, and spanning headers just above.
    static func regions(_ pl: [PhraseLine]) -> [[Int]] {
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
                if cur.box.y0 - prev.box.y1 > TableTuning.maxRowGapEm * size { break }
                if cur.isTabular && overlapsX(cur.box, box) {
                    region += pending + [j]
                    pending = []
                    box = box.union(cur.box)
                } else if !cur.isTabular && pending.count < TableTuning.maxLooseLines && isCellLike(cur, in: box) {
                    pending.append(j)
                } else {
                    break
                }
                j += 1
            }
            // Spanning header lines just above (not starting in the stub column).
            var k = i - 1
            var above: [Int] = []
            while k >= 0 && above.count < 2 {
                let l = pl[k], below = pl[above.first ?? i]
                if below.box.y0 - l.box.y1 > TableTuning.maxRowGapEm * max(l.line.size, 1) { break }
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

    static func overlapsX(_ a: Box, _ b: Box) -> Bool { a.x0 < b.x1 && b.x0 < a.x1 }

    static func isCellLike(_ l: PhraseLine, in box: Box) -> Bool {
        let em = max(l.line.size, 1)
        return l.box.x0 >= box.x0 - em && l.box.x1 <= box.x1 + em
            && l.box.width <= box.width * TableTuning.proseWidthFraction
    }

    /// Columns from the tabular lines' phrases; every line's phrases placed in them.
    static func grid(_ lines: [PhraseLine]) -> TextGrid? {
        let tabular = lines.filter(\.isTabular)
        guard tabular.count >= 2 else { return nil }
        let cols = columns(tabular.flatMap(\.phrases))
        guard cols.count >= 2 else { return nil }
        var rows: [[[TWord]]] = []
        var rowBoxes: [Box] = []
        var lines = lines
        // Titles above and notes below: lines holding a phrase as wide as most of the table.
        let width = (cols.last!.x1 - cols.first!.x0)
        func isProse(_ l: PhraseLine) -> Bool {
            l.phrases.contains { $0.x1 - $0.x0 >= width * TableTuning.proseWidthFraction }
        }
        while let f = lines.first, isProse(f) { lines.removeFirst() }
        while let l = lines.last, isProse(l) { lines.removeLast() }
        guard lines.count >= 2 else { return nil }
        var box = lines[0].box
        for l in lines {
            var row = Array(repeating: [TWord](), count: cols.count)
            for p in l.phrases {
                let c = column(of: p.words[0].box.midX, cols)
                row[c] += p.words
            }
            rows.append(row)
            rowBoxes.append(l.box)
            box = box.union(l.box)
        }
        return TextGrid(columns: cols, rows: rows, rowBoxes: rowBoxes, box: box)
    }

    /// Column ranges from phrases. First the well-supported columns (x covered by many lines);
    /// phrases crossing a gap between two of those span columns (titles, group headers) and
    /// are left out when every x any remaining phrase covers becomes part of a column.
    static func columns(_ phrases: [Phrase]) -> [(x0: Double, x1: Double)] {
        let all = phrases.map { ($0.x0, $0.x1) }
        let lineCount = Double(Set(phrases.map { $0.words[0].box.y0 }).count)
        let strong = covered(all, moreThan: Int(lineCount * TableTuning.strongColumnShare))
        let gaps = zip(strong, strong.dropFirst()).map { ($0.x1, $1.x0) }
        let narrow = all.filter { p in !gaps.contains { g in p.0 < g.0 && p.1 > g.1 } }
        return covered(narrow, moreThan: 0)
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

    /// The column holding x, or the nearest one.
    static func column(of x: Double, _ cols: [(x0: Double, x1: Double)]) -> Int {
        var best = 0, bestD = Double.infinity
        for (i, c) in cols.enumerated() {
            let d = x < c.x0 ? c.x0 - x : (x > c.x1 ? x - c.x1 : 0)
            if d < bestD { best = i; bestD = d }
        }
        return best
    }
}
