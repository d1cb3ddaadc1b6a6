import TextStage

/// Decides what each block of lines is — heading (with level and numbering), list item or
/// paragraph — against the document's body text style.
struct Classifier {
    var builder: BlockBuilder
    /// The most common font size of the body text (character-weighted).
    var bodySize: Double
    /// True when the body text itself is bold (then weight marks no heading).
    var bodyBold: Bool

    init(builder: BlockBuilder, bodyLines: [TextLine]) {
        self.builder = builder
        var bySize: [Double: Int] = [:]
        var boldChars = 0
        var allChars = 0
        for l in bodyLines {
            for w in l.words where !w.superscript {
                bySize[(w.size * 2).rounded() / 2, default: 0] += w.text.characterCount
            }
        }
        // Ties go to the smaller size: body text is rarely the larger of two equal shares.
        let body = bySize.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 0
        for l in bodyLines {
            for w in l.words where !w.superscript && abs(w.size - body) <= 0.5 {
                let n = w.text.characterCount
                allChars += n
                if builder.isBold(word: w) { boldChars += n }
            }
        }
        bodySize = body
        bodyBold = allChars > 0 && boldChars * 2 > allChars
    }

    struct Styled {
        var block: Block
        /// Font size and weight, to rank unnumbered headings into levels.
        var size: Double
        var bold: Bool
    }

    func classify(_ lines: [TextLine], page: Int) -> Styled {
        let text = lines.map(\.text).joined(separator: " ")
        let box = LineSegmenter.unionBox(lines.map(\.box))
        let words = lines.flatMap(\.words)
        let size = lines.map(builder.size).max() ?? 0
        let bold = builder.boldShare(words) >= 0.8
        let marker = Numbering.match(builder.words(lines[0]))
        var block = Block(kind: .paragraph, page: page, box: box, text: text, lines: lines, numbering: marker?.marker)
        if isHeading(text: text, lines: lines, size: size, bold: bold, marker: marker) {
            block.kind = .heading
            block.level = marker.flatMap { Numbering.level(of: $0.style) }
            // "10 LIST OF BACKGROUND PAPERS": a bare number before a title numbers the heading.
            if marker == nil, let n = bareNumber(lines[0]) {
                block.numbering = n
                block.level = 1
            }
        } else if let m = marker {
            // "2.1 The council has …" is a numbered paragraph of a report; "3." or "(a)" a list.
            if case .decimal = m.style, m.marker.dropLast().contains(".") {
                block.kind = .paragraph
            } else {
                block.kind = .listItem
            }
        }
        return Styled(block: block, size: size, bold: bold)
    }

    private func isHeading(text: String, lines: [TextLine], size: Double, bold: Bool, marker: Numbering.Match?) -> Bool
    {
        // Bullets and "1)", "(a)" items are list items even in bold.
        if let m = marker, [.bullet, .parenNumber, .lowerLetter].contains(m.style) { return false }
        // The size and shape tests below first, cheapest first: every test here can only say
        // no, and most blocks are paragraphs that the first of these turns away.
        let emphasised = size >= bodySize + SegmentTuning.headingSizeDelta || (bold && !bodyBold)
        if emphasised {
            guard lines.count <= SegmentTuning.headingMaxLines, text.count <= SegmentTuning.headingMaxChars else {
                return false
            }
        } else {
            guard marker != nil, lines.count == 1, text.count <= SegmentTuning.plainHeadingMaxChars else {
                return false
            }
        }
        guard text.contains(where: \.isLetter) else { return false }
        // Mostly figures ("31-Mar-24 30-Sep-24", "TOTAL 17 12 10") is a table row, not a title.
        let body = Numbering.split(text.split(separator: " ").map(String.init)).dropFirst(marker?.wordCount ?? 0)
            .joined()
        guard body.filter(\.isLetter).count * 2 >= body.filter(\.isNumber).count * 3 else { return false }
        // A heading is one run of text per line; a row of separate cells is a table row.
        let numberWords = marker?.wordCount ?? (bareNumber(lines[0]) == nil ? 0 : 1)
        guard lines.allSatisfy({ !hasWideGap($0, skipping: $0 == lines[0] ? numberWords : 0) }) else { return false }
        // "Decision Number: 24/00115" is a label and its value, not a title.
        // A short label before a colon ("Decision Number: 24/00115") heads a value, not a
        // section; a longer title may have a colon ("Overall Performance: Quarter 3 2023-24").
        let labelled = lines.contains { line in
            let parts = line.text.split(separator: ":", maxSplits: 1)
            return parts.count == 2 && parts[0].split(separator: " ").count <= SegmentTuning.labelMaxWords
                && parts[1].contains(where: { $0.isLetter || $0.isNumber })
        }
        if marker == nil, labelled { return false }
        // A title starts with a capital or a number and is no sentence: a lower-case start is a
        // paragraph's continuation, a full stop ends a bold lead-in sentence.
        if body.first(where: \.isLetter)?.isLowercase == true, body.first?.isNumber != true { return false }
        if marker == nil, text.hasSuffix("."), !text.hasSuffix("..") { return false }
        if emphasised { return true }
        // Plain text is a heading only by a section number: "2.4 Background", "Section 3 – Finance".
        guard let m = marker, lines.count == 1, text.count <= SegmentTuning.plainHeadingMaxChars else { return false }
        switch m.style {
        case .named: break
        case .decimal: guard m.marker.dropLast().contains(".") else { return false }
        default: return false
        }
        guard let last = text.last, !".,;:".contains(last) else { return false }
        let rest = Numbering.split(builder.words(lines[0])).dropFirst(m.wordCount).first ?? ""
        let firstLetter = rest.first { $0.isLetter }
        return firstLetter?.isUppercase ?? false
    }

    /// "10" in "10 LIST OF BACKGROUND PAPERS": a bare number before a capitalised word.
    private func bareNumber(_ l: TextLine) -> String? {
        let w = builder.words(l)
        guard w.count > 1, w[0].count <= 2, w[0].allSatisfy(\.isNumber), w[1].first?.isUppercase == true else {
            return nil
        }
        return w[0]
    }

    /// True when words of the line (after the first `skipping`, a section number followed by a
    /// tab) lie a column gap apart.
    private func hasWideGap(_ l: TextLine, skipping: Int) -> Bool {
        let words = l.words.filter { !$0.superscript }
        guard words.count > skipping + 1 else { return false }
        for i in (skipping + 1)..<words.count {
            let gap = words[i].box.x0 - words[i - 1].box.x1
            if gap > SegmentTuning.segmentGap * max(words[i].size, words[i - 1].size) { return true }
        }
        return false
    }

    /// Levels for headings without a section number: the level numbered headings of the same
    /// style have, else the rank of their size (larger first), bold before plain at one size.
    static func assignLevels(_ styled: inout [Styled]) {
        func style(_ s: Styled) -> [Double] { [(s.size * 2).rounded() / 2, s.bold ? 1 : 0] }
        var numberedLevels: [[Double]: [Int: Int]] = [:]
        for s in styled where s.block.kind == .heading {
            if let l = s.block.level { numberedLevels[style(s), default: [:]][l, default: 0] += 1 }
        }
        var styles = Set<[Double]>()
        for s in styled where s.block.kind == .heading && s.block.level == nil { styles.insert(style(s)) }
        let ranked = styles.sorted { ($0[0], $0[1]) > ($1[0], $1[1]) }
        for i in styled.indices where styled[i].block.kind == .heading && styled[i].block.level == nil {
            let key = style(styled[i])
            // The most common level of that style; ties to the higher level (smaller number).
            if let levels = numberedLevels[key],
                let best = levels.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })
            {
                styled[i].block.level = best.key
            } else {
                styled[i].block.level = min((ranked.firstIndex(of: key) ?? 0) + 1, SegmentTuning.maxLevel)
            }
        }
    }
}
