import TextStage

/// The segment stage's output: the document's structure (lines, blocks, headings, sections)
/// and its tables, reconstructed from geometry. Fields may be added, not renamed: the parse
/// stage and `councilkpi tables` read them.

/// One line of text: words on a shared baseline, in reading order.
public struct TextLine: Codable, Hashable, Sendable {
    public var text: String
    public var box: Box
    public var words: [Word]

    public init(text: String, box: Box, words: [Word]) {
        self.text = text
        self.box = box
        self.words = words
    }
}

public enum BlockKind: String, Codable, Sendable {
    case paragraph, heading
    case listItem = "list-item"
    case header, footer
    case pageNumber = "page-number"
    case table
}

/// A block of lines in reading order. Headings carry a level (1 = top) and their numbering
/// ("2.4"); every block names the section (heading text) it belongs to.
public struct Block: Codable, Hashable, Sendable {
    public var kind: BlockKind
    public var page: Int
    public var box: Box
    public var text: String
    public var lines: [TextLine]
    public var level: Int?
    public var numbering: String?
    public var section: String?
    /// Index into `SegmentedDocument.tables` for a `table` block.
    public var table: Int?

    public init(
        kind: BlockKind, page: Int, box: Box, text: String, lines: [TextLine], level: Int? = nil,
        numbering: String? = nil, section: String? = nil, table: Int? = nil
    ) {
        self.kind = kind
        self.page = page
        self.box = box
        self.text = text
        self.lines = lines
        self.level = level
        self.numbering = numbering
        self.section = section
        self.table = table
    }
}

/// One table cell, reported once with its span. `row`/`col` are its top-left slot.
public struct Cell: Codable, Hashable, Sendable {
    public var row: Int
    public var col: Int
    public var rowSpan: Int
    public var colSpan: Int
    public var text: String
    /// Text lines inside the cell, so a reader can see "Owner: …" on its own line.
    public var lines: [String]
    public var page: Int
    public var box: Box
    public var fill: RGB?
    public var images: [PageImage]
    /// Vector shapes inside the cell that are not its background (e.g. a RAG dot).
    public var shapes: [Fill]
    public var isHeader: Bool

    public init(
        row: Int, col: Int, rowSpan: Int = 1, colSpan: Int = 1, text: String, lines: [String],
        page: Int, box: Box, fill: RGB? = nil, images: [PageImage] = [], shapes: [Fill] = [],
        isHeader: Bool = false
    ) {
        self.row = row
        self.col = col
        self.rowSpan = rowSpan
        self.colSpan = colSpan
        self.text = text
        self.lines = lines
        self.page = page
        self.box = box
        self.fill = fill
        self.images = images
        self.shapes = shapes
        self.isHeader = isHeader
    }
}

public enum TableMethod: String, Codable, Sendable {
    case ruled, shaded
    case horizontalRules = "horizontal-rules"
    case whitespace
}

public struct Table: Codable, Hashable, Sendable {
    /// The page the table starts on; `pages` lists every page it spans after stitching.
    public var page: Int
    public var pages: [Int]
    public var bbox: Box
    public var rowCount: Int
    public var columnCount: Int
    public var headerRowCount: Int
    public var method: TableMethod
    public var cells: [Cell]
    /// The nearest heading above the table, if any.
    public var section: String?

    public init(
        page: Int, pages: [Int], bbox: Box, rowCount: Int, columnCount: Int, headerRowCount: Int,
        method: TableMethod, cells: [Cell], section: String? = nil
    ) {
        self.page = page
        self.pages = pages
        self.bbox = bbox
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.headerRowCount = headerRowCount
        self.method = method
        self.cells = cells
        self.section = section
    }

    /// The table as a rectangular grid of strings: a spanning cell's text in its top-left
    /// slot, "" in the other slots it covers (the convention of the table corpus).
    public var grid: [[String]] {
        var g = Array(repeating: Array(repeating: "", count: columnCount), count: rowCount)
        for c in cells where c.row < rowCount && c.col < columnCount {
            g[c.row][c.col] = c.text
        }
        return g
    }

    /// The cell covering a slot (spans included), if any.
    public func cell(row: Int, col: Int) -> Cell? {
        cells.first { row >= $0.row && row < $0.row + $0.rowSpan && col >= $0.col && col < $0.col + $0.colSpan }
    }
}

public struct SegmentedDocument: Codable, Hashable, Sendable {
    public var fileName: String
    public var metadata: DocumentMetadata
    /// Blocks of all pages in reading order; tables appear as `table` blocks.
    public var blocks: [Block]
    public var tables: [Table]
    /// Small marks drawn on the pages (RAG dots, arrows, status icons), wherever they are: a
    /// dashboard tile's dot sits beside its text, in no table cell.
    public var marks: [Mark]

    public init(fileName: String, metadata: DocumentMetadata, blocks: [Block], tables: [Table], marks: [Mark] = []) {
        self.fileName = fileName
        self.metadata = metadata
        self.blocks = blocks
        self.tables = tables
        self.marks = marks
    }
}

/// A small icon or shape on a page: its colour (nil for an image whose colour was not read)
/// and, for an arrow, where it points.
public struct Mark: Codable, Hashable, Sendable {
    public var page: Int
    public var box: Box
    public var color: RGB?
    public var arrow: Arrow?

    public init(page: Int, box: Box, color: RGB?, arrow: Arrow?) {
        self.page = page
        self.box = box
        self.color = color
        self.arrow = arrow
    }

    /// The marks of a page: icon-sized images and non-rectangular fills.
    static func marks(of page: TextPage) -> [Mark] {
        func isMarkSized(_ b: Box) -> Bool { IconKeys.isIconSized(b, maxSide: SegmentTuning.markMaxSide) }
        let images = page.images.filter { isMarkSized($0.box) && ($0.color != nil || $0.arrow != nil) }
            .map { Mark(page: page.number, box: $0.box, color: $0.color, arrow: $0.arrow) }
        let shapes = page.fills.filter { !$0.isRect && isMarkSized($0.box) }
            .map { Mark(page: page.number, box: $0.box, color: $0.color, arrow: $0.arrow) }
        return images + shapes
    }
}
