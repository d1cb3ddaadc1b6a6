extension RulingLine {
    /// Joins collinear horizontal and vertical segments that overlap or touch (within
    /// `tolerance` pt, across and along the line) into single rules: a table border drawn
    /// cell by cell becomes one line per row and column edge. Other lines pass through.
    /// The result is ordered: horizontals by y then x, verticals by x then y, then the rest
    /// in their input order. A merged rule keeps its widest width and the colour of its first
    /// piece.
    public static func merged(_ lines: [RulingLine], tolerance: Double = 1.0) -> [RulingLine] {
        var horizontal: [(pos: Double, lo: Double, hi: Double, line: RulingLine)] = []
        var vertical: [(pos: Double, lo: Double, hi: Double, line: RulingLine)] = []
        var other: [RulingLine] = []
        for l in lines {
            if l.isHorizontal {
                horizontal.append(((l.y0 + l.y1) / 2, min(l.x0, l.x1), max(l.x0, l.x1), l))
            } else if l.isVertical {
                vertical.append(((l.x0 + l.x1) / 2, min(l.y0, l.y1), max(l.y0, l.y1), l))
            } else {
                other.append(l)
            }
        }
        let h = join(horizontal, tolerance: tolerance).map { s in
            RulingLine(x0: s.lo, y0: s.pos, x1: s.hi, y1: s.pos, width: s.width, color: s.color)
        }
        let v = join(vertical, tolerance: tolerance).map { s in
            RulingLine(x0: s.pos, y0: s.lo, x1: s.pos, y1: s.hi, width: s.width, color: s.color)
        }
        return h + v + other
    }

    private static func join(
        _ segs: [(pos: Double, lo: Double, hi: Double, line: RulingLine)],
        tolerance: Double
    ) -> [(pos: Double, lo: Double, hi: Double, width: Double, color: RGB)] {
        // Group by position (a chain of positions each within tolerance of the previous one),
        // then sweep each group along the line.
        let sorted = segs.sorted { ($0.pos, $0.lo, $0.hi) < ($1.pos, $1.lo, $1.hi) }
        var out: [(pos: Double, lo: Double, hi: Double, width: Double, color: RGB)] = []
        var i = 0
        while i < sorted.count {
            var j = i + 1
            while j < sorted.count && sorted[j].pos - sorted[j - 1].pos <= tolerance { j += 1 }
            let group = sorted[i..<j].sorted { ($0.lo, $0.hi, $0.pos) < ($1.lo, $1.hi, $1.pos) }
            var cur: (pos: Double, lo: Double, hi: Double, width: Double, color: RGB, weight: Double)?
            var pieces: [(pos: Double, lo: Double, hi: Double, width: Double, color: RGB)] = []
            for s in group {
                let len = max(s.hi - s.lo, 0.001)
                if var c = cur, s.lo <= c.hi + tolerance {
                    // Position: length-weighted mean of the pieces.
                    c.pos = (c.pos * c.weight + s.pos * len) / (c.weight + len)
                    c.weight += len
                    c.hi = max(c.hi, s.hi)
                    c.width = max(c.width, s.line.width)
                    cur = c
                } else {
                    if let c = cur { pieces.append((c.pos, c.lo, c.hi, c.width, c.color)) }
                    cur = (s.pos, s.lo, s.hi, s.line.width, s.line.color, len)
                }
            }
            if let c = cur { pieces.append((c.pos, c.lo, c.hi, c.width, c.color)) }
            out += pieces
            i = j
        }
        return out.sorted { ($0.pos, $0.lo) < ($1.pos, $1.lo) }
    }
}
