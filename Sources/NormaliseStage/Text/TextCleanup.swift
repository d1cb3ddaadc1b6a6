/// Typographic clean-up of text as extracted: Word and PDF text use en/em dashes, minus
/// signs, curly quotes, non-breaking and zero-width spaces where a reader sees "-", "'", " ".
public enum TextCleanup {
    /// Dashes and minus signs that mean "-" (hyphen, en dash, em dash, minus, figure dash…).
    static let dashes: Set<Character> = [
        "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}",
        "\u{2015}", "\u{2212}", "\u{FE58}", "\u{FE63}", "\u{FF0D}"
    ]
    static let singleQuotes: Set<Character> = [
        "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "`", "\u{00B4}"
    ]
    static let doubleQuotes: Set<Character> = [
        "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}"
    ]
    /// Characters dropped outright: zero-width spaces/joiners, soft hyphen, byte-order mark.
    static let invisible: Set<Character> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{00AD}", "\u{FEFF}"]

    /// Dashes → "-", curly quotes → straight, every run of whitespace (including NBSP, tabs,
    /// newlines) → one space, invisible characters removed, ends trimmed.
    public static func clean(_ text: String) -> String {
        if let ascii = cleanASCII(text) { return ascii }
        var out = ""
        out.reserveCapacity(text.count)
        var pendingSpace = false
        for ch in text {
            if invisible.contains(ch) { continue }
            if ch.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            if dashes.contains(ch) {
                out.append("-")
            } else if singleQuotes.contains(ch) {
                out.append("'")
            } else if doubleQuotes.contains(ch) {
                out.append("\"")
            } else if ch == "\u{2026}" {
                out.append("...")
            } else {
                out.append(ch)
            }
        }
        return out
    }

    /// `clean` for ASCII text, byte by byte (the same result without a Unicode property lookup
    /// per character, which made prose reading a third of extraction); nil for other text.
    static func cleanASCII(_ text: String) -> String? {
        var copy = text
        return copy.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for b in bytes {
                if b == 0x20 || (0x09...0x0D).contains(b) {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace {
                    out.append(0x20)
                    pendingSpace = false
                }
                out.append(b == 0x60 ? 0x27 : b)  // "`" is a single quote
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Only whitespace runs → one space and ends trimmed: the text "as written".
    public static func collapseWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `clean`, then lower-cased: the form used to compare words against tables.
    public static func key(_ text: String) -> String {
        clean(text).lowercased()
    }

    /// Lower-cased words of `text` (letters and digits; everything else separates words,
    /// except that an apostrophe inside a word is dropped: "PI's" → "pis").
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for ch in clean(text).lowercased() {
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else if ch == "'" && !current.isEmpty {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
