import Testing

@testable import TextStage

/// Which way an icon points, from a filled path's vertices and from an icon's pixels: block
/// arrows each way, a double-headed arrow, and marks that point nowhere (a dot, a square).
struct ArrowShapeTests {
    /// A block arrow pointing up in a 10 × 10 box: head 10 wide over a shaft 4 wide.
    static let up: [Point] = [(5, 0), (10, 5), (7, 5), (7, 10), (3, 10), (3, 5), (0, 5)].map { Point(x: $0.0, y: $0.1) }

    static func turned(_ pts: [Point], _ f: (Point) -> Point) -> [Point] { pts.map(f) }

    @Test func blockArrowsPointWhereTheirTipIs() {
        #expect(ArrowShape.arrow(polygon: Self.up) == .up)
        #expect(ArrowShape.arrow(polygon: Self.turned(Self.up) { Point(x: $0.x, y: 10 - $0.y) }) == .down)
        #expect(ArrowShape.arrow(polygon: Self.turned(Self.up) { Point(x: $0.y, y: $0.x) }) == .left)
        #expect(ArrowShape.arrow(polygon: Self.turned(Self.up) { Point(x: 10 - $0.y, y: $0.x) }) == .right)
    }

    @Test func doubleHeadedArrowPointsBothWays() {
        // Heads 8 tall at both ends of a shaft 2 tall, 20 long.
        let both: [Point] = [(0, 4), (5, 0), (5, 3), (15, 3), (15, 0), (20, 4), (15, 8), (15, 5), (5, 5), (5, 8)]
            .map { Point(x: $0.0, y: $0.1) }
        #expect(ArrowShape.arrow(polygon: both) == .leftRight)
    }

    @Test func dotsSquaresAndTrianglesOfStatusKeysAreNotSideways() {
        // An ellipse as the bridge gives it (curve ends only): a diamond.
        let diamond: [Point] = [(5, 0), (10, 5), (5, 10), (0, 5)].map { Point(x: $0.0, y: $0.1) }
        #expect(ArrowShape.arrow(polygon: diamond) == nil)
        let square: [Point] = [(0, 0), (10, 0), (10, 10), (0, 10)].map { Point(x: $0.0, y: $0.1) }
        #expect(ArrowShape.arrow(polygon: square) == nil)
    }

    /// An icon drawn into RGBA pixels: ink where `inside` holds, white elsewhere.
    static func pixels(_ w: Int, _ h: Int, _ inside: (Int, Int) -> Bool) -> [UInt8] {
        var out: [UInt8] = []
        for y in 0..<h { for x in 0..<w { out += inside(x, y) ? [40, 50, 70, 255] : [255, 255, 255, 255] } }
        return out
    }

    @Test func rasterArrowsAndDotsFromTheirPixels() {
        // Down: a shaft (rows 0-9, columns 6-9) over a head narrowing to a tip at the bottom.
        let down = Self.pixels(16, 20) { x, y in y < 10 ? (6...9).contains(x) : abs(x - 8) <= (19 - y) * 8 / 10 }
        let dot = Self.pixels(16, 16) { x, y in (x - 8) * (x - 8) + (y - 8) * (y - 8) <= 49 }
        down.withUnsafeBufferPointer { #expect(ArrowShape.arrow(rgba: $0, width: 16, height: 20) == .down) }
        dot.withUnsafeBufferPointer { #expect(ArrowShape.arrow(rgba: $0, width: 16, height: 16) == nil) }
    }
}
