import Foundation
import NormaliseStage

/// Small string helpers shared by the parsers.
extension String {
    /// Whitespace runs (newlines, tabs, non-breaking spaces) collapsed to one space, trimmed:
    /// the normalise stage's `TextCleanup.collapseWhitespace`.
    var collapsed: String { TextCleanup.collapseWhitespace(self) }

    /// Lower-cased and collapsed, for keyword matching.
    var key: String { collapsed.lowercased() }

    /// nil for an empty or blank string.
    var nonBlank: String? {
        let c = collapsed
        return c.isEmpty ? nil : c
    }

    /// The string with a trailing colon (and spaces) removed: "Date of Meeting:" → "Date of Meeting".
    var withoutTrailingColon: String {
        var s = collapsed
        while s.hasSuffix(":") {
            s.removeLast()
            s = s.collapsed
        }
        return s
    }

    /// True when any of the phrases occurs in the lower-cased text.
    func mentions(_ phrases: [String]) -> Bool {
        let k = key
        return phrases.contains { k.contains($0) }
    }
}
