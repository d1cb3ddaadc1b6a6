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
        var intervals = tabular.flatMap { $0.phrases.map { ($0.x0, $0.x1) } }
        intervals.sort { $0.0 < $1.0 }
        var cols: [(x0: Double, x1: Double)] = []
        for (a, b) in intervals {
            if let last = cols.last, a <= last.x1 {
                cols[cols.count - 1].x1 = max(last.x1, b)
            } else {
                cols.append((a, b))
            }
        }
        guard cols.count >= 2 else { return nil }
        var rows: [[[TWord]]] = []
        var rowBoxes: [Box] = []
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
