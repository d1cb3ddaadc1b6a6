/// Which way an icon points, read from its shape: the pixels of a raster icon or the vertices
/// of a filled path. An arrow is thin at its tip and has its widest part (the head) between
/// the tip and the shaft, so along its axis the width profile is low at the tip end and
/// higher at the shaft end; a double-headed arrow is low at both ends and in the middle.
/// Circles, squares and other marks point nowhere (nil).
enum ArrowShape {
    /// The shape's width across each of its rows (top to bottom) and height across each of its
    /// columns (left to right), in any unit.
    static func arrow(rows: [Double], columns: [Double]) -> Arrow? {
        switch (axis(rows), axis(columns)) {
        case (.toStart, .none): return .up
        case (.toEnd, .none): return .down
        case (.none, .toStart): return .left
        case (.none, .toEnd): return .right
        case (.both, .none): return .upDown
        case (.none, .both): return .leftRight
        default: return nil
        }
    }

    enum Axis { case none, toStart, toEnd, both }

    static func axis(_ profile: [Double]) -> Axis {
        guard profile.count >= TextTuning.arrowMinSamples, let top = profile.max(), top > 0 else { return .none }
        let q = profile.map { $0 / top }
        func mean(_ from: Double, _ to: Double) -> Double {
            let a = Int((Double(q.count) * from).rounded(.down))
            let b = max(a + 1, Int((Double(q.count) * to).rounded(.up)))
            let s = q[a..<min(b, q.count)]
            return s.reduce(0, +) / Double(s.count)
        }
        let band = TextTuning.arrowEndBand
        let start = mean(0, band)
        let end = mean(1 - band, 1)
        let middle = mean(0.4, 0.6)
        let low = TextTuning.arrowTipMax
        let ratio = TextTuning.arrowTipRatio
        let gap = TextTuning.arrowTipGap
        if start < low, end >= start * ratio, end - start >= gap { return .toStart }
        if end < low, start >= end * ratio, start - end >= gap { return .toEnd }
        if start < low, end < low, middle < TextTuning.arrowShaftMax { return .both }
        return .none
    }

    /// A raster icon (RGBA rows): its ink is every opaque pixel that is not near white.
    static func arrow(rgba: UnsafeBufferPointer<UInt8>, width: Int, height: Int) -> Arrow? {
        guard width > 0, height > 0, rgba.count >= width * height * 4 else { return nil }
        var rows = [Double](repeating: 0, count: height)
        var cols = [Double](repeating: 0, count: width)
        var (x0, y0, x1, y1) = (width, height, -1, -1)
        for y in 0..<height {
            for x in 0..<width {
                let i = (y * width + x) * 4
                guard rgba[i + 3] >= TextTuning.iconMinAlpha, min(rgba[i], rgba[i + 1], rgba[i + 2]) < TextTuning.inkMax
                else { continue }
                rows[y] += 1
                cols[x] += 1
                (x0, y0, x1, y1) = (min(x0, x), min(y0, y), max(x1, x), max(y1, y))
            }
        }
        guard x1 >= x0, y1 >= y0 else { return nil }
        return arrow(rows: Array(rows[y0...y1]), columns: Array(cols[x0...x1]))
    }

    /// A filled polygon (one closed subpath), sampled along both axes (even-odd coverage).
    static func arrow(polygon pts: [Point]) -> Arrow? {
        guard pts.count >= 3 else { return nil }
        let box = Point.bounds(pts)
        guard box.width > 0, box.height > 0 else { return nil }
        let n = TextTuning.arrowPolygonSamples
        func coverage(_ at: Double, vertical: Bool) -> Double {
            var crossings: [Double] = []
            for (k, a) in pts.enumerated() {
                let b = pts[(k + 1) % pts.count]
                let (ua, ub, va, vb) = vertical ? (a.y, b.y, a.x, b.x) : (a.x, b.x, a.y, b.y)
                // The edge crosses the scan line when its ends lie on either side of it.
                guard (va <= at) != (vb <= at) else { continue }
                crossings.append(ua + (at - va) / (vb - va) * (ub - ua))
            }
            crossings.sort()
            return stride(from: 0, to: crossings.count - 1, by: 2).reduce(0.0) {
                $0 + crossings[$1 + 1] - crossings[$1]
            }
        }
        let rows = (0..<n).map { coverage(box.y0 + (Double($0) + 0.5) / Double(n) * box.height, vertical: false) }
        let cols = (0..<n).map { coverage(box.x0 + (Double($0) + 0.5) / Double(n) * box.width, vertical: true) }
        return arrow(rows: rows, columns: cols)
    }
}
