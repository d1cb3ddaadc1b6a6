import TextStage

/// A horizontal rule at `y` from `x0` to `x1`.
public struct HRule: Hashable, Sendable {
    public var y: Double
    public var x0: Double
    public var x1: Double
    public init(y: Double, x0: Double, x1: Double) {
        self.y = y
        self.x0 = x0
        self.x1 = x1
    }
}

/// A vertical rule at `x` from `y0` to `y1`.
public struct VRule: Hashable, Sendable {
    public var x: Double
    public var y0: Double
    public var y1: Double
    public init(x: Double, y0: Double, y1: Double) {
        self.x = x
        self.y0 = y0
        self.y1 = y1
    }
}

/// The page's rules, merged: collinear pieces joined, near-duplicates (double borders) snapped.
public struct Rulings: Sendable {
    public var horizontal: [HRule]
    public var vertical: [VRule]

    public init(horizontal: [HRule], vertical: [VRule]) {
        self.horizontal = Rulings.mergeH(horizontal)
        self.vertical = Rulings.mergeV(vertical)
    }

    /// From the text stage's stroked segments, plus the edges of shaded rectangles (cells
    /// filled with colour and no border still have their outline as a grid).
    public init(lines: [RulingLine], fills: [Fill]) {
        var h: [HRule] = []
        var v: [VRule] = []
        for l in lines {
            if abs(l.y1 - l.y0) < 1 && abs(l.x1 - l.x0) >= SegmentTuning.minRuleLength {
                h.append(HRule(y: (l.y0 + l.y1) / 2, x0: min(l.x0, l.x1), x1: max(l.x0, l.x1)))
            } else if abs(l.x1 - l.x0) < 1 && abs(l.y1 - l.y0) >= SegmentTuning.minRuleLength {
                v.append(VRule(x: (l.x0 + l.x1) / 2, y0: min(l.y0, l.y1), y1: max(l.y0, l.y1)))
            }
        }
        for b in Self.visibleShading(fills) {
            h.append(HRule(y: b.y0, x0: b.x0, x1: b.x1))
            h.append(HRule(y: b.y1, x0: b.x0, x1: b.x1))
            v.append(VRule(x: b.x0, y0: b.y0, y1: b.y1))
            v.append(VRule(x: b.x1, y0: b.y0, y1: b.y1))
        }
        self.init(horizontal: h, vertical: v)
    }

    /// White (or near-white) paint on white paper: no edge a reader sees, no shading.
    static func isPaper(_ c: RGB) -> Bool {
        c.r >= SegmentTuning.paperLevel && c.g >= SegmentTuning.paperLevel && c.b >= SegmentTuning.paperLevel
    }

    /// Shaded rectangles as a reader sees them: a rectangle inside another of the same colour
    /// adds no edge, and same-coloured rectangles stacked edge to edge are one area.
    static func visibleShading(_ fills: [Fill]) -> [Box] {
        let t = 0.5
        var boxes = fills.filter {
            $0.isRect && !isPaper($0.color) && $0.box.width >= SegmentTuning.minShadeSide
                && $0.box.height >= SegmentTuning.minShadeSide
        }
        boxes.sort { ($0.box.y0, $0.box.x0, $0.box.x1, $0.box.y1) < ($1.box.y0, $1.box.x0, $1.box.x1, $1.box.y1) }
        var kept: [Fill] = []
        for f in boxes {
            let b = f.box
            if kept.contains(where: { k in
                k.color == f.color && k.box.x0 <= b.x0 + t && k.box.x1 >= b.x1 - t
                    && k.box.y0 <= b.y0 + t && k.box.y1 >= b.y1 - t
            }) {
                continue
            }
            // Stacked under a same-coloured rectangle of the same width: extend it.
            if let i = kept.lastIndex(where: { k in
                k.color == f.color && abs(k.box.x0 - b.x0) <= t
                    && abs(k.box.x1 - b.x1) <= t && abs(k.box.y1 - b.y0) <= t
            }) {
                kept[i].box.y1 = max(kept[i].box.y1, b.y1)
                continue
            }
            kept.append(f)
        }
        return kept.map(\.box)
    }

    /// Joins rules on (nearly) the same y whose extents overlap or nearly touch.
    static func mergeH(_ rules: [HRule]) -> [HRule] {
        let sorted = rules.sorted { ($0.y, $0.x0) < ($1.y, $1.x0) }
        // Group by y (snap), then join along x inside each group.
        var groups: [[HRule]] = []
        for r in sorted {
            if let last = groups.last?.last, r.y - last.y <= SegmentTuning.ruleSnap / 2 {
                groups[groups.count - 1].append(r)
            } else {
                groups.append([r])
            }
        }
        var out: [HRule] = []
        for g in groups {
            let y = g.map(\.y).reduce(0, +) / Double(g.count)
            var cur: HRule?
            for r in g.sorted(by: { $0.x0 < $1.x0 }) {
                if var c = cur, r.x0 <= c.x1 + SegmentTuning.ruleJoinGap {
                    c.x1 = max(c.x1, r.x1)
                    cur = c
                } else {
                    if let c = cur { out.append(c) }
                    cur = HRule(y: y, x0: r.x0, x1: r.x1)
                }
            }
            if let c = cur { out.append(c) }
        }
        return out
    }

    static func mergeV(_ rules: [VRule]) -> [VRule] {
        mergeH(rules.map { HRule(y: $0.x, x0: $0.y0, x1: $0.y1) }).map { VRule(x: $0.y, y0: $0.x0, y1: $0.x1) }
    }
}
