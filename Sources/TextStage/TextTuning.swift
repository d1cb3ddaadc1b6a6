/// Tunable limits and thresholds of the text stage, in one place.
public struct TextOptions: Sendable {
    /// Read ruling lines, fills and images; without them the stage reads words and fonts only.
    public var graphics: Bool = true
    /// Measure the dominant colour of small images (RAG icons); only with `graphics`.
    public var imageColours: Bool = true
    /// 1-based pages to read; nil = all.
    public var pages: Set<Int>? = nil
    /// Files above this size are refused rather than risk exhausting memory.
    public var maxBytes: Int = 512 * 1024 * 1024
    public var maxPages: Int = 5000

    public init(
        graphics: Bool = true, imageColours: Bool = true, pages: Set<Int>? = nil,
        maxBytes: Int = 512 * 1024 * 1024, maxPages: Int = 5000
    ) {
        self.graphics = graphics
        self.imageColours = imageColours
        self.pages = pages
        self.maxBytes = maxBytes
        self.maxPages = maxPages
    }
}

public enum TextTuning {
    /// A filled rectangle thinner than this (pt) is a rule drawn as a fill (Excel exports its
    /// borders as 2 pt rectangles).
    static let thinFill = 3.0
    /// Images up to this size (pt, both sides) get their colour measured: icons, not photos.
    static let iconMaxSide = 48.0
    /// Paint more transparent than this is invisible: no rule, no fill.
    static let invisibleOpacity = 0.05
    /// A pixel more transparent than this is not part of an icon's colour.
    static let iconMinAlpha: UInt8 = 128
    /// A pixel whose (max − min) / max channel exceeds this is coloured, not grey.
    static let iconSaturation = 0.3
    /// A run of characters at most this fraction of the word's size, raised above its
    /// baseline, is a superscript (footnote marker).
    static let superscriptSizeRatio = 0.85
    static let superscriptRaise = 0.15
    /// Two glyphs further apart than this fraction of the font size are two words (the gap at
    /// which pdftotext's raw mode puts a space between them).
    static let wordGap = 0.15
    /// Two glyphs are on one line when their boxes overlap across the reading direction by
    /// at least this fraction of the smaller one.
    public static let sameLineOverlap = 0.5
    /// A glyph box at least this wide for its height may be a rotated glyph (its width is the
    /// line height); upright glyphs are narrower, even a "W".
    static let rotatedGlyphAspect = 0.8
    /// A lone glyph belongs to a rotated line when the glyph before it is within this many
    /// em along the column.
    static let loneGlyphReach = 3.0
    /// A lone glyph this much wider than tall is rotated (upright glyphs are taller than wide).
    static let loneRotatedAspect = 1.2
    /// Fills covering more than this fraction of the page are backgrounds, not table shading.
    static let backgroundFraction = 0.9
    /// Arrow shapes (`ArrowShape`): the share of the length read at each end, the most an end
    /// may hold (of the widest part) to be a tip, how much wider the shaft end must be, and the
    /// most the middle of a double-headed arrow holds.
    static let arrowEndBand = 0.06
    static let arrowTipMax = 0.25
    static let arrowTipRatio = 2.0
    static let arrowTipGap = 0.08
    static let arrowShaftMax = 0.6
    /// Fewer samples than this along an axis (a tiny image) tell no direction.
    static let arrowMinSamples = 6
    /// Scan lines across a filled path along each axis.
    static let arrowPolygonSamples = 32
    /// A pixel at least this light on every channel is paper, not ink.
    static let inkMax: UInt8 = 235
}
