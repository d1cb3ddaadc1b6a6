import Record

/// RAG words and the phrases reports use for them → `RAG`.
public enum RAGWords {
    static let phrases: [String: RAG] = [
        "red": .red, "r": .red, "amber": .amber, "a": .amber, "green": .green, "g": .green,
        "on target": .green, "on or above target": .green, "above target": .green, "target met": .green,
        "met": .green, "target achieved": .green, "exceeding target": .green, "exceeded": .green,
        "on target or within tolerance": .green, "within target": .green, "good": .green,
        "within tolerance": .amber, "close to target": .amber, "near target": .amber,
        "slightly below target": .amber, "slightly behind target": .amber, "just below target": .amber,
        "under control": .amber, "warning": .amber, "yellow": .amber, "orange": .amber,
        "below target": .red, "behind target": .red, "off target": .red, "not on target": .red,
        "target not met": .red, "target not achieved": .red, "outside tolerance": .red,
        "missed target": .red, "significantly below target": .red, "not met": .red, "alert": .red,
        "rag red": .red, "rag amber": .amber, "rag green": .green,
        "red rag": .red, "amber rag": .amber, "green rag": .green
    ]

    /// Risk ratings: a register's rating column says High / Medium / Low for red / amber / green.
    static let riskRatings: [String: RAG] = [
        "high": .red, "very high": .red, "high risk": .red, "medium": .amber, "medium risk": .amber,
        "low": .green, "very low": .green, "low risk": .green
    ]

    /// The RAG of a risk rating word or a RAG word; nil for anything else.
    public static func riskRating(_ text: String) -> RAG? {
        rag(text) ?? riskRatings[ActionStatusWords.trimmedKey(text)]
    }

    /// The RAG a RAG cell or status phrase states; nil for anything else — "Blue",
    /// "Completed", "Grey", "N/A" and combined ratings ("Amber/Red") are not a RAG.
    /// "within tolerance" on its own is amber; "on target or within tolerance" is green (SPEC).
    public static func rag(_ text: String) -> RAG? {
        var key = ActionStatusWords.trimmedKey(text)
        for prefix in ["rag status:", "rag:", "status:", "rag status", "rating:"] where key.hasPrefix(prefix) {
            key = String(key.dropFirst(prefix.count)).trimmingCharacters(in: [" "])
        }
        return phrases[key]
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s.removeFirst() }
        while let c = s.last, set.contains(c) { s.removeLast() }
        return String(s)
    }
}
