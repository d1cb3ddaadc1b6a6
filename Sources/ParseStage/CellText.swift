import SegmentStage

/// Cell text for long fields (progress, mitigation): a bulleted list keeps one item per line
/// (markers dropped); other text is collapsed to one line.
enum CellText {
    static func multiline(_ c: Cell) -> String? {
        let lines = c.lines.map(\.collapsed).filter { !$0.isEmpty }
        guard lines.contains(where: Bullet.starts) else { return c.text.collapsed.nonBlank }
        var items: [String] = []
        for l in lines {
            if Bullet.starts(l) || items.isEmpty {
                items.append(Bullet.strip(l))
            } else {
                items[items.count - 1] += " " + l
            }
        }
        return items.joined(separator: "\n").nonBlankLines
    }
}

extension String {
    /// nil when there is no text at all.
    var nonBlankLines: String? { collapsed.isEmpty ? nil : self }
}
