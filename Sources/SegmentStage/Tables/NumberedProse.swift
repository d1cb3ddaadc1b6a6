import TextStage

/// Paragraphs that line up like a table: the two shapes of numbered prose a whitespace table
/// can be, one place for both (table finding drops the first, the segment stage the second).
enum NumberedProse {
    /// Numbered or bulleted paragraphs line up like a two-column table: a column of nothing
    /// but paragraph numbers or bullets beside running text is prose.
    static func isMarkerList(_ t: Table) -> Bool {
        let g = t.grid
        // Fewer than two columns with any text: a list, not a table.
        if (0..<t.columnCount).filter({ c in g.contains { !$0[c].isEmpty } }).count < 2 { return true }
        guard t.columnCount == 2 else { return false }
        let markers = g.map { $0[0] }.filter { !$0.isEmpty }
        let longest = g.map { $0[1].split(whereSeparator: \.isWhitespace).count }.max() ?? 0
        let text = g.map { $0[1] }.filter { !$0.isEmpty }
        let figures = text.filter(StreamTables.isNumeric).count
        let numbered = markers.contains { $0.contains(".") || $0.contains(")") || StreamTables.bullets.contains($0) }
        return !markers.isEmpty && markers.allSatisfy(isListMarker) && figures * 2 < text.count
            && (numbered || longest >= Int(SegmentTuning.proseWordsPerCell))
    }

    /// Numbered paragraphs set with a hanging indent ("2.1 ⇥ The council has …") line up like a
    /// two-column table without rules. A whitespace table whose first column holds nothing but
    /// section numbers is that layout: it stays text.
    static func isSectionNumbered(_ t: Table) -> Bool {
        guard t.method == .whitespace, t.columnCount == 2 else { return false }
        let markers = t.cells.filter { $0.col == 0 && !$0.text.isEmpty }.map(\.text)
        guard !markers.isEmpty else { return false }
        return markers.allSatisfy { m in
            guard let match = Numbering.match([m]), match.wordCount == 1 else { return false }
            return match.style != .bullet && Numbering.split([m]).count == 1
        }
    }

    /// "2.0", "4.1", "1)", "(a)", "iii.", "•": paragraph numbering and bullets.
    static func isListMarker(_ s: String) -> Bool {
        if StreamTables.bullets.contains(s) { return true }
        var t = Substring(s)
        if t.hasPrefix("(") { t = t.dropFirst() }
        if t.hasSuffix(")") || t.hasSuffix(".") { t = t.dropLast() }
        guard !t.isEmpty, t.count <= 8 else { return false }
        if t.allSatisfy({ $0.isNumber || $0 == "." }) { return true }
        return t.count <= 4 && t.allSatisfy { $0.isLetter && $0.isLowercase }
    }
}
