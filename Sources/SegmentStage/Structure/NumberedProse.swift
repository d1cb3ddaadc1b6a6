import TextStage

/// Numbered paragraphs set with a hanging indent ("2.1 ⇥ The council has …") line up like a
/// two-column table without rules. A whitespace table whose first column holds nothing but
/// section numbers is that layout: it stays text.
enum NumberedProse {
    static func isNumberedProse(_ t: Table) -> Bool {
        guard t.method == .whitespace, t.columnCount == 2 else { return false }
        let markers = t.cells.filter { $0.col == 0 && !$0.text.isEmpty }.map(\.text)
        guard !markers.isEmpty else { return false }
        return markers.allSatisfy { m in
            guard let match = Numbering.match([m]), match.wordCount == 1 else { return false }
            return match.style != .bullet && Numbering.split([m]).count == 1
        }
    }
}
