import TextStage

/// Reading order of a page by recursive XY-cut over line segments and table areas. Columns are
/// cut first, so a two-column page is read column by column even where the rows of both
/// columns line up; horizontal strips that share a gutter are kept together for that reason.
enum ReadingOrder {
    enum Item: Hashable {
        case line(TextLine)
        /// A table (index into the document's tables) placed where its area is on this page.
        case table(Int, Box)

        var box: Box {
            switch self {
            case .line(let l): l.box
            case .table(_, let b): b
            }
        }
    }

    /// The items in reading order; segments of one row that are not columns are joined into
    /// one line ("From:" and its value).
    static func order(_ items: [Item]) -> [Item] {
        cut(items, mayMerge: true).flatMap(joinRows)
    }

    private static func cut(_ items: [Item], mayMerge: Bool) -> [[Item]] {
        guard items.count > 1 else { return [items] }
        if let (left, right) = columnSplit(items) {
            return cut(left, mayMerge: true) + cut(right, mayMerge: true)
        }
        let strips = horizontalStrips(items)
        guard strips.count > 1 else { return [items] }
        let groups = mayMerge ? mergeColumnStrips(strips, extent: extent(items)) : strips.map { [$0] }
        if groups.count == 1 { return cut(items, mayMerge: false) }
        return groups.flatMap { cut($0.flatMap { $0 }, mayMerge: true) }
    }

    private static func extent(_ items: [Item]) -> (Double, Double) {
        (items.map(\.box.x0).min() ?? 0, items.map(\.box.x1).max() ?? 0)
    }

    /// x-intervals of `extent` that no item covers.
    private static func freeIntervals(_ items: [Item], extent: (Double, Double)) -> [(Double, Double)] {
        var free: [(Double, Double)] = []
        var reach = extent.0
        for b in items.map(\.box).sorted(by: { $0.x0 < $1.x0 }) {
            if b.x0 > reach { free.append((reach, b.x0)) }
            reach = max(reach, b.x1)
        }
        if extent.1 > reach { free.append((reach, extent.1)) }
        return free
    }

    /// The widest gutter that splits the items into two real columns of text.
    private static func columnSplit(_ items: [Item]) -> ([Item], [Item])? {
        let ext = extent(items)
        let width = ext.1 - ext.0
        var best: (gap: Double, left: [Item], right: [Item])?
        for (a, b) in freeIntervals(items, extent: ext) where b - a >= SegmentTuning.minGutter && a > ext.0 && b < ext.1
        {
            let (left, right) = items.partitioned { $0.box.x1 <= a }
            guard isColumn(left, of: width), isColumn(right, of: width) else { continue }
            if best == nil || b - a > best!.gap { best = (b - a, left, right) }
        }
        return best.map { ($0.left, $0.right) }
    }

    private static func isColumn(_ items: [Item], of width: Double) -> Bool {
        let e = extent(items)
        let lines = items.compactMap { (it: Item) -> TextLine? in if case .line(let l) = it { l } else { nil } }
        if lines.count < items.count { return e.1 - e.0 >= SegmentTuning.minColumnShare * width }
        guard e.1 - e.0 >= SegmentTuning.minColumnShare * width, lines.count >= SegmentTuning.minColumnLines else {
            return false
        }
        // A column of text runs several words a line; labels ("REPORTING OFFICER:") and their
        // short values beside them are a form, read row by row.
        let words = lines.reduce(0) { $0 + $1.words.filter { !$0.superscript }.count }
        let labels = lines.filter { $0.text.hasSuffix(":") }.count
        return Double(words) >= SegmentTuning.minColumnWordsPerLine * Double(lines.count) && labels * 2 < lines.count
    }

    /// Runs of items with no vertical gap between them, top to bottom.
    private static func horizontalStrips(_ items: [Item]) -> [[Item]] {
        var strips: [[Item]] = []
        var reach = -Double.infinity
        for it in items.sorted(by: { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }) {
            if it.box.y0 >= reach || strips.isEmpty {
                strips.append([it])
            } else {
                strips[strips.count - 1].append(it)
            }
            reach = max(reach, it.box.y1)
        }
        return strips
    }

    /// Consecutive strips that leave a common gutter free are one group: the rows of a
    /// two-column page, to be cut into columns.
    private static func mergeColumnStrips(_ strips: [[Item]], extent: (Double, Double)) -> [[[Item]]] {
        var groups: [[[Item]]] = []
        var shared: [(Double, Double)] = []
        var starts: [Double] = []
        for s in strips {
            // Margins count as free here: a strip holding only the right column's line leaves
            // the left column and the gutter free.
            let free = freeIntervals(s, extent: extent).filter { $0.1 - $0.0 >= SegmentTuning.minGutter }
            let common = intersect(shared, free)
            // A strip on one side of the gutter belongs to the columns only when it starts where
            // a column's lines start; a centred title between two column blocks does not.
            let twoSided = common.contains { g in s.contains { $0.box.x1 <= g.0 } && s.contains { $0.box.x0 >= g.1 } }
            let aligned = s.allSatisfy { it in starts.contains { abs($0 - it.box.x0) <= SegmentTuning.alignSlack } }
            if !groups.isEmpty, !common.isEmpty, twoSided || aligned {
                groups[groups.count - 1].append(s)
                shared = common
                starts += s.map(\.box.x0)
            } else {
                groups.append([s])
                shared = free
                starts = s.map(\.box.x0)
            }
        }
        return groups
    }

    private static func intersect(_ a: [(Double, Double)], _ b: [(Double, Double)]) -> [(Double, Double)] {
        var out: [(Double, Double)] = []
        for x in a {
            for y in b {
                let lo = max(x.0, y.0)
                let hi = min(x.1, y.1)
                if hi - lo >= SegmentTuning.minGutter / 2 { out.append((lo, hi)) }
            }
        }
        return out
    }

    /// A leaf: rows top to bottom, each row's segments joined left to right.
    private static func joinRows(_ items: [Item]) -> [Item] {
        var rows: [[Item]] = []
        for it in items.sorted(by: { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }) {
            if case .line(let l) = it, let lastRow = rows.last, case .line(let r) = lastRow[0],
                lastRow.allSatisfy({ if case .line = $0 { true } else { false } }),
                LineSegmenter.overlapShare(l.box.y0, l.box.y1, r.box.y0, r.box.y1) >= TextTuning.sameLineOverlap
            {
                rows[rows.count - 1].append(it)
            } else {
                rows.append([it])
            }
        }
        return rows.map { row in
            guard row.count > 1 else { return row[0] }
            let segs = row.compactMap { (it: Item) -> TextLine? in if case .line(let l) = it { l } else { nil } }
                .sorted { $0.box.x0 < $1.box.x0 }
            let words = segs.flatMap(\.words)
            return .line(
                TextLine(
                    text: segs.map(\.text).joined(separator: " "),
                    box: LineSegmenter.unionBox(segs.map(\.box)), words: words))
        }
    }
}
