import Record

/// Risk likelihood / impact / overall scores as written → `Score`.
public enum ScoreParser {
    /// "Unlikely (2)" → ("Unlikely", 2); "4 - Likely" → ("Likely", 4); "Major (4)"; "3" → ("3", 3);
    /// "High" → ("High", nil): a word alone has no number, and none is guessed for it.
    /// Nil for an empty or "N/A" cell.
    public static func parse(_ text: String) -> Score? {
        let clean = TextCleanup.clean(text)
        if MissingValue.isMissing(clean) { return nil }
        // "4 x 3 = 12", "2x4=8", "4 × 3": likelihood times impact; the score is the product.
        if let product = product(clean) { return Score(text: clean, score: product) }
        let chars = Array(clean)
        // "Word (n)" / "Word n" / "Word - n"
        if let open = chars.lastIndex(of: "("), chars.last == ")" {
            let inner = String(chars[(open + 1)..<(chars.count - 1)]).trimmingCharacters(in: [" "])
            let label = String(chars[..<open]).trimmingCharacters(in: [" ", "-", ":"])
            if let n = Int(inner), !label.isEmpty { return Score(text: label, score: n) }
        }
        let parts = clean.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == ":" || $0 == "=" })
        if let first = parts.first, let n = Int(first) {
            let rest = parts.dropFirst().joined(separator: " ").trimmingCharacters(in: ["(", ")", " "])
            return Score(text: rest.isEmpty ? String(first) : rest, score: n)
        }
        if parts.count >= 2, let last = parts.last, let n = Int(last) {
            return Score(text: parts.dropLast().joined(separator: " "), score: n)
        }
        return Score(text: clean, score: nil)
    }

    /// "a x b = c" → c, "a x b" → a·b; nil for anything else.
    static func product(_ text: String) -> Int? {
        let sides = text.split(separator: "=", omittingEmptySubsequences: false).map {
            String($0).trimmingCharacters(in: [" "])
        }
        guard sides.count <= 2 else { return nil }
        let factors = sides[0].lowercased().split { $0 == "x" || $0 == "×" || $0 == "*" }
            .map { String($0).trimmingCharacters(in: [" "]) }
        guard factors.count == 2, let a = Int(factors[0]), let b = Int(factors[1]) else { return nil }
        if sides.count == 2 { return Int(sides[1]) }
        return a * b
    }
}
