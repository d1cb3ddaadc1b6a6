import TextStage

/// Which runs of lines read as a whitespace table.
extension StreamTables {
    /// Runs of lines that read as a table: tabular lines, with short single-phrase lines
    /// (wrapped cells, group labels) between them, and spanning headers just above. Short lines
    /// after the last tabular one belong to it when one of the table's own rules closes them
    /// (the rest of a wrapped cell in a ruled table).
    static func regions(_ pl: [PhraseLine], rules: [HRule] = []) -> [[Int]] {
        var out: [[Int]] = []
        var i = 0
        while i < pl.count {
            guard pl[i].isTabular else {
                i += 1
                continue
            }
            var region = [i]
            var pending: [Int] = []
            var box = pl[i].box
            var j = i + 1
            while j < pl.count {
                let prev = pl[j - 1]
                let cur = pl[j]
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
                pl[next].box.y0 - pl[next - 1].box.y1 <= SegmentTuning.maxRowGapEm * max(pl[next].line.size, 1)
            {
                tail.append(next)
                next += 1
            }
            if let n = (0..<tail.count).reversed().first(where: {
                closes(tail[...$0].map { pl[$0] }, region: region.map { pl[$0] }, rules: rules)
            }) {
                region += tail[...n]
                box = tail[...n].reduce(box) { $0.union(pl[$1].box) }
                j = max(j, tail[n] + 1)
                pending = Array(pending.filter { $0 > tail[n] })
            }
            // Spanning header lines just above (not starting in the stub column).
            var k = i - 1
            var above: [Int] = []
            while k >= 0 && above.count < 2 {
                let l = pl[k]
                let below = pl[above.first ?? i]
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
        let x0 = trailing.map(\.box.x0).min()!
        let x1 = trailing.map(\.box.x1).max()!
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
}
