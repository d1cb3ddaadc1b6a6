/// Footnote markers are not digits: in "17 of the 38¹ indicators" the count is 38, though
/// plain-text extraction reads "381". The text stage splits raised, smaller runs into their
/// own words flagged `superscript`; these functions rebuild text without the markers.
public enum Footnotes {
    /// One word of a line or cell in reading order, as the text stage gives it.
    public struct Piece: Equatable, Sendable {
        public var text: String
        public var superscript: Bool
        public init(_ text: String, superscript: Bool = false) {
            self.text = text
            self.superscript = superscript
        }
    }

    /// Joins words with single spaces. A superscript piece is glued to the word before it,
    /// except a footnote marker — digits, "*", "†", "‡", "§", "¶", "#", or a single letter
    /// after a number — which is dropped. Ordinal suffixes ("28" + raised "th") are kept,
    /// so dates still read "28th".
    public static func join(_ pieces: [Piece]) -> String {
        var out = ""
        var previous: String?
        for piece in pieces {
            let text = TextCleanup.collapseWhitespace(piece.text)
            if text.isEmpty { continue }
            if piece.superscript, let prev = previous {
                if isMarker(text, after: prev) { continue }
                out += text
                previous = prev + text
                continue
            }
            if piece.superscript, isMarker(text, after: "") { continue }  // a marker opening a cell
            if !out.isEmpty { out += " " }
            out += text
            previous = text
        }
        return out
    }

    static let markerSymbols: Set<Character> = ["*", "†", "‡", "§", "¶", "#", "(", ")", ",", "[", "]"]
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// Whether a raised run is a footnote marker given the word it follows.
    static func isMarker(_ raised: String, after word: String) -> Bool {
        let lower = raised.lowercased()
        if ordinalSuffixes.contains(lower), word.last?.isASCIIDigit == true { return false }
        if raised.allSatisfy({ $0.isASCIIDigit || markerSymbols.contains($0) || superscriptDigits[$0] != nil }) {
            return true
        }
        // A single raised letter after a number ("12a") is a note; after a word ("m²" has no
        // letter) it is part of the word.
        return raised.count == 1 && raised.first!.isLetter && word.last?.isASCIIDigit == true
    }

    /// Unicode superscript digits and signs as written by some producers ("38¹").
    static let superscriptDigits: [Character: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9"
    ]

    /// Removes Unicode superscript digits that follow a digit or a letter ("38¹" → "38",
    /// "indicators²" → "indicators"). Other text is unchanged.
    public static func stripUnicodeSuperscripts(_ text: String) -> String {
        var out = ""
        for ch in text {
            if superscriptDigits[ch] != nil || ch == "⁺" || ch == "⁻" {
                if let last = out.last, last.isLetter || last.isNumber || last == "%" { continue }
                if out.last.map({ superscriptDigits[$0] != nil }) == true { continue }
            }
            out.append(ch)
        }
        return out
    }
}
