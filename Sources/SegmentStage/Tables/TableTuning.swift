/// Tunable thresholds of table finding, in one place. Lengths are in points unless a name says
/// "em" (a multiple of the text's font size).
extension SegmentTuning {
    // Ruling lines
    /// Rules closer than this are the same rule (double borders, anti-aliasing offsets).
    static let ruleSnap = 2.0
    /// Collinear pieces with a gap up to this are one rule.
    static let ruleJoinGap = 3.0
    /// A rule shorter than this is a tick or a glyph part, not a border.
    static let minRuleLength = 4.0
    /// How far a rule may stop short of another and still meet it.
    static let intersectSlack = 3.0
    /// Grid lines closer than this are one (double borders; no text fits between).
    static let minCellSize = 5.0
    /// An empty column or row at most this wide is a sliver: inset shading beside a rule.
    static let maxSliver = 12.0
    /// Fraction of a grid edge a rule must cover for the edge to count as drawn.
    static let edgeCoverage = 0.5
    /// Filled rectangles smaller than this on both sides are icons, not cell shading.
    static let minShadeSide = 6.0

    // Whitespace tables
    /// A gap wider than this (em) between words ends a phrase (a cell candidate).
    static let phraseGapEm = 0.75
    /// Inside a ruled cell (no prose around to confuse) a narrower gap separates columns.
    static let cellPhraseGapEm = 0.75
    /// Lines further apart than this (em, baseline to baseline beyond one line) end a table.
    static let maxRowGapEm = 3.0
    /// Consecutive single-phrase lines allowed inside a whitespace table (wrapped cells).
    static let maxLooseLines = 3
    /// A single-phrase line wider than this fraction of the table is prose, not a cell.
    static let proseWidthFraction = 0.6
    /// A column is well supported when more than this share of the table's lines have text in it.
    static let strongColumnShare = 0.2
    /// A gap between columns this many times the median gap, and this many em wide, is a
    /// gutter between two tables side by side.
    static let gutterFactor = 3.0
    static let gutterEm = 3.0
    /// Beside a column of paragraph numbers, a line of this many words is running text.
    static let proseWordsPerCell = 6.0
    /// A line blocks a row split within this fraction of its box height from its centre (its
    /// box may overlap the next line's when the text is set solid).
    static let lineCoreFraction = 0.3

    // Count boxes (rows of separate shaded tiles)
    /// Tiles in one row have tops and bottoms within this of each other.
    static let tileAlignSlack = 2.0
    /// At least this many tiles make a row of count boxes.
    static let minTiles = 3
    /// The widest tile of a row is at most this many times the narrowest.
    static let tileWidthRatio = 1.5
    /// A tile holding more lines than this is a text box, not a count box.
    static let maxTileLines = 4
    /// Lines whose font sizes differ by at most this are one cell of a tile.
    static let tileSizeSlack = 0.5

    // Icon keys (a column of coloured icons beside their labels)
    /// An icon's sides lie between these (points) and differ by at most this factor.
    static let iconMinSide = 4.0
    static let iconMaxSide = 24.0
    /// A mark (a dot or arrow anywhere on the page) is at most this big: slides draw them large.
    static let markMaxSide = 48.0
    static let iconMaxAspect = 2.0
    /// A label starts at most this far (em) right of its icon.
    static let iconLabelReachEm = 3.0
    /// Consecutive rows of a key are at most this far apart (em, icon bottom to icon top).
    static let iconRowGapEm = 2.5
    /// Colours differing by more than this (sum over r, g, b) are different icons.
    static let iconColorDistance = 60

    // Stitching across pages
    /// Column edges of a table and its continuation may differ by this much.
    static let stitchColumnSlack = 4.0
    /// A continuation's first row "would have fitted" below the first piece only with this
    /// much room to spare (pt). Small: the room is measured to the lowest body text found on
    /// any page, never below the true margin.
    static let stitchRoomSlack = 1.0
    /// Running headers and footers live in this fraction of the page at top and bottom.
    static let runningMargin = 0.1

    /// A ruled grid of at most this many cells (or two columns), one holding at least this many lines of text,
    /// is page layout (boxed text columns), not a table.
    static let layoutMaxCells = 6
    static let layoutMinLines = 15
    /// A fill whose channels are all at least this is paper-white: it draws no edge or shading.
    static let paperLevel: UInt8 = 250
}
