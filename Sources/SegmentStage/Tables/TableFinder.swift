import TextStage

/// Finds the tables of a document from geometry: ruled grids first, then whitespace tables in
/// the text outside them; tables continuing on the next page are stitched into one.
public enum TableFinder {
    public static func tables(in doc: TextDocument, pages: Set<Int>? = nil) -> [Table] {
        var found: [Table] = []
        for page in doc.pages where pages?.contains(page.number) ?? true {
            found += tables(on: page, fonts: doc.fonts)
        }
        return Stitcher.stitch(found, pages: doc.pages)
    }

    /// True when the box's centre lies inside one of the tables (on that page).
    public static func isInsideTable(_ box: Box, page: Int, tables: [Table]) -> Bool {
        tables.contains { t in
            t.cells.contains { $0.page == page && $0.box.contains(x: box.midX, y: box.midY) }
                || (t.page == page && t.pages.count == 1 && t.bbox.contains(x: box.midX, y: box.midY))
        }
    }

    /// A grid of a few big cells full of running text is the page's layout, not a table.
    static func isLayout(_ t: Table) -> Bool {
        (t.cells.count <= SegmentTuning.layoutMaxCells || t.columnCount <= 2)
            && t.cells.contains { $0.lines.count >= SegmentTuning.layoutMinLines }
    }

    /// Running text set in columns lines up like a table whose every column is prose: most
    /// of each column's lines are long runs of words.
    static func isProseColumns(_ g: TextGrid) -> Bool {
        g.columns.indices.allSatisfy { c in
            let cells = g.rows.map { $0[c] }.filter { !$0.isEmpty }
            guard !cells.isEmpty else { return false }
            let words = cells.map(\.count).reduce(0, +)
            return Double(words) / Double(cells.count) >= SegmentTuning.proseWordsPerCell
        }
    }

    /// The tables of one page, top to bottom.
    public static func tables(on page: TextPage, fonts: [FontStyle]) -> [Table] {
        let frame = PageFrame.dominant(page)
        var words: [TWord] = []
        for w in page.words where w.direction == frame.rotation || w.text.characterCount == 1 {
            let bold = w.font < fonts.count && fonts[w.font].bold
            words.append(
                TWord(text: w.text, box: frame.map(w.box), size: w.size, bold: bold, superscript: w.superscript))
        }
        // Stroked rules and the edges of shaded cells together: white rules over shading and
        // gaps between shaded cells both draw a grid; inset shading snaps onto its cell's rules.
        let fills = page.fills.filter(\.isRect).map { Fill(box: frame.map($0.box), color: $0.color, isRect: true) }
        let rulings = Rulings(lines: page.lines.map(frame.map), fills: fills)
        let shading = Rulings.visibleShading(fills)
        let builder = TableBuilder(page: page, frame: frame)
        var tables: [Table] = []
        var claimed = Array(repeating: false, count: words.count)
        // Page layout boxes (text columns drawn with rules) hold prose, not cells: their text is
        // searched for tables one box at a time.
        var frames: [Box] = []
        for g in LatticeGrid.grids(rulings) where g.columnCount >= 2 {
            let box = g.box
            var inside: [Int] = []
            for (i, w) in words.enumerated() where !claimed[i] && box.contains(x: w.box.midX, y: w.box.midY) {
                inside.append(i)
            }
            guard !inside.isEmpty else { continue }
            let ws = inside.map { words[$0] }
            guard let t = builder.table(LatticeRefine.refine(g, words: ws, shading: shading), words: ws) else {
                continue
            }
            if isLayout(t) {
                frames += t.cells.map { frame.map($0.box) }
                continue
            }
            for i in inside { claimed[i] = true }
            tables.append(t)
        }
        // Rows of separate shaded tiles (count boxes) among the words no grid took.
        let loose = words.indices.filter { !claimed[$0] }
        for (g, taken) in TileTables.tables(shading: shading, words: loose.map { words[$0] }) {
            for i in taken { claimed[loose[i]] = true }
            tables.append(builder.table(g, method: .shaded))
        }
        // Keys: a column of coloured icons beside their labels, outside every table so far.
        let icons = IconKeys.icons(images: page.images, fills: page.fills, frame: frame).filter { icon in
            !tables.contains { frame.map($0.bbox).contains(x: icon.box.midX, y: icon.box.midY) }
        }
        let unclaimed = words.indices.filter { !claimed[$0] }
        for (g, taken) in IconKeys.tables(icons: icons, words: unclaimed.map { words[$0] }) {
            for i in taken { claimed[unclaimed[i]] = true }
            tables.append(builder.table(g))
        }
        let free = words.indices.filter { !claimed[$0] }.map { words[$0] }
        var groups: [[TWord]] = Array(repeating: [], count: frames.count + 1)
        for w in free {
            let i = frames.firstIndex { $0.contains(x: w.box.midX, y: w.box.midY) } ?? frames.count
            groups[i].append(w)
        }
        for ws in groups where !ws.isEmpty {
            for g in StreamTables.tables(LineBuilder.lines(ws), rules: rulings.horizontal) {
                let t = builder.table(g)
                if NumberedProse.isMarkerList(t) { continue }
                guard isProseColumns(g) else {
                    tables.append(t)
                    continue
                }
                // Text set in columns: a table may sit inside one of them.
                for c in g.columns.indices {
                    let inColumn = g.rows.flatMap { $0[c] }
                    for inner in StreamTables.tables(LineBuilder.lines(inColumn), rules: rulings.horizontal) {
                        let it = builder.table(inner)
                        if !NumberedProse.isMarkerList(it) && !isProseColumns(inner) { tables.append(it) }
                    }
                }
            }
        }
        return tables.map(Captions.trim).sorted { ($0.bbox.y0, $0.bbox.x0) < ($1.bbox.y0, $1.bbox.x0) }
    }
}
