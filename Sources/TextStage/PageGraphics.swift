import PopplerBridge

/// The ruling lines and fills of a page, from the paths poppler reported filling and
/// stroking. A thin filled rectangle is a rule; a fill covering (nearly) the whole page is a
/// background, not cell shading; paths are cut to the clip in force when they were painted.
struct PageGraphics {
    var lines: [RulingLine] = []
    var fills: [Fill] = []

    init(_ page: PageContent, pageWidth: Double, pageHeight: Double) {
        let points = page.points
        let subpaths = page.subpaths
        for path in page.paths {
            // Invisible paint draws nothing a reader sees.
            guard path.opacity >= TextTuning.invisibleOpacity else { continue }
            var shape: [[Point]] = []
            for s in subpaths[Int(path.first)..<Int(path.first + path.count)] where s.count > 1 {
                shape.append(points[Int(s.first)..<Int(s.first + s.count)].map { Point(x: $0.x, y: $0.y) })
            }
            guard !shape.isEmpty else { continue }
            let clip = Box(x0: path.clip_x0, y0: path.clip_y0, x1: path.clip_x1, y1: path.clip_y1)
            let color = RGB(r: path.r, g: path.g, b: path.b)
            if path.kind == PB_PATH_STROKE {
                addStroke(shape, color, width: path.width, clip: clip)
            } else {
                addFill(shape, color, clip: clip, pageWidth: pageWidth, pageHeight: pageHeight)
            }
        }
    }

    private mutating func addFill(_ subpaths: [[Point]], _ color: RGB, clip: Box, pageWidth: Double, pageHeight: Double)
    {
        for sp in subpaths where sp.count >= 3 {
            let box = Point.bounds(sp).intersection(clip)
            guard box.width > 0, box.height > 0 else { continue }
            if box.width * box.height >= pageWidth * pageHeight * TextTuning.backgroundFraction { continue }
            let rect = Point.isAxisRectangle(sp)
            // A dot (a tiny square where rules meet) runs neither way: no rule. Which way it
            // would run is decided by the last bits of its coordinates.
            if rect && max(box.width, box.height) < TextTuning.thinFill { continue }
            if rect && min(box.width, box.height) < TextTuning.thinFill {
                // A rule drawn as a thin filled rectangle.
                if box.width >= box.height {
                    lines.append(
                        RulingLine(x0: box.x0, y0: box.midY, x1: box.x1, y1: box.midY, width: box.height, color: color))
                } else {
                    lines.append(
                        RulingLine(x0: box.midX, y0: box.y0, x1: box.midX, y1: box.y1, width: box.width, color: color))
                }
                continue
            }
            fills.append(Fill(box: box, color: color, isRect: rect, arrow: rect ? nil : ArrowShape.arrow(polygon: sp)))
        }
    }

    private mutating func addStroke(_ subpaths: [[Point]], _ color: RGB, width: Double, clip: Box) {
        for sp in subpaths {
            // Curves come with their end points only (the bridge drops control points); straight
            // segments are rules.
            for (a, b) in zip(sp, sp.dropFirst()) where a != b {
                let line = RulingLine(x0: a.x, y0: a.y, x1: b.x, y1: b.y, width: width, color: color)
                if let cut = line.clipped(to: clip) { lines.append(cut) }
            }
        }
    }
}

extension Box {
    func intersection(_ o: Box) -> Box {
        Box(x0: Swift.max(x0, o.x0), y0: Swift.max(y0, o.y0), x1: Swift.min(x1, o.x1), y1: Swift.min(y1, o.y1))
    }
}

extension RulingLine {
    /// The part of an axis-parallel line inside `box` (nil when none); other lines are kept
    /// whole when their bounds meet the box.
    func clipped(to box: Box) -> RulingLine? {
        var l = self
        let eps = 0.01
        if abs(y1 - y0) < eps {
            guard y0 >= box.y0 - eps, y0 <= box.y1 + eps else { return nil }
            let lo = Swift.max(Swift.min(x0, x1), box.x0)
            let hi = Swift.min(Swift.max(x0, x1), box.x1)
            guard hi > lo else { return nil }
            (l.x0, l.x1) = x0 <= x1 ? (lo, hi) : (hi, lo)
            return l
        }
        if abs(x1 - x0) < eps {
            guard x0 >= box.x0 - eps, x0 <= box.x1 + eps else { return nil }
            let lo = Swift.max(Swift.min(y0, y1), box.y0)
            let hi = Swift.min(Swift.max(y0, y1), box.y1)
            guard hi > lo else { return nil }
            (l.y0, l.y1) = y0 <= y1 ? (lo, hi) : (hi, lo)
            return l
        }
        let b = Box(x0: Swift.min(x0, x1), y0: Swift.min(y0, y1), x1: Swift.max(x0, x1), y1: Swift.max(y0, y1))
        return b.x0 <= box.x1 && box.x0 <= b.x1 && b.y0 <= box.y1 && box.y0 <= b.y1 ? self : nil
    }
}

struct Point: Equatable {
    var x: Double
    var y: Double

    static func bounds(_ pts: [Point]) -> Box {
        var b = Box(x0: pts[0].x, y0: pts[0].y, x1: pts[0].x, y1: pts[0].y)
        for p in pts {
            b.x0 = min(b.x0, p.x)
            b.x1 = max(b.x1, p.x)
            b.y0 = min(b.y0, p.y)
            b.y1 = max(b.y1, p.y)
        }
        return b
    }

    /// True when the closed polygon is an axis-aligned rectangle (4 corners, repeats allowed).
    static func isAxisRectangle(_ pts: [Point]) -> Bool {
        var corners: [Point] = []
        for p in pts where corners.last.map({ abs($0.x - p.x) > 0.01 || abs($0.y - p.y) > 0.01 }) ?? true {
            corners.append(p)
        }
        if corners.count == 5, let f = corners.first, let l = corners.last, abs(f.x - l.x) < 0.01, abs(f.y - l.y) < 0.01
        {
            corners.removeLast()
        }
        guard corners.count == 4 else { return false }
        for i in 0..<4 {
            let a = corners[i]
            let b = corners[(i + 1) % 4]
            if abs(a.x - b.x) > 0.01 && abs(a.y - b.y) > 0.01 { return false }
        }
        return true
    }
}
