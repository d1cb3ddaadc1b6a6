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
        var current: [TextLine] = []
        func flush() {
            if !current.isEmpty { out.append(.lines(current)) }
            current = []
        }
        for it in items {
            switch it {
            case .table(let i, let b):
                flush()
                out.append(.table(i, b))
            case .line(let l):
                if startsBlock(l, after: current) { flush() }
                current.append(l)
            }
        }
        flush()
        return out
    }

    private func startsBlock(_ l: TextLine, after block: [TextLine]) -> Bool {
        guard let prev = block.last else { return true }
        let height = min(prev.box.height, l.box.height)
        let gap = l.box.y0 - prev.box.y1
        if gap < -0.5 * height || gap > SegmentTuning.paragraphGap * height { return true }
        let bx0 = block.map(\.box.x0).min()!
        let bx1 = block.map(\.box.x1).max()!
        if l.box.x0 >= bx1 || l.box.x1 <= bx0 { return true }
        if abs(size(of: l) - size(of: prev)) > SegmentTuning.fontSizeChange { return true }
        // Weight is known only for lines with letters: "2023" wrapping off a bold title stays with it.
        if hasLetters(l), let lastWorded = block.last(where: hasLetters), isBold(l) != isBold(lastWorded) {
            return true
        }
        let em = size(of: l)
        if let m = Numbering.match(words(l)) {
            if m.style == .bullet { return true }
            let prevEnds = prev.text.last.map { ".:;!?".contains($0) } ?? false
            let prevShort = prev.box.x1 < bx0 + SegmentTuning.shortLineShare * (bx1 - bx0)
            let inList = Numbering.match(words(block[0])) != nil
            if prevEnds || prevShort || inList { return true }
        }
        // An indented line after two flush ones opens a paragraph; a first-line indent or a
        // list item's hanging indent does not.
        let hanging = Numbering.match(words(block[0])) != nil
        // A line that starts under a word of the line above continues a tabbed layout
        // ("SUBJECT: ⇥ Directorate … 2023 -" / "24").
        let underWord = prev.words.dropFirst().contains { abs($0.box.x0 - l.box.x0) <= SegmentTuning.alignSlack }
        if !hanging, !underWord, block.count >= 2, l.box.x0 > prev.box.x0 + SegmentTuning.indentStep * em {
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
            total += w.size * Double(w.text.count)
            weight += Double(w.text.count)
        }
        return weight > 0 ? total / weight : (l.words.first?.size ?? 0)
    }

    func hasLetters(_ l: TextLine) -> Bool {
        l.words.contains { !$0.superscript && $0.text.contains(where: \.isLetter) }
    }

    func isBold(_ l: TextLine) -> Bool { boldShare(l.words) >= 0.8 }

    func boldShare(_ words: [Word]) -> Double {
        var bold = 0
        var all = 0
        for w in words where !w.superscript && w.text.contains(where: \.isLetter) {
            all += w.text.count
            if w.font >= 0, w.font < fonts.count, fonts[w.font].bold { bold += w.text.count }
        }
        return all > 0 ? Double(bold) / Double(all) : 0
    }
}
