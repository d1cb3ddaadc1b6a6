import Record

/// The record's contract forbids an item without its text (an indicator without a name, an
/// action or risk without words). Such an item is left out, with a warning saying so, never
/// written broken.
enum ItemGuard {
    static func kept<T>(
        _ items: [T], what: String, text: KeyPath<T, String>, page: KeyPath<T, Int>,
        issues: inout [Issue]
    ) -> [T] {
        items.filter { item in
            if !TextCleanup.key(item[keyPath: text]).isEmpty { return true }
            issues.append(
                Issue(
                    severity: .warning, stage: "normalise", code: "item-without-text",
                    message: "An \(what) with no \(what == "indicator" ? "name" : "text") was left out.",
                    page: item[keyPath: page]))
            return false
        }
    }
}
