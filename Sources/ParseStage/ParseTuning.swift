/// Tunable thresholds of the parse stage, in one place.
enum ParseTuning {
    /// A header row needs at least this many cells naming a known column kind.
    static let minHeaderKeywords = 2
    /// Rows scanned from the top of a table when looking for its header.
    static let maxHeaderScanRows = 4
    /// A header cell naming a value column for a period ("Q2 2024/25 Target") is short.
    static let maxPeriodHeadLength = 40
    /// A label/value table (cover metadata, count boxes) has at most this many columns.
    static let maxLabelValueColumns = 4
    /// Blocks after a heading such as "Recommendations" that are read as its body.
    static let maxBodyBlocks = 12
    /// A caption (the text naming a summary table) is looked for this many blocks back.
    static let captionLookBack = 3
    /// Longest text accepted as a heading-style title or caption.
    static let maxCaptionLength = 160
    /// Spread between a colour's strongest and weakest channel below which it is a grey
    /// (header shading, borders) rather than a RAG colour.
    static let minChroma = 40
}

extension ParseTuning {
    /// Cover metadata written as lines is looked for on the first pages only ("Date:" appears
    /// again in sign-off blocks further on).
    static let maxCoverPage = 3
}

extension ParseTuning {
    /// Block numbers given to the cells of tables read as running text (above any real block).
    static let inlineBlockBase = 1_000_000_000
}

extension ParseTuning {
    /// A paper whose front sheet names this many of portfolio, portfolio holder and wards is a cover report.
    static let minCoverFields = 2
    /// Candidate texts for the report's period handed to the normalise stage.
    static let maxPeriodTexts = 24
}

extension ParseTuning {
    /// Two lines are level when their centres are closer than this share of the taller one's height.
    static let levelLineShare = 0.5
    /// Lines of one value column start within this many points of each other.
    static let columnAlignSlack = 6.0
}

extension ParseTuning {
    /// Rank of metadata read from a heading line ("… COMMITTEE - TUESDAY, 28 NOVEMBER 2023"):
    /// after any labelled value (labels rank by their position in `CoverField.labels`).
    static let headingLineRank = 50
    /// Added to the rank of a reporting officer who is an elected member ("Leader of the
    /// Council"): an officer named beside them in a "From:" block is the report's officer.
    static let memberAsOfficerPenalty = 100
}

extension ParseTuning {
    /// Text blocks read on each side of a KPI card's figure grid for its labelled lines.
    static let maxCardBlocks = 8
}

extension ParseTuning {
    /// A table is read as dashboard tiles only when it holds at least this many.
    static let minTiles = 2
}

extension ParseTuning {
    /// A dashboard tile's mark (RAG dot, arrow) lies at most this many of its own widths beside
    /// the tile's text.
    static let markReach = 2.0
}

extension ParseTuning {
    /// Text blocks read under a KPI card for a note about its figures ("one Quarter in arrears").
    static let noteLookAhead = 2
}

extension ParseTuning {
    /// An overview row names a card's indicator when this share of the shorter name's words are
    /// in the longer one, and the shared words are at least this share of the longer name.
    static let overviewNameShare = 0.85
    static let overviewNameCover = 0.6
    /// An overview at least this share of whose rows name indicators shown in full repeats them.
    static let overviewRepeatShare = 0.5
    /// A reworded overview row takes an unnamed indicator sharing at least this share of the
    /// shorter name's words, this much more than the next best.
    static let overviewLooseShare = 0.75
    static let overviewLooseMargin = 0.2
    /// A first column with no role word over it lists names when nearly all its cells have at
    /// least this many words.
    static let minImpliedNameWords = 3
}

extension ParseTuning {
    /// Longest text read as a summary count's label ("Not started (annual KPIs)").
    static let maxCountLabelLength = 60
    /// A count is written with at most this many digits (a number of items, never a sum of money).
    static let maxCountDigits = 5
    /// Most words a caption may have to name a summary's scope: longer is a sentence.
    static let maxScopeWords = 10
    /// Most rows of a table read as coloured count boxes (numbers on RAG fills, no words).
    static let maxBoxRows = 2
    /// Most words of a count box's label standing on a line of its own ("Not started").
    static let maxBoxLabelWords = 4
}

extension ParseTuning {
    /// Blocks looked back from an action table for the heading naming its theme.
    static let themeLookBack = 6
    /// A heading this short whose words name the action column ("Milestones") names the table, not a theme.
    static let maxTableKindHeadingWords = 4
    /// A status-headed action list in running text has at least this many status lines…
    static let minActionListItems = 3
    /// …each of at most this many words ("Partially Complete", "Action Outstanding")…
    static let maxStatusLineWords = 4
    /// …within this many blocks of the one before (a title, a paragraph, the next theme and a
    /// page break's header, footer and page number between them)…
    static let maxActionListGap = 8
    /// …under a block naming actions at most this many blocks above the first.
    static let actionListLookBack = 8
    /// A theme line above a status line ("CRR0045: Maintaining effective governance …") wraps
    /// onto at most this many lines.
    static let maxActionThemeLines = 2
    /// The last action of a list: its title and the paragraph below it.
    static let maxActionListBodyBlocks = 2
}

extension ParseTuning {
    /// Rank of a committee and date read from a running header ("Cabinet – 11 February 2025 –
    /// Agenda Item 8"): after every label and heading line of the paper itself.
    static let runningHeaderRank = 60
}

extension ParseTuning {
    /// A printed likelihood or impact key lists at least this many word–score pairs.
    static let minRiskKeyEntries = 3
    /// A risk register's lowest header row names its measures shortly ("L", "I", "Score").
    static let maxRiskMeasureHeaderLength = 20
}
