import TextStage

/// Column arithmetic of whitespace tables: the x ranges columns cover and which column a
/// phrase belongs to.
extension StreamTables {
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
        var keep = phrases.indices.filter { i in !gaps.contains { g in all[i].0 < g.0 && all[i].1 > g.1 } }
        // A group heading ("All items" over Number | Percent) on a line with fewer phrases than
        // most: when it joins columns that the fuller lines keep apart, it spans them.
        var perLine: [Double: Int] = [:]
        for i in keep { perLine[line[i], default: 0] += 1 }
        let counts = perLine.values.sorted()
        if !counts.isEmpty {
            let median = counts[counts.count / 2]
            let fine = covered(keep.filter { perLine[line[$0]]! >= median }.map { all[$0] }, moreThan: 0)
            keep.removeAll { i in perLine[line[i]]! < median && overlapsTwo(all[i], fine) }
        }
        let cols = covered(keep.map { all[$0] }, moreThan: 0)
        // A range only one line has text in is a header sitting over a gap, not a column.
        return cols.filter { c in
            // Two lines among the phrases over it: stops at the second (NaN lines differ, as in a Set).
            var first: Double?
            for i in keep where all[i].0 < c.x1 && all[i].1 > c.x0 {
                guard let f = first else {
                    first = line[i]
                    continue
                }
                if line[i] != f { return true }
            }
            return false
        }
    }

    /// Whether the range overlaps at least two of `ranges`.
    private static func overlapsTwo(_ r: (Double, Double), _ ranges: [(x0: Double, x1: Double)]) -> Bool {
        var n = 0
        for c in ranges where r.0 < c.x1 && r.1 > c.x0 {
            n += 1
            if n >= 2 { return true }
        }
        return false
    }

    /// Maximal x ranges covered by more than `n` of the intervals.
    static func covered(_ intervals: [(Double, Double)], moreThan n: Int) -> [(x0: Double, x1: Double)] {
        var events: [(Double, Int)] = []
        for (a, b) in intervals where b > a {
            events.append((a, 1))
            events.append((b, -1))
        }
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
    static func straddled(
        _ p: Phrase, in line: PhraseLine, _ rules: [HRule],
        table: (x0: Double, x1: Double)? = nil
    ) -> (x0: Double, x1: Double) {
        let w = p.words[0]
        let bottom = p.words.map(\.box.y1).max()!
        let mid = (p.x0 + p.x1) / 2
        func acrossTable(_ r: HRule) -> Bool {
            guard let t = table else { return false }
            let width = t.x1 - t.x0
            return r.x0 <= t.x0 + width * 0.1 && r.x1 >= t.x1 - width * 0.1
        }
        for r in rules
        where r.y >= bottom - 1 && r.y - bottom <= w.box.height * 0.8
            && r.x0 <= mid && r.x1 >= mid && r.x1 - r.x0 > (p.x1 - p.x0) * 1.2
            && (!acrossTable(r) || abs(mid - (r.x0 + r.x1) / 2) <= (r.x1 - r.x0) * 0.1)
            && line.phrases.filter({ q in (q.x0 + q.x1) / 2 >= r.x0 && (q.x0 + q.x1) / 2 <= r.x1 }).count == 1
        {
            return (r.x0, r.x1)
        }
        return (p.x0, p.x1)
    }

    /// The column a range belongs to: the leftmost it substantially overlaps (spanning text
    /// sits in its first column), else the one it overlaps most, else the nearest.
    static func column(of r: (x0: Double, x1: Double), _ cols: [(x0: Double, x1: Double)]) -> Int {
        let width = max(r.x1 - r.x0, 0.1)
        var bestOverlap = 0.0
        var best = -1
        for (i, c) in cols.enumerated() {
            let o = min(r.x1, c.x1) - max(r.x0, c.x0)
            if o >= width * 0.2 || (o > 0 && o >= (c.x1 - c.x0) * 0.5) { return i }
            if o > bestOverlap {
                bestOverlap = o
                best = i
            }
        }
        if best >= 0 { return best }
        let x = (r.x0 + r.x1) / 2
        var bestD = Double.infinity
        for (i, c) in cols.enumerated() {
            let d = x < c.x0 ? c.x0 - x : (x > c.x1 ? x - c.x1 : 0)
            if d < bestD {
                best = i
                bestD = d
            }
        }
        return max(best, 0)
    }
}
