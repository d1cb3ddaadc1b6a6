import SegmentStage
import TextStage

/// One line of running text (not a table), with the block it belongs to.
struct DocLine {
    var text: String
    var page: Int
    var block: Int
    var kind: BlockKind
    var firstInBlock: Bool
    /// Where the line is on its page, when known.
    var box: Box?
}

/// The document's running text as lines, and where each table sits among the blocks.
struct DocumentView {
    let doc: SegmentedDocument
    let lines: [DocLine]
    /// Text blocks (and the cells of inlined tables) as whole texts, footnote markers dropped.
    let paragraphs: [(text: String, page: Int, table: Int?)]
    /// The block each table stands at (its first), found once: looking it up per table was
    /// quadratic in a long paper.
    let tableBlocks: [Int: Int]

    /// `inline`: tables that are not data tables (a one-column layout table around a cover
    /// page); their cells are read as running text in their place.
    init(_ doc: SegmentedDocument, inline: Set<Int>) {
        self.doc = doc
        var out: [DocLine] = []
        var paras: [(String, Int, Int?)] = []
        func add(_ texts: [String], boxes: [Box?], page: Int, block: Int, kind: BlockKind, table: Int? = nil) {
            for (j, t) in texts.enumerated() {
                let text = t.collapsed
                if text.isEmpty { continue }
                out.append(
                    DocLine(
                        text: text, page: page, block: block, kind: kind, firstInBlock: j == 0,
                        box: j < boxes.count ? boxes[j] : nil))
            }
            if let p = texts.joined(separator: " ").collapsed.nonBlank { paras.append((p, page, table)) }
        }
        var tableBlocks: [Int: Int] = [:]
        for (i, b) in doc.blocks.enumerated() {
            if b.kind == .table, let t = b.table, tableBlocks[t] == nil { tableBlocks[t] = i }
            if DocumentView.isText(b.kind) {
                if b.lines.isEmpty {
                    add(b.text.split(separator: "\n").map(String.init), boxes: [], page: b.page, block: i, kind: b.kind)
                } else {
                    add(
                        b.lines.map(DocumentView.lineText), boxes: b.lines.map(\.box), page: b.page, block: i,
                        kind: b.kind)
                }
            } else if b.kind == .table, let t = b.table, inline.contains(t), t < doc.tables.count {
                for (r, row) in DocumentView.rowLines(doc.tables[t]).enumerated() {
                    add(
                        row.texts, boxes: [], page: row.page, block: ParseTuning.inlineBlockBase + t * 10_000 + r,
                        kind: .paragraph,
                        table: t)
                }
            }
        }
        lines = out
        paragraphs = paras
        self.tableBlocks = tableBlocks
    }

    /// A table read as running text, one block per row: the k-th line of the row joins the k-th
    /// lines of its cells, so "2.0 | RECOMMENDED:" reads "2.0 RECOMMENDED:" and a label cell
    /// beside a wrapped value reads as "Label value…" then the value's further lines.
    static func rowLines(_ table: Table) -> [(texts: [String], page: Int)] {
        var out: [(texts: [String], page: Int)] = []
        for r in 0..<table.rowCount {
            let cells = table.cells.filter { $0.row == r }.sorted { $0.col < $1.col }
            guard let first = cells.first else { continue }
            let lines = cells.map { $0.lines.isEmpty ? [$0.text] : $0.lines }
            let depth = lines.map(\.count).max() ?? 0
            let texts = (0..<depth).map { k in lines.compactMap { k < $0.count ? $0[k] : nil }.joined(separator: " ") }
            out.append((texts, first.page))
        }
        return out
    }

    static func isText(_ k: BlockKind) -> Bool {
        k == .paragraph || k == .heading || k == .listItem
    }

    /// A line's text without footnote markers (raised, smaller runs): "38¹" reads as 38.
    static func lineText(_ l: TextLine) -> String {
        guard !l.words.isEmpty, l.words.contains(where: \.superscript) else { return l.text }
        return l.words.filter { !$0.superscript }.map(\.text).joined(separator: " ")
    }

    /// The text blocks just after table `t` (a note under it), nearest first, up to the next table.
    func blocksAfter(table t: Int, limit: Int = ParseTuning.noteLookAhead) -> [Block] {
        guard let at = tableBlocks[t] else { return [] }
        var out: [Block] = []
        for b in doc.blocks[(at + 1)...] {
            if b.kind == .table || out.count >= limit { break }
            if DocumentView.isText(b.kind) { out.append(b) }
        }
        return out
    }

    /// The text blocks just before table `t`, nearest first (headers, footers and page numbers skipped).
    func blocksBefore(table t: Int, limit: Int = ParseTuning.captionLookBack) -> [Block] {
        guard let at = tableBlocks[t] else { return [] }
        var out: [Block] = []
        var i = at - 1
        while i >= 0, out.count < limit {
            let b = doc.blocks[i]
            if b.kind == .table { break }
            if DocumentView.isText(b.kind) { out.append(b) }
            i -= 1
        }
        return out
    }
}
