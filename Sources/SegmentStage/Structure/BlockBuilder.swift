import TextStage

/// Lines in reading order → blocks: a new block starts at a paragraph gap, a change of font
/// size or weight, an indent, a list marker, or a jump to another column.
struct BlockBuilder {
    var fonts: [FontStyle]

    enum Piece {
        case lines([TextLine])
        case table(Int, Box)
    }

    func pieces(_ items: [ReadingOrder.Item]) -> [Piece] {
        var out: [Piece] = []
        var current = OpenBlock()
        func flush() {
            if !current.lines.isEmpty { out.append(.lines(current.lines)) }
            current = OpenBlock()
        }
        for it in items {
            switch it {
            case .table(let i, let b):
                flush()
                out.append(.table(i, b))
            case .line(let l):
                let m = measure(l)
                if startsBlock(l, m, after: current) { flush() }
                current.add(l, m, numbered: current.lines.isEmpty && Numbering.match(words(l)) != nil)
            }
        }
        flush()
        return out
    }

    /// What the test for a new block asks of a line, worked out once per line.
    private struct Measure {
        var size: Double
        var hasLetters: Bool
        var bold: Bool
    }

    private func measure(_ l: TextLine) -> Measure {
        let letters = hasLetters(l)
        return Measure(size: size(of: l), hasLetters: letters, bold: letters && isBold(l))
    }

    /// The block being built and what the test asks of it, kept up as lines join it: asking the
    /// whole block again at each line was quadratic in a long paragraph.
    private struct OpenBlock {
        var lines: [TextLine] = []
        var x0 = Double.infinity
        var x1 = -Double.infinity
        var lastSize = 0.0
        /// The weight of its last line with letters.
        var lastWordedBold: Bool?
        /// Its first line starts with a list marker.
        var numbered = false

        mutating func add(_ l: TextLine, _ m: Measure, numbered first: Bool) {
            if lines.isEmpty { numbered = first }
            lines.append(l)
            x0 = min(x0, l.box.x0)
            x1 = max(x1, l.box.x1)
            lastSize = m.size
            if m.hasLetters { lastWordedBold = m.bold }
        }
    }

    private func startsBlock(_ l: TextLine, _ m: Measure, after block: OpenBlock) -> Bool {
        guard let prev = block.lines.last else { return true }
        let height = min(prev.box.height, l.box.height)
        let gap = l.box.y0 - prev.box.y1
        if gap < -0.5 * height || gap > SegmentTuning.paragraphGap * height { return true }
        let (bx0, bx1) = (block.x0, block.x1)
        if l.box.x0 >= bx1 || l.box.x1 <= bx0 { return true }
        if abs(m.size - block.lastSize) > SegmentTuning.fontSizeChange { return true }
        // Weight is known only for lines with letters: "2023" wrapping off a bold title stays with it.
        if m.hasLetters, let lastBold = block.lastWordedBold, m.bold != lastBold { return true }
        let em = m.size
        if let marker = Numbering.match(words(l)) {
            if marker.style == .bullet { return true }
            let prevEnds = prev.text.last.map { ".:;!?".contains($0) } ?? false
            let prevShort = prev.box.x1 < bx0 + SegmentTuning.shortLineShare * (bx1 - bx0)
            if prevEnds || prevShort || block.numbered { return true }
        }
        // An indented line after two flush ones opens a paragraph; a first-line indent or a
        // list item's hanging indent does not.
        let hanging = block.numbered
        // A line that starts under a word of the line above continues a tabbed layout
        // ("SUBJECT: ⇥ Directorate … 2023 -" / "24").
        let underWord = prev.words.dropFirst().contains { abs($0.box.x0 - l.box.x0) <= SegmentTuning.alignSlack }
        if !hanging, !underWord, block.lines.count >= 2, l.box.x0 > prev.box.x0 + SegmentTuning.indentStep * em {
            return true
        }
        return false
    }

    func words(_ l: TextLine) -> [String] { l.words.filter { !$0.superscript }.map(\.text) }

    /// The character-weighted font size of a line's full-size words.
    func size(of l: TextLine) -> Double {
        var total = 0.0
        var weight = 0.0
        for w in l.words where !w.superscript {
            let n = Double(w.text.characterCount)
            total += w.size * n
            weight += n
        }
        return weight > 0 ? total / weight : (l.words.first?.size ?? 0)
    }

    func hasLetters(_ l: TextLine) -> Bool {
        l.words.contains { !$0.superscript && $0.text.containsLetter }
    }

    func isBold(_ l: TextLine) -> Bool { boldShare(l.words) >= 0.8 }

    /// A word with letters in a bold font: `boldShare([w]) > 0.5` without the array.
    func isBold(word w: Word) -> Bool { weighs(w) && inBoldFont(w) }

    func boldShare(_ words: [Word]) -> Double {
        var bold = 0
        var all = 0
        for w in words where weighs(w) {
            let n = w.text.characterCount
            all += n
            if inBoldFont(w) { bold += n }
        }
        return all > 0 ? Double(bold) / Double(all) : 0
    }

    /// A word whose weight counts: full size, with letters.
    private func weighs(_ w: Word) -> Bool { !w.superscript && w.text.containsLetter }

    private func inBoldFont(_ w: Word) -> Bool { w.font >= 0 && w.font < fonts.count && fonts[w.font].bold }
}
