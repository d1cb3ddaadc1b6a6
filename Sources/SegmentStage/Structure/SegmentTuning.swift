/// Tunable thresholds of the segment stage (table finding's are in Tables/TableTuning.swift;
/// the same-line overlap is the text stage's, TextTuning). Distances are in units of the
/// font size (em) unless named otherwise, so they hold for any type size.
enum SegmentTuning {
    // Lines
    /// A horizontal gap wider than this (em) ends a line segment: justified word spacing stays
    /// well under it, a column gutter or a tab stop is wider.
    static let segmentGap = 1.0
    /// Words closer than this (em) are joined without a space (a superscript on its word).
    static let joinWithoutSpace = 0.12
    /// Words may overlap their left neighbour by up to this much (em) and still follow it.
    static let wordOverlapSlack = 0.5

    // Reading order (XY-cut)
    /// A vertical gutter must be at least this wide (pt) to split a region into columns.
    static let minGutter = 6.0
    /// Each side of a column split must span at least this share of the region's width:
    /// a narrow column of labels ("From:", "To:") beside its values is not a column of text.
    static let minColumnShare = 0.25
    /// ... and hold at least this many line segments.
    static let minColumnLines = 3
    /// ... and average at least this many words a line (a column of text, not of labels).
    static let minColumnWordsPerLine = 3.0
    /// Lines start at the same column edge when their left ends differ by at most this (pt).
    static let alignSlack = 3.0

    // Blocks
    /// A vertical gap between lines wider than this share of the line height starts a paragraph.
    static let paragraphGap = 0.5
    /// A change of font size by more than this (pt) starts a new block.
    static let fontSizeChange = 0.8
    /// A line indented by more than this (em) past the line above starts a paragraph.
    static let indentStep = 0.8
    /// A line that ends before this share of its block's width is a paragraph's last line.
    static let shortLineShare = 0.8

    // Headings
    /// Text at least this much larger (pt) than the body size reads as a heading.
    static let headingSizeDelta = 1.0
    /// A bold block is a heading only when it is short: at most this many lines and characters.
    static let headingMaxLines = 3
    static let headingMaxChars = 160
    /// A plain (not emphasised) line is a heading only by numbering and when this short.
    static let plainHeadingMaxChars = 70
    /// A label before a colon has at most this many words ("Decision Number:").
    static let labelMaxWords = 2
    /// Heading levels by size rank stop here.
    static let maxLevel = 4

    // Running headers, footers and page numbers
    /// The top and bottom bands of the page (share of the height) where running text lives.
    static let runningBand = 0.12
    /// Two occurrences are at the same place when their tops differ by at most this (pt).
    static let runningYTolerance = 4.0
    /// A text must recur on this many pages to be running text (fewer for short documents).
    static let runningMinPages = 3
    /// Running text shares its row with at most this many segments ("Title … Page 3" is two);
    /// a row of more is a table row.
    static let runningMaxRowSegments = 3
    /// A shaded band with more text segments than this is a table's header row.
    static let runningMaxBandSegments = 2
}
