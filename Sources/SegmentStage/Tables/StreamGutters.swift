import TextStage

/// Whitespace tables set side by side: where one ends and the next begins.
extension StreamTables {
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
            gaps[i] > SegmentTuning.gutterFactor * max(median, 1), gaps[i] > SegmentTuning.gutterEm * em
        {
            x = (cols[i].x1 + cols[i + 1].x0) / 2
        } else if let r = ruledGutter(lines, rules: rules),
            cols.filter({ $0.x1 <= r }).count >= 2, cols.filter({ $0.x0 >= r }).count >= 2
        {
            x = r
        } else {
            return [lines]
        }
        func side(_ keep: (Phrase) -> Bool) -> [PhraseLine] {
            lines.compactMap { l in
                let ps = l.phrases.filter(keep)
                return ps.isEmpty
                    ? nil
                    : PhraseLine(
                        line: TLine(
                            words: ps.flatMap(\.words),
                            box: ps.map { p in
                                p.words.map(\.box).reduce(p.words[0].box) { $0.union($1) }
                            }.reduce(ps[0].words[0].box) { $0.union($1) },
                            size: l.line.size), phrases: ps)
            }
        }
        let left = side { $0.x1 <= x }
        let right = side { $0.x0 >= x }
        guard left.count + right.count > 0, lines.allSatisfy({ $0.phrases.allSatisfy { $0.x1 <= x || $0.x0 >= x } })
        else { return [lines] }
        return sideBySide(left, rules: rules) + sideBySide(right, rules: rules)
    }

    /// The x of a gutter between two ruled tables: at least two rules on each side of a gap
    /// (over the lines' height) that no rule crosses.
    static func ruledGutter(_ lines: [PhraseLine], rules: [HRule]) -> Double? {
        guard let top = lines.map(\.line.box.y0).min(), let bottom = lines.map(\.line.box.y1).max(),
            let em = lines.map(\.line.size).max()
        else { return nil }
        let near = rules.filter { $0.y >= top - 2 * em && $0.y <= bottom + 2 * em }.sorted { $0.x0 < $1.x0 }
        guard near.count >= 4 else { return nil }
        var reach = near[0].x1
        for k in 1..<near.count {
            if k >= 2, near.count - k >= 2, near[k].x0 - reach >= em { return (reach + near[k].x0) / 2 }
            reach = max(reach, near[k].x1)
        }
        return nil
    }
}
