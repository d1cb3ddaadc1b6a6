/// The text stage's output: per page, the words with their boxes and fonts, the images, and
/// the vector graphics tables are drawn with (ruling lines and filled areas).
/// Coordinates: PDF points, origin top-left of the (rotated) page, y downwards.

/// An axis-aligned box `[x0, y0, x1, y1]`, encoded as a 4-number array.
public struct Box: Codable, Hashable, Sendable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midX: Double { (x0 + x1) / 2 }
    public var midY: Double { (y0 + y1) / 2 }

    public func union(_ o: Box) -> Box {
        Box(x0: min(x0, o.x0), y0: min(y0, o.y0), x1: max(x1, o.x1), y1: max(y1, o.y1))
    }

    public func intersects(_ o: Box) -> Bool {
        x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1
    }

    public func contains(x: Double, y: Double) -> Bool {
        x >= x0 && x <= x1 && y >= y0 && y <= y1
    }

    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        x0 = try c.decode(Double.self)
        y0 = try c.decode(Double.self)
        x1 = try c.decode(Double.self)
        y1 = try c.decode(Double.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        for v in [x0, y0, x1, y1] { try c.encode(Geometry.round(v)) }
    }
}

public enum Geometry {
    /// Coordinates are rounded to 1/100 pt on output: finer digits are float noise and would
    /// make byte-identical output depend on the last bit of a poppler computation.
    public static func round(_ v: Double) -> Double { (v * 100).rounded() / 100 }
}

/// An sRGB colour, written as "#rrggbb".
public struct RGB: Codable, Hashable, Sendable, CustomStringConvertible {
    public var r: UInt8
    public var g: UInt8
    public var b: UInt8

    public init(r: UInt8, g: UInt8, b: UInt8) {
        self.r = r
        self.g = g
        self.b = b
    }

    public static let black = RGB(r: 0, g: 0, b: 0)
    public static let white = RGB(r: 255, g: 255, b: 255)

    public var description: String {
        // Seven ASCII bytes: a small string, no allocation (one is written per word).
        String(unsafeUninitializedCapacity: 7) { buf in
            func hex(_ v: UInt8) -> UInt8 { v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "a") + v - 10 }
            buf[0] = UInt8(ascii: "#")
            for (i, v) in [r, g, b].enumerated() {
                buf[1 + 2 * i] = hex(v >> 4)
                buf[2 + 2 * i] = hex(v & 0xF)
            }
            return 7
        }
    }

    public init?(hex: String) {
        var s = Substring(hex)
        if s.hasPrefix("#") { s = s.dropFirst() }
        guard s.count == 6, let v = UInt32(s, radix: 16) else { return nil }
        self.init(r: UInt8(v >> 16 & 0xFF), g: UInt8(v >> 8 & 0xFF), b: UInt8(v & 0xFF))
    }

    public init(from decoder: any Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let c = RGB(hex: s) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "bad colour \(s)"))
        }
        self = c
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

public struct FontStyle: Codable, Hashable, Sendable {
    public var name: String
    public var bold: Bool
    public var italic: Bool

    public init(name: String, bold: Bool, italic: Bool) {
        self.name = name
        self.bold = bold
        self.italic = italic
    }
}

/// Which way a word's characters run: 0 = left to right, 90 = top to bottom,
/// 270 = bottom to top, 180 = upside down.
public typealias TextDirection = Int

public struct Word: Codable, Hashable, Sendable {
    public var text: String
    public var box: Box
    /// Index into `TextDocument.fonts`.
    public var font: Int
    public var size: Double
    public var color: RGB
    public var direction: TextDirection
    /// True for a raised, smaller run split off its word (a footnote marker such as "38¹").
    public var superscript: Bool

    public init(
        text: String, box: Box, font: Int, size: Double, color: RGB,
        direction: TextDirection = 0, superscript: Bool = false
    ) {
        self.text = text
        self.box = box
        self.font = font
        self.size = size
        self.color = color
        self.direction = direction
        self.superscript = superscript
    }

    enum CodingKeys: String, CodingKey { case text, box, font, size, color, direction, superscript }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        box = try c.decode(Box.self, forKey: .box)
        font = try c.decode(Int.self, forKey: .font)
        size = try c.decode(Double.self, forKey: .size)
        color = try c.decode(RGB.self, forKey: .color)
        direction = try c.decodeIfPresent(Int.self, forKey: .direction) ?? 0
        superscript = try c.decodeIfPresent(Bool.self, forKey: .superscript) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(box, forKey: .box)
        try c.encode(font, forKey: .font)
        try c.encode(Geometry.round(size), forKey: .size)
        try c.encode(color, forKey: .color)
        if direction != 0 { try c.encode(direction, forKey: .direction) }
        if superscript { try c.encode(true, forKey: .superscript) }
    }
}

/// A stroked straight segment (a table rule). Thin filled rectangles are reported here too:
/// Word and LibreOffice often draw cell borders that way.
public struct RulingLine: Codable, Hashable, Sendable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double
    public var width: Double
    public var color: RGB

    public init(x0: Double, y0: Double, x1: Double, y1: Double, width: Double, color: RGB) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
        self.width = width
        self.color = color
    }

    public var isHorizontal: Bool { abs(y1 - y0) < 0.5 && abs(x1 - x0) >= 0.5 }
    public var isVertical: Bool { abs(x1 - x0) < 0.5 && abs(y1 - y0) >= 0.5 }
    public var length: Double { ((x1 - x0) * (x1 - x0) + (y1 - y0) * (y1 - y0)).squareRoot() }

    enum CodingKeys: String, CodingKey { case x0, y0, x1, y1, width, color }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Geometry.round(x0), forKey: .x0)
        try c.encode(Geometry.round(y0), forKey: .y0)
        try c.encode(Geometry.round(x1), forKey: .x1)
        try c.encode(Geometry.round(y1), forKey: .y1)
        try c.encode(Geometry.round(width), forKey: .width)
        try c.encode(color, forKey: .color)
    }
}

/// A filled area: cell shading, a coloured box, or a RAG shape drawn as vector art. White
/// fills are kept (a cell shaded white on purpose); only page-sized backgrounds are dropped.
public struct Fill: Codable, Hashable, Sendable {
    public var box: Box
    public var color: RGB
    /// True when the path is exactly an axis-aligned rectangle.
    public var isRect: Bool
    /// Which way the shape points when it is an arrow (a direction-of-travel mark).
    public var arrow: Arrow?

    public init(box: Box, color: RGB, isRect: Bool, arrow: Arrow? = nil) {
        self.box = box
        self.color = color
        self.isRect = isRect
        self.arrow = arrow
    }
}

/// Which way an arrow-shaped icon or path points, on the page as displayed.
public enum Arrow: String, Codable, Hashable, Sendable {
    case up, down, left, right
    case upDown = "up-down"
    case leftRight = "left-right"
}

/// A raster image placed on the page; `color` is its dominant non-white colour for small
/// images (RAG icons), nil for large ones or where it was not measured.
public struct PageImage: Codable, Hashable, Sendable {
    public var box: Box
    public var color: RGB?
    /// Which way a small image points when it is an arrow, read from its pixels.
    public var arrow: Arrow?

    public init(box: Box, color: RGB? = nil, arrow: Arrow? = nil) {
        self.box = box
        self.color = color
        self.arrow = arrow
    }
}

/// One page as displayed: width and height with the page's /Rotate already applied, and so
/// every coordinate on it.
public struct TextPage: Codable, Hashable, Sendable {
    /// 1-based page number.
    public var number: Int
    public var width: Double
    public var height: Double
    public var words: [Word]
    public var images: [PageImage]
    public var lines: [RulingLine]
    public var fills: [Fill]

    public init(
        number: Int, width: Double, height: Double, words: [Word],
        images: [PageImage] = [], lines: [RulingLine] = [], fills: [Fill] = []
    ) {
        self.number = number
        self.width = width
        self.height = height
        self.words = words
        self.images = images
        self.lines = lines
        self.fills = fills
    }
}

public struct DocumentMetadata: Codable, Hashable, Sendable {
    public var title: String?
    public var author: String?
    public var creator: String?
    public var producer: String?
    /// ISO 8601 in UTC.
    public var created: String?
    public var pageCount: Int

    public init(
        title: String? = nil, author: String? = nil, creator: String? = nil, producer: String? = nil,
        created: String? = nil, pageCount: Int
    ) {
        self.title = title
        self.author = author
        self.creator = creator
        self.producer = producer
        self.created = created
        self.pageCount = pageCount
    }
}

public struct TextDocument: Codable, Hashable, Sendable {
    public var fileName: String
    public var metadata: DocumentMetadata
    public var fonts: [FontStyle]
    public var pages: [TextPage]

    public init(fileName: String, metadata: DocumentMetadata, fonts: [FontStyle], pages: [TextPage]) {
        self.fileName = fileName
        self.metadata = metadata
        self.fonts = fonts
        self.pages = pages
    }
}
