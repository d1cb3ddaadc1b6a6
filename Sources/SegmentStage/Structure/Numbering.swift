/// Section numbers and list markers at the start of a line: "1.0", "2.4", "3.", "Section 2 –",
/// "IV.", "A.", "(a)", "1)", "•", "-".
enum Numbering {
    enum Style: Equatable {
        /// "2.4", "1.0", "3." — `depth` counts the levels, a trailing ".0" not counted.
        case decimal(depth: Int)
        /// "Section 2", "Part 3", "Appendix A".
        case named
        case roman
        case upperLetter
        /// "(a)", "a)", "a.".
        case lowerLetter
        /// "1)", "(1)".
        case parenNumber
        case bullet
    }

    struct Match {
        /// The marker as written ("2.4", "Section 2", "•").
        var marker: String
        var style: Style
        /// How many words of the line the marker takes.
        var wordCount: Int
    }

    /// Bullet glyphs, including Wingdings/Symbol private-use ones Word leaves in the text layer.
    static let bullets: Set<String> = [
        "•", "◦", "▪", "■", "●", "○", "►", "➢", "➤", "⮚", "❖", "◆", "◇", "□", "❑", "✓", "✔", "→",
        "-", "–", "—", "*", "", "", "", "", "", "", "·", "o"
    ]

    /// The marker the words start with, if any.
    static func match(_ raw: [String]) -> Match? {
        let words = split(raw)
        guard let first = words.first else { return nil }
        if bullets.contains(first), words.count > 1 { return Match(marker: first, style: .bullet, wordCount: 1) }
        let named = ["section", "part", "chapter", "appendix", "annex", "schedule"]
        if named.contains(first.lowercased()), words.count > 1 {
            let n = String(words[1].filter { !".:–-".contains($0) })
            // "Appendix 1 – Corporate Scorecard", "Section 2: Report"; not "Appendix 1 to this report".
            let separated =
                words.count == 2 || words[1].last.map { ".:".contains($0) } == true
                || ["–", "-", "—", ":"].contains(words[2])
            if separated, isDecimal(n) || isRoman(n.lowercased()) || (n.count == 1 && n.first!.isLetter) {
                return Match(marker: first + " " + n, style: .named, wordCount: 2)
            }
        }
        if let d = decimalDepth(first) {
            return Match(marker: trimmedMarker(first), style: .decimal(depth: d), wordCount: 1)
        }
        if first.hasSuffix(")") {
            let inner = first.dropFirst(first.hasPrefix("(") ? 1 : 0).dropLast()
            if !inner.isEmpty, inner.allSatisfy(\.isNumber), inner.count <= 3 {
                return Match(marker: first, style: .parenNumber, wordCount: 1)
            }
            if inner.count == 1, inner.first!.isLowercase {
                return Match(marker: first, style: .lowerLetter, wordCount: 1)
            }
            if isRoman(String(inner)) { return Match(marker: first, style: .lowerLetter, wordCount: 1) }
        }
        if first.hasSuffix("."), first.count >= 2 {
            let inner = String(first.dropLast())
            if isRoman(inner.lowercased()), inner == inner.uppercased(), inner.count <= 5 {
                return Match(marker: first, style: .roman, wordCount: 1)
            }
            if inner.count == 1, let c = inner.first, c.isLetter {
                return Match(marker: first, style: c.isUppercase ? .upperLetter : .lowerLetter, wordCount: 1)
            }
        }
        return nil
    }

    /// The words with a marker glued to the first word split off: "1.1.The" → "1.1.", "The";
    /// "•17" → "•", "17" (a tab after the marker is not always a space in the text layer).
    static func split(_ words: [String]) -> [String] {
        guard let first = words.first, first.count > 1 else { return words }
        if let f = first.first, f != "-", f != "o", f != "*", bullets.contains(String(f)) {
            return [String(f), String(first.dropFirst())] + words.dropFirst()
        }
        guard first.first?.isNumber == true, let cut = first.firstIndex(where: \.isLetter) else { return words }
        let head = first[..<cut]
        let digitsAndDots = head.allSatisfy { $0.isNumber || $0 == "." }
        // "1.1.The", "1.0PURPOSE", "1)Executive"; not "10km" or "3.5m".
        let dotted = digitsAndDots && (head.hasSuffix(".") || (head.contains(".") && first[cut].isUppercase))
        let paren = head.hasSuffix(")") && head.dropLast().allSatisfy(\.isNumber)
        guard dotted || paren else { return words }
        return [String(head), String(first[cut...])] + words.dropFirst()
    }

    /// "3." → 1, "1.0" → 1, "2.4" → 2, "2.4.1" → 3; nil for a plain number ("2024") or a value.
    static func decimalDepth(_ token: String) -> Int? {
        var t = Substring(token)
        let dotted = t.hasSuffix(".")
        if dotted { t = t.dropLast() }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }) else {
            return nil
        }
        if parts.count == 1 && !dotted { return nil }
        if parts.count > 1, parts.last == "0" { return parts.count - 1 }
        return parts.count
    }

    static func trimmedMarker(_ token: String) -> String {
        token.hasSuffix(".") && token.dropLast().contains(".") ? String(token.dropLast()) : token
    }

    static func isDecimal(_ s: String) -> Bool { !s.isEmpty && s.allSatisfy { $0.isNumber || $0 == "." } }

    static func isRoman(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 6 && s.allSatisfy { "ivxlc".contains($0) }
    }

    /// Heading level implied by a marker, when it implies one.
    static func level(of style: Style) -> Int? {
        switch style {
        case .decimal(let d): d
        case .named, .roman: 1
        case .upperLetter: 2
        case .lowerLetter, .parenNumber: 3
        case .bullet: nil
        }
    }
}
