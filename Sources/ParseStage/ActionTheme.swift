import SegmentStage

/// The theme of an action table from the blocks above it, nearest first: a heading, or a line of
/// its own naming a numbered priority ("Priority 1: A Thriving Economy") that the segmenter left
/// as a paragraph. A heading that only names what the table lists ("Milestones", "Key actions")
/// is not a theme, the one above it is.
enum ActionTheme {
    static func of(blocks: [Block], section: String?) -> String? {
        let named = blocks.filter { $0.kind == .heading || isNumberedTheme($0.text) }.map(\.text) + [section ?? ""]
        return named.map(\.collapsed).first { !$0.isEmpty && !namesTableKind($0) }
    }

    /// Words that only qualify what a table lists ("Key milestones", "Progress on actions").
    static let kindModifiers: Set<String> = [
        "key", "main", "major", "our", "the", "delivery", "plan", "progress",
        "update", "updates", "table", "list", "summary", "status", "and", "of",
        "on", "for", "detailed"
    ]

    /// A short heading of action words and their modifiers only: "Milestones", "Key actions".
    static func namesTableKind(_ heading: String) -> Bool {
        let words = heading.key.split { !$0.isLetter }.map(String.init).filter { !kindModifiers.contains($0) }
        return heading.split(separator: " ").count <= ParseTuning.maxTableKindHeadingWords && !words.isEmpty
            && words.allSatisfy { ColumnRole.of(header: $0) == .action }
    }

    /// "Priority 2: Homes and Communities", "Objective 3 – …": an outcome word, a number, a name.
    static func isNumberedTheme(_ text: String) -> Bool {
        let t = text.collapsed
        guard t.count <= ParseTuning.maxCaptionLength, !t.hasSuffix("."),
            let m = t.firstMatch(#"^([a-z]+)\s+\d{1,2}\s*[:.–—-]\s+\S"#)
        else { return false }
        return ColumnRole.of(header: m[1]) == .outcome
    }
}
