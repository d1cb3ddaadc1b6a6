import SegmentStage

/// One line of running text (not a table), with the block it belongs to.
struct DocLine {
    var text: String
    var page: Int
    var block: Int
    var kind: BlockKind
    var firstInBlock: Bool
}

/// The document's running text as lines, and where each table sits among the blocks.
struct DocumentView {
    let doc: SegmentedDocument
    let lines: [DocLine]
    /// Text blocks (and the cells of inlined tables) as whole texts, footnote markers dropped.
    let paragraphs: [(text: String, page: Int, table: Int?)]

    /// `inline`: tables that are not data tables (a one-column layout table around a cover
    /// page); their cells are read as running text in their place.
    init(_ doc: SegmentedDocument, inline: Set<Int>) {
        self.doc = doc
        var out: [DocLine] = []
        var paras: [(String, Int, Int?)] = []
        func add(_ texts: [String], page: Int, block: Int, kind: BlockKind, table: Int? = nil) {
            for (j, t) in texts.enumerated() where !t.collapsed.isEmpty {
                out.append(DocLine(text: t.collapsed, page: page, block: block, kind: kind, firstInBlock: j == 0))
            }
            if let p = texts.joined(separator: " ").collapsed.nonBlank { paras.append((p, page, table)) }
        }
        for (i, b) in doc.blocks.enumerated() {
            if DocumentView.isText(b.kind) {
                add(b.lines.isEmpty ? b.text.split(separator: "\n").map(String.init) : b.lines.map(DocumentView.lineText),
                    page: b.page, block: i, kind: b.kind)
            } else if b.kind == .table, let t = b.table, inline.contains(t), t < doc.tables.count {
                for (k, c) in doc.tables[t].cells.enumerated() {
                    add(c.lines.isEmpty ? [c.text] : c.lines, page: c.page, block: Tuning.inlineBlockBase + t * 10_000 + k,
                        kind: .paragraph, table: t)
                }
            }
        }
        lines = out
        paragraphs = paras
    }

    static func isText(_ k: BlockKind) -> Bool {
        k == .paragraph || k == .heading || k == .listItem
    }

    /// A line's text without footnote markers (raised, smaller runs): "38¹" reads as 38.
    static func lineText(_ l: TextLine) -> String {
        guard !l.words.isEmpty, l.words.contains(where: \.superscript) else { return l.text }
        return l.words.filter { !$0.superscript }.map(\.text).joined(separator: " ")
    }

    /// A block's text without footnote markers.
    static func blockText(_ b: Block) -> String {
        b.lines.isEmpty ? b.text.collapsed : b.lines.map(lineText).joined(separator: " ").collapsed
    }

    /// The text blocks just before table `t`, nearest first (headers, footers and page numbers skipped).
    func blocksBefore(table t: Int, limit: Int = Tuning.captionLookBack) -> [Block] {
        guard let at = doc.blocks.firstIndex(where: { $0.kind == .table && $0.table == t }) else { return [] }
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

    /// A short text just before a table that names it ("Caring for the Environment Actions: Quarter 3").
    func caption(table t: Int) -> Block? {
        blocksBefore(table: t, limit: 1).first.flatMap { b in
            b.text.collapsed.count <= Tuning.maxCaptionLength ? b : nil
        }
    }
}
