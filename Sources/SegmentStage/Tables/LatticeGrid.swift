import TextStage

/// A table grid: column and row boundaries, and the cells over its slots (a spanning cell
/// covers several slots where the rule between them is not drawn).
struct Grid: Hashable, Sendable {
    var xs: [Double]
    var ys: [Double]
    var cells: [GridCell]
    /// The rules the grid was built from.
    var h: [HRule] = []
    var v: [VRule] = []

    var box: Box { Box(x0: xs.first ?? 0, y0: ys.first ?? 0, x1: xs.last ?? 0, y1: ys.last ?? 0) }
    var rowCount: Int { ys.count - 1 }
    var columnCount: Int { xs.count - 1 }

    func box(of c: GridCell) -> Box {
        Box(x0: xs[c.col], y0: ys[c.row], x1: xs[c.col + c.colSpan], y1: ys[c.row + c.rowSpan])
    }

    /// The words of each cell: a word goes to the first cell (in `cells` order) whose box holds
    /// its centre. Only the cells over the one to four slots around a centre can hold it, so
    /// those are the ones tested, not every cell (a large ruled table has hundreds).
    func wordsByCell(_ words: [TWord]) -> [[TWord]] {
        var byCell = Array(repeating: [TWord](), count: cells.count)
        // The slots tile each cell's box only for edges in order and cells over at least one slot.
        let ascending = { (e: [Double]) in zip(e, e.dropFirst()).allSatisfy { $0 <= $1 } }
        guard ascending(xs), ascending(ys), cells.allSatisfy({ $0.rowSpan > 0 && $0.colSpan > 0 }) else {
            for w in words {
                if let i = cells.firstIndex(where: { box(of: $0).contains(x: w.box.midX, y: w.box.midY) }) {
                    byCell[i].append(w)
                }
            }
            return byCell
        }
        // The cells over each slot, in `cells` order.
        var owners = Array(repeating: [Int](), count: max(0, rowCount) * max(0, columnCount))
        for (i, c) in cells.enumerated() {
            for r in c.row..<(c.row + c.rowSpan) {
                for k in c.col..<(c.col + c.colSpan) { owners[r * columnCount + k].append(i) }
            }
        }
        for w in words {
            let x = w.box.midX
            let y = w.box.midY
            var first: Int?
            for r in Self.slots(holding: y, edges: ys) {
                for k in Self.slots(holding: x, edges: xs) {
                    if let i = owners[r * columnCount + k].first(where: { box(of: cells[$0]).contains(x: x, y: y) }),
                        first.map({ i < $0 }) ?? true
                    {
                        first = i
                    }
                }
            }
            if let first { byCell[first].append(w) }
        }
        return byCell
    }

    /// The slots `i` with `edges[i] <= v <= edges[i + 1]`, for edges in ascending order: one, or
    /// two when `v` is on an edge.
    private static func slots(holding v: Double, edges: [Double]) -> Range<Int> {
        guard edges.count >= 2 else { return 0..<0 }
        // The first slot whose right edge reaches v.
        var lo = 0
        var hi = edges.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if edges[mid + 1] >= v { hi = mid } else { lo = mid + 1 }
        }
        var end = lo
        while end < edges.count - 1 && edges[end] <= v && edges[end + 1] >= v { end += 1 }
        return lo..<end
    }
}

struct GridCell: Hashable, Sendable {
    var row: Int
    var col: Int
    var rowSpan: Int
    var colSpan: Int
}

/// Builds ruled (lattice) grids: rules that meet form a connected network; its distinct rule
/// positions are the grid lines; a slot edge with no rule drawn along it joins two slots.
enum LatticeGrid {
    static func grids(_ rulings: Rulings) -> [Grid] {
        let h = rulings.horizontal
        let v = rulings.vertical
        guard !h.isEmpty, !v.isEmpty else { return [] }
        var uf = UnionFind(h.count + v.count)
        let s = SegmentTuning.intersectSlack
        // Sweep would be O(n log n); rule counts per page are small enough for the pairwise test.
        for (i, a) in h.enumerated() {
            for (j, b) in v.enumerated()
            where b.x >= a.x0 - s && b.x <= a.x1 + s && a.y >= b.y0 - s && a.y <= b.y1 + s {
                uf.union(i, h.count + j)
            }
        }
        var comps: [Int: ([HRule], [VRule])] = [:]
        for (i, a) in h.enumerated() { comps[uf.find(i), default: ([], [])].0.append(a) }
        for (j, b) in v.enumerated() { comps[uf.find(h.count + j), default: ([], [])].1.append(b) }
        return comps.keys.sorted().compactMap { k in
            let (ch, cv) = comps[k]!
            return grid(ch, cv)
        }
    }

    /// One connected network of rules as a grid, or nil when it encloses no cell.
    static func grid(_ h: [HRule], _ v: [VRule]) -> Grid? {
        guard !h.isEmpty, !v.isEmpty else { return nil }
        let left = h.map(\.x0).min()!
        let right = h.map(\.x1).max()!
        let top = v.map(\.y0).min()!
        let bottom = v.map(\.y1).max()!
        let xs = cluster(
            v.map(\.x) + [left, right].filter { e in !v.contains { abs($0.x - e) <= SegmentTuning.ruleSnap * 2 } })
        let ys = cluster(
            h.map(\.y) + [top, bottom].filter { e in !h.contains { abs($0.y - e) <= SegmentTuning.ruleSnap * 2 } })
        guard xs.count >= 2, ys.count >= 2 else { return nil }
        let rows = ys.count - 1
        let cols = xs.count - 1
        var uf = UnionFind(rows * cols)
        for r in 0..<rows {
            for c in 0..<cols {
                if c + 1 < cols && !verticalDrawn(v, x: xs[c + 1], y0: ys[r], y1: ys[r + 1]) {
                    uf.union(r * cols + c, r * cols + c + 1)
                }
                if r + 1 < rows && !horizontalDrawn(h, y: ys[r + 1], x0: xs[c], x1: xs[c + 1]) {
                    uf.union(r * cols + c, (r + 1) * cols + c)
                }
            }
        }
        var bounds: [Int: (r0: Int, c0: Int, r1: Int, c1: Int)] = [:]
        for r in 0..<rows {
            for c in 0..<cols {
                let k = uf.find(r * cols + c)
                if let b = bounds[k] {
                    bounds[k] = (min(b.r0, r), min(b.c0, c), max(b.r1, r), max(b.c1, c))
                } else {
                    bounds[k] = (r, c, r, c)
                }
            }
        }
        let cells = bounds.values
            .map { GridCell(row: $0.r0, col: $0.c0, rowSpan: $0.r1 - $0.r0 + 1, colSpan: $0.c1 - $0.c0 + 1) }
            // A component that is no rectangle (an L of slots) has the same top-left slot as the
            // cell in its corner: the spans break the tie, not the dictionary's order.
            .sorted { ($0.row, $0.col, $0.rowSpan, $0.colSpan) < ($1.row, $1.col, $1.rowSpan, $1.colSpan) }
        return Grid(xs: xs, ys: ys, cells: cells, h: h, v: v)
    }

    static func verticalDrawn(_ v: [VRule], x: Double, y0: Double, y1: Double) -> Bool {
        var covered = 0.0
        for r in v where abs(r.x - x) <= SegmentTuning.minCellSize {
            covered += max(0, min(r.y1, y1) - max(r.y0, y0))
        }
        return covered >= (y1 - y0) * SegmentTuning.edgeCoverage
    }

    static func horizontalDrawn(_ h: [HRule], y: Double, x0: Double, x1: Double) -> Bool {
        verticalDrawn(h.map { VRule(x: $0.y, y0: $0.x0, y1: $0.x1) }, x: y, y0: x0, y1: x1)
    }

    /// Sorted distinct positions: values closer than the snap distance become their mean.
    static func cluster(_ values: [Double]) -> [Double] {
        var out: [[Double]] = []
        for x in values.sorted() {
            if let last = out.last?.last, x - last <= SegmentTuning.minCellSize {
                out[out.count - 1].append(x)
            } else {
                out.append([x])
            }
        }
        return out.map { $0.reduce(0, +) / Double($0.count) }
    }
}

struct UnionFind {
    private var parent: [Int]
    init(_ n: Int) { parent = Array(0..<n) }
    mutating func find(_ x: Int) -> Int {
        var r = x
        while parent[r] != r { r = parent[r] }
        var y = x
        while parent[y] != r {
            let n = parent[y]
            parent[y] = r
            y = n
        }
        return r
    }
    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a)
        let rb = find(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}
