import TextStage

/// The segment stage: a pure function from the text stage's output to the document structure —
/// lines, blocks in reading order, headings and sections, running text, and tables.
public enum Segmenter {
    public static func segment(_ doc: TextDocument) -> SegmentedDocument {
        segment(doc) { TableFinder.tables(in: $0) }
    }

    /// The tables the segment stage finds: in the document without its running text, numbered
    /// prose left out. One path for `segment` and for printing tables alone.
    public static func tables(_ doc: TextDocument) -> [Table] {
        tables(inBody: removingRunningText(doc)) { TableFinder.tables(in: $0) }
    }

    static func tables(inBody body: TextDocument, findTables: (TextDocument) -> [Table]) -> [Table] {
        findTables(body).filter { !NumberedProse.isSectionNumbered($0) }
    }

    /// `findTables` sees the document without its running text.
    static func segment(_ doc: TextDocument, findTables: (TextDocument) -> [Table]) -> SegmentedDocument {
        let segments = doc.pages.map { LineSegmenter.segments($0.words, page: $0) }
        let running = RunningText.find(pages: doc.pages, segments: segments)
        let body = removing(running, from: doc)
        var tables = tables(inBody: body, findTables: findTables)
        let builder = BlockBuilder(fonts: doc.fonts)

        // Per page: the body in reading order, as pieces of lines and tables.
        var pagePieces: [[BlockBuilder.Piece]] = []
        for page in body.pages {
            let areas = tableAreas(tables, page: page.number)
            let words = page.words.filter { w in !areas.contains { $0.box.contains(x: w.box.midX, y: w.box.midY) } }
            var items = LineSegmenter.segments(words, page: page).map(ReadingOrder.Item.line)
            items += areas.filter(\.starts).map { .table($0.index, $0.box) }
            pagePieces.append(builder.pieces(ReadingOrder.order(items)))
        }

        let bodyLines = pagePieces.flatMap {
            $0.flatMap { p -> [TextLine] in if case .lines(let l) = p { l } else { [] } }
        }
        let classifier = Classifier(builder: builder, bodyLines: bodyLines)
        var styled: [Classifier.Styled] = []
        for (i, page) in doc.pages.enumerated() {
            let edge = running[i].sorted { LineSegmenter.readingLess($0.line, $1.line) }
            for r in edge where r.kind == .header { styled.append(runningBlock(r, page: page.number)) }
            for piece in pagePieces[i] {
                switch piece {
                case .lines(let lines): styled.append(classifier.classify(lines, page: page.number))
                case .table(let t, let box):
                    let block = Block(kind: .table, page: page.number, box: box, text: "", lines: [], table: t)
                    styled.append(Classifier.Styled(block: block, size: 0, bold: false))
                }
            }
            for r in edge where r.kind != .header { styled.append(runningBlock(r, page: page.number)) }
        }
        Classifier.assignLevels(&styled)

        // Sections: each body block and table belongs to the nearest heading above it.
        var blocks = styled.map(\.block)
        var section: String?
        for i in blocks.indices {
            switch blocks[i].kind {
            case .header, .footer, .pageNumber: continue
            case .heading: section = blocks[i].text
            case .table: if let t = blocks[i].table { tables[t].section = section }
            default: break
            }
            blocks[i].section = section
        }
        return SegmentedDocument(
            fileName: doc.fileName, metadata: doc.metadata, blocks: blocks, tables: tables,
            marks: doc.pages.flatMap(Mark.marks))
    }

    /// The document without its running headers, footers and page numbers: what table finding
    /// should look at, so a footer never becomes a table row.
    public static func removingRunningText(_ doc: TextDocument) -> TextDocument {
        let segments = doc.pages.map { LineSegmenter.segments($0.words, page: $0) }
        return removing(RunningText.find(pages: doc.pages, segments: segments), from: doc)
    }

    private static func removing(_ running: [[RunningText.Found]], from doc: TextDocument) -> TextDocument {
        var out = doc
        for i in out.pages.indices where !running[i].isEmpty {
            // Looked up by box, then compared whole: hashing every word of the page was most of this.
            let gone = Dictionary(grouping: running[i].flatMap(\.line.words), by: \.box)
            out.pages[i].words.removeAll { w in gone[w.box]?.contains(w) ?? false }
        }
        return out
    }

    private static func runningBlock(_ r: RunningText.Found, page: Int) -> Classifier.Styled {
        let block = Block(kind: r.kind, page: page, box: r.line.box, text: r.line.text, lines: [r.line])
        return Classifier.Styled(block: block, size: 0, bold: false)
    }

    private struct Area {
        var index: Int
        var box: Box
        /// True on the page the table starts on, where its block goes.
        var starts: Bool
    }

    /// Where each table lies on a page: the union of its cells there (a stitched table has
    /// cells on several pages), or its bbox on the page it starts on.
    private static func tableAreas(_ tables: [Table], page: Int) -> [Area] {
        tables.enumerated().compactMap { i, t in
            let boxes = t.cells.filter { $0.page == page }.map(\.box)
            if !boxes.isEmpty {
                return Area(
                    index: i, box: LineSegmenter.unionBox(boxes).union(t.page == page ? t.bbox : boxes[0]),
                    starts: t.page == page)
            }
            return t.page == page ? Area(index: i, box: t.bbox, starts: true) : nil
        }
    }
}
