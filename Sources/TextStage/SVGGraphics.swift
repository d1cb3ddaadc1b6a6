/// Reads the ruling lines and fills back from the SVG cairo wrote for a page. Only the subset
/// cairo emits is understood: `<path style=… d="M L C Z" transform="matrix(…)">` in the page
/// body; glyph symbols, clip paths, masks and patterns inside `<defs>` are skipped.
struct SVGGraphics {
    var lines: [RulingLine] = []
    var fills: [Fill] = []

    init(svg: [UInt8], pageWidth: Double, pageHeight: Double) {
        var scanner = Scanner(bytes: svg)
        var skipDepth = 0  // inside <defs>, <symbol>, <clipPath>, <mask>, <pattern>
        while let tag = scanner.nextTag() {
            let name = tag.name
            if Self.skipped.contains(name) {
                if tag.isClosing { skipDepth = max(0, skipDepth - 1) } else if !tag.selfClosing { skipDepth += 1 }
                continue
            }
            guard skipDepth == 0, !tag.isClosing, name == Array("path".utf8) else { continue }
            guard let d = tag.attribute("d") else { continue }
            let style = Style(tag.attribute("style") ?? [])
            let m = tag.attribute("transform").flatMap(Matrix.init(svg:)) ?? .identity
            let subpaths = PathData.parse(d).map { $0.map { m.apply($0) } }
            if let fill = style.fill {
                addFill(subpaths, fill, pageWidth: pageWidth, pageHeight: pageHeight)
            }
            if let stroke = style.stroke, style.strokeWidth > 0 {
                addStroke(subpaths, stroke, width: style.strokeWidth * m.scale)
            }
        }
    }

    private static let skipped: [[UInt8]] = ["defs", "symbol", "clipPath", "mask", "pattern"].map { Array($0.utf8) }

    private mutating func addFill(_ subpaths: [[Point]], _ color: RGB, pageWidth: Double, pageHeight: Double) {
        for sp in subpaths where sp.count >= 3 {
            let box = Point.bounds(sp)
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
            if color == .white { continue }  // white paper on white paper: no information
            fills.append(Fill(box: box, color: color, isRect: rect))
        }
    }

    private mutating func addStroke(_ subpaths: [[Point]], _ color: RGB, width: Double) {
        for sp in subpaths {
            // Curves were flattened to their end points by PathData; straight segments are rules.
            for (a, b) in zip(sp, sp.dropFirst()) where a != b {
                lines.append(RulingLine(x0: a.x, y0: a.y, x1: b.x, y1: b.y, width: width, color: color))
            }
        }
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
