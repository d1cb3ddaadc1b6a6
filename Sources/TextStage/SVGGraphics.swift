/// Reads the ruling lines and fills back from the SVG cairo wrote for a page. Only the subset
/// cairo emits is understood: `<path style=… d="M L C Z" transform="matrix(…)">` and `<rect>`
/// in the page body, inside `<g>` groups that may carry a transform and a `clip-path` whose
/// `<clipPath>` is defined in `<defs>` (a rectangle: paths are cut to it). Glyph symbols,
/// masks, patterns and images are skipped.
struct SVGGraphics {
    var lines: [RulingLine] = []
    var fills: [Fill] = []

    /// One open `<g>`: its transform (composed with its parents') and clip box.
    private struct Frame {
        var matrix: Matrix
        var clip: Box?
    }

    init(svg: [UInt8], pageWidth: Double, pageHeight: Double) {
        var scanner = Scanner(bytes: svg)
        var skipDepth = 0  // inside <symbol>, <mask>, <pattern>, <image>
        var defsDepth = 0  // inside <defs>: only clip paths are read there
        var clips: [[UInt8]: Box] = [:]
        var clipID: [UInt8]?  // inside <clipPath id=…>
        var clipBox: Box?
        var frames = [Frame(matrix: .identity, clip: nil)]
        while let tag = scanner.nextTag() {
            let name = tag.name
            if name == Names.clipPath {
                if tag.isClosing {
                    if let id = clipID, let b = clipBox { clips[id] = b }
                    clipID = nil
                    clipBox = nil
                } else if !tag.selfClosing {
                    clipID = tag.attribute("id")
                }
                continue
            }
            if name == Names.defs {
                if tag.isClosing { defsDepth = max(0, defsDepth - 1) } else if !tag.selfClosing { defsDepth += 1 }
                continue
            }
            if clipID != nil {
                // The clip region: the bounds of its paths and rectangles.
                guard !tag.isClosing, let sub = Self.shape(tag) else { continue }
                let m = tag.attribute("transform").flatMap(Matrix.init(svg:)) ?? .identity
                for sp in sub where !sp.isEmpty {
                    let b = Point.bounds(sp.map { m.apply($0) })
                    clipBox = clipBox.map { $0.union(b) } ?? b
                }
                continue
            }
            guard defsDepth == 0 else { continue }
            if Names.skipped.contains(name) {
                if tag.isClosing { skipDepth = max(0, skipDepth - 1) } else if !tag.selfClosing { skipDepth += 1 }
                continue
            }
            guard skipDepth == 0 else { continue }
            if name == Names.g {
                if tag.isClosing {
                    if frames.count > 1 { frames.removeLast() }
                } else if !tag.selfClosing {
                    var f = frames[frames.count - 1]
                    if let t = tag.attribute("transform"), let m = Matrix(svg: t) { f.matrix = f.matrix.then(m) }
                    if let ref = tag.attribute("clip-path"), let id = Self.urlID(ref), let b = clips[id] {
                        let box = f.matrix.apply(b)
                        f.clip = f.clip.map { $0.intersection(box) } ?? box
                    }
                    frames.append(f)
                }
                continue
            }
            guard !tag.isClosing, name == Names.path || name == Names.rect, let sub = Self.shape(tag) else { continue }
            let frame = frames[frames.count - 1]
            let style = Style(tag.attribute("style") ?? [])
            guard style.fill != nil || style.stroke != nil else { continue }
            let own = tag.attribute("transform").flatMap(Matrix.init(svg:)) ?? .identity
            let m = frame.matrix.then(own)
            let subpaths = sub.map { $0.map { m.apply($0) } }
            if let fill = style.fill {
                addFill(subpaths, fill, clip: frame.clip, pageWidth: pageWidth, pageHeight: pageHeight)
            }
            if let stroke = style.stroke, style.strokeWidth > 0 {
                addStroke(subpaths, stroke, width: style.strokeWidth * m.scale, clip: frame.clip)
            }
        }
    }

    private enum Names {
        static let g = Array("g".utf8)
        static let path = Array("path".utf8)
        static let rect = Array("rect".utf8)
        static let clipPath = Array("clipPath".utf8)
        static let defs = Array("defs".utf8)
        static let skipped: [[UInt8]] = ["symbol", "mask", "pattern", "image", "linearGradient", "radialGradient"].map { Array($0.utf8) }
    }

    /// The subpaths of a `<path d=…>` or `<rect x y width height>`, in its own coordinates.
    private static func shape(_ tag: Scanner.Tag) -> [[Point]]? {
        if tag.name == Names.path { return tag.attribute("d").map(PathData.parse) }
        guard tag.name == Names.rect,
              let x = tag.attribute("x").flatMap({ NumberReader.all($0).first }),
              let y = tag.attribute("y").flatMap({ NumberReader.all($0).first }),
              let w = tag.attribute("width").flatMap({ NumberReader.all($0).first }),
              let h = tag.attribute("height").flatMap({ NumberReader.all($0).first }) else { return nil }
        return [[Point(x: x, y: y), Point(x: x + w, y: y), Point(x: x + w, y: y + h), Point(x: x, y: y + h), Point(x: x, y: y)]]
    }

    /// `url(#clip3)` → `clip3`.
    private static func urlID(_ v: [UInt8]) -> [UInt8]? {
        guard let hash = v.firstIndex(of: UInt8(ascii: "#")), let close = v.lastIndex(of: UInt8(ascii: ")")), hash < close else { return nil }
        return Array(v[(hash + 1)..<close])
    }

    private mutating func addFill(_ subpaths: [[Point]], _ color: RGB, clip: Box?, pageWidth: Double, pageHeight: Double) {
        for sp in subpaths where sp.count >= 3 {
            var box = Point.bounds(sp)
            if let clip {
                box = box.intersection(clip)
                guard box.width > 0, box.height > 0 else { continue }
            }
            if box.width * box.height >= pageWidth * pageHeight * Thresholds.backgroundFraction { continue }
            let rect = Point.isAxisRectangle(sp)
            if rect && min(box.width, box.height) < Thresholds.thinFill {
                // A rule drawn as a thin filled rectangle.
                if box.width >= box.height {
                    lines.append(RulingLine(x0: box.x0, y0: box.midY, x1: box.x1, y1: box.midY, width: box.height, color: color))
                } else {
                    lines.append(RulingLine(x0: box.midX, y0: box.y0, x1: box.midX, y1: box.y1, width: box.width, color: color))
                }
                continue
            }
            fills.append(Fill(box: box, color: color, isRect: rect))
        }
    }

    private mutating func addStroke(_ subpaths: [[Point]], _ color: RGB, width: Double, clip: Box?) {
        for sp in subpaths {
            // Curves were flattened to their end points by PathData; straight segments are rules.
            for (a, b) in zip(sp, sp.dropFirst()) where a != b {
                var line = RulingLine(x0: a.x, y0: a.y, x1: b.x, y1: b.y, width: width, color: color)
                if let clip {
                    guard let cut = line.clipped(to: clip) else { continue }
                    line = cut
                }
                lines.append(line)
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
            let lo = Swift.max(Swift.min(x0, x1), box.x0), hi = Swift.min(Swift.max(x0, x1), box.x1)
            guard hi > lo else { return nil }
            (l.x0, l.x1) = x0 <= x1 ? (lo, hi) : (hi, lo)
            return l
        }
        if abs(x1 - x0) < eps {
            guard x0 >= box.x0 - eps, x0 <= box.x1 + eps else { return nil }
            let lo = Swift.max(Swift.min(y0, y1), box.y0), hi = Swift.min(Swift.max(y0, y1), box.y1)
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
            b.x0 = min(b.x0, p.x); b.x1 = max(b.x1, p.x)
            b.y0 = min(b.y0, p.y); b.y1 = max(b.y1, p.y)
        }
        return b
    }

    /// True when the closed polygon is an axis-aligned rectangle (4 corners, repeats allowed).
    static func isAxisRectangle(_ pts: [Point]) -> Bool {
        var corners: [Point] = []
        for p in pts where corners.last.map({ abs($0.x - p.x) > 0.01 || abs($0.y - p.y) > 0.01 }) ?? true {
            corners.append(p)
        }
        if corners.count == 5, let f = corners.first, let l = corners.last, abs(f.x - l.x) < 0.01, abs(f.y - l.y) < 0.01 {
            corners.removeLast()
        }
        guard corners.count == 4 else { return false }
        for i in 0..<4 {
            let a = corners[i], b = corners[(i + 1) % 4]
            if abs(a.x - b.x) > 0.01 && abs(a.y - b.y) > 0.01 { return false }
        }
        return true
    }
}

struct Matrix {
    var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0
    static let identity = Matrix()

    init() {}

    /// `matrix(a,b,c,d,e,f)`; other transform forms are not emitted by cairo.
    init?(svg: [UInt8]) {
        guard svg.starts(with: Array("matrix(".utf8)) else { return nil }
        let nums = NumberReader.all(svg[7...])
        guard nums.count == 6 else { return nil }
        (a, b, c, d, e, f) = (nums[0], nums[1], nums[2], nums[3], nums[4], nums[5])
    }

    func apply(_ p: Point) -> Point {
        Point(x: a * p.x + c * p.y + e, y: b * p.x + d * p.y + f)
    }

    /// `self` applied after `inner`: in SVG nesting, the parent's matrix times the child's.
    func then(_ inner: Matrix) -> Matrix {
        var m = Matrix()
        m.a = a * inner.a + c * inner.b
        m.b = b * inner.a + d * inner.b
        m.c = a * inner.c + c * inner.d
        m.d = b * inner.c + d * inner.d
        m.e = a * inner.e + c * inner.f + e
        m.f = b * inner.e + d * inner.f + f
        return m
    }

    /// The bounds of a transformed box.
    func apply(_ r: Box) -> Box {
        Point.bounds([Point(x: r.x0, y: r.y0), Point(x: r.x1, y: r.y0), Point(x: r.x1, y: r.y1), Point(x: r.x0, y: r.y1)].map(apply))
    }

    /// The factor a stroke width scales by (exact for uniform scale and rotation).
    var scale: Double { abs(a * d - b * c).squareRoot() }
}

/// The `d` attribute: absolute M, L, C, Z as cairo writes them. Curves keep only their end
/// point: enough for a shape's bounds, and curved strokes are no table rules.
enum PathData {
    static func parse(_ d: [UInt8]) -> [[Point]] {
        var subpaths: [[Point]] = []
        var cur: [Point] = []
        var i = d.startIndex
        var cmd: UInt8 = 0
        var start = Point(x: 0, y: 0)
        while i < d.endIndex {
            let ch = d[i]
            if ch == UInt8(ascii: "M") || ch == UInt8(ascii: "L") || ch == UInt8(ascii: "C") || ch == UInt8(ascii: "Z") {
                cmd = ch
                i += 1
                if ch == UInt8(ascii: "Z") {
                    if !cur.isEmpty { cur.append(start); subpaths.append(cur); cur = [] }
                }
                continue
            }
            if ch == UInt8(ascii: " ") || ch == UInt8(ascii: ",") || ch == UInt8(ascii: "\n") { i += 1; continue }
            let arity = cmd == UInt8(ascii: "C") ? 6 : 2
            var vals: [Double] = []
            vals.reserveCapacity(arity)
            while vals.count < arity, let (v, next) = NumberReader.read(d, from: i) {
                vals.append(v)
                i = next
                while i < d.endIndex && (d[i] == UInt8(ascii: " ") || d[i] == UInt8(ascii: ",")) { i += 1 }
            }
            guard vals.count == arity else { i += 1; continue }
            let p = Point(x: vals[arity - 2], y: vals[arity - 1])
            if cmd == UInt8(ascii: "M") {
                if cur.count > 1 { subpaths.append(cur) }
                cur = [p]
                start = p
                cmd = UInt8(ascii: "L")  // implicit lineto after moveto
            } else {
                cur.append(p)
            }
        }
        if cur.count > 1 { subpaths.append(cur) }
        return subpaths
    }
}

/// Fill and stroke as cairo writes them: `fill:rgb(80%,80%,80%);stroke:none;stroke-width:0.5`.
struct Style {
    var fill: RGB?
    var stroke: RGB?
    var strokeWidth = 1.0

    init(_ s: [UInt8]) {
        var fillOpacity = 1.0, strokeOpacity = 1.0
        for part in s.split(separator: UInt8(ascii: ";")) {
            guard let colon = part.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let key = String(decoding: part[part.startIndex..<colon], as: UTF8.self).trimmingSpaces
            let value = part[(colon + 1)...]
            switch key {
            case "fill": fill = Self.color(value)
            case "stroke": stroke = Self.color(value)
            case "stroke-width": strokeWidth = NumberReader.all(value).first ?? 1
            case "fill-opacity": fillOpacity = NumberReader.all(value).first ?? 1
            case "stroke-opacity": strokeOpacity = NumberReader.all(value).first ?? 1
            default: break
            }
        }
        // Invisible paint draws nothing a reader sees.
        if fillOpacity < 0.05 { fill = nil }
        if strokeOpacity < 0.05 { stroke = nil }
    }

    /// `rgb(80%,10.5%,0%)`, `rgb(204,26,0)` or `#rrggbb`; `none` and patterns are nil.
    static func color(_ v: ArraySlice<UInt8>) -> RGB? {
        let s = String(decoding: v, as: UTF8.self).trimmingSpaces
        if s.hasPrefix("#") { return RGB(hex: s) }
        guard s.hasPrefix("rgb(") else { return nil }
        let percent = s.contains("%")
        let nums = NumberReader.all(Array(s.utf8)[4...])
        guard nums.count == 3 else { return nil }
        func byte(_ x: Double) -> UInt8 { UInt8(max(0, min(255, (percent ? x * 2.55 : x).rounded()))) }
        return RGB(r: byte(nums[0]), g: byte(nums[1]), b: byte(nums[2]))
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

enum NumberReader {
    /// Reads a decimal number (sign, digits, point, exponent) starting at `i`.
    static func read<C: RandomAccessCollection>(_ s: C, from i: C.Index) -> (Double, C.Index)? where C.Element == UInt8 {
        var j = i
        var text: [UInt8] = []
        if j < s.endIndex, s[j] == UInt8(ascii: "-") || s[j] == UInt8(ascii: "+") { text.append(s[j]); j = s.index(after: j) }
        while j < s.endIndex {
            let c = s[j]
            let isExp = (c == UInt8(ascii: "e") || c == UInt8(ascii: "E"))
            if (c >= 48 && c <= 57) || c == UInt8(ascii: ".") || isExp
                || ((c == UInt8(ascii: "-") || c == UInt8(ascii: "+")) && (text.last == UInt8(ascii: "e") || text.last == UInt8(ascii: "E"))) {
                text.append(c)
                j = s.index(after: j)
            } else { break }
        }
        guard !text.isEmpty, let v = Double(String(decoding: text, as: UTF8.self)) else { return nil }
        return (v, j)
    }

    static func all<C: RandomAccessCollection>(_ s: C) -> [Double] where C.Element == UInt8 {
        var out: [Double] = []
        var i = s.startIndex
        while i < s.endIndex {
            if let (v, next) = read(s, from: i), next != i { out.append(v); i = next } else { i = s.index(after: i) }
        }
        return out
    }
}
