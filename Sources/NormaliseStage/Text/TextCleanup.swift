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
        return cleanScalars(text) ?? cleanCharacters(text)
    }

    /// `clean` by Characters, whatever the text.
    static func cleanCharacters(_ text: String) -> String {
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
                if b.isASCIIWhitespace {
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

    /// `clean` scalar by scalar, for text in which every Character is one scalar (then the
    /// Character sets and tests above give the same answers as the scalar's): looking four
    /// sets up per Character was a twelfth of a paper's extraction. Nil for other text.
    static func cleanScalars(_ text: String) -> String? {
        guard text.count == text.unicodeScalars.count else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for u in text.unicodeScalars {
            let ch = Character(u)
            if u.value >= 0x80 && invisible.contains(ch) { continue }
            if u.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            if u.value < 0x80 {
                out.append(u.value == 0x60 ? 0x27 : UInt8(u.value))
            } else if dashes.contains(ch) {
                out.append(UInt8(ascii: "-"))
            } else if singleQuotes.contains(ch) {
                out.append(UInt8(ascii: "'"))
            } else if doubleQuotes.contains(ch) {
                out.append(UInt8(ascii: "\""))
            } else if u == "\u{2026}" {
                out += [0x2E, 0x2E, 0x2E]
            } else {
                out += UTF8.encode(u)!
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `clean`, then lower-cased: the form used to compare words against tables.
    public static func key(_ text: String) -> String {
        clean(text).lowercased()
    }

    /// Lower-cased words of `text` (letters and digits; everything else separates words,
    /// except that an apostrophe inside a word is dropped: "PI's" → "pis").
    public static func words(_ text: String) -> [String] {
        let cleaned = clean(text)
        return scalarWords(cleaned) ?? characterWords(cleaned)
    }

    /// `words` by the Character rules: letters and numbers as Character sees them.
    static func characterWords(_ cleaned: String) -> [String] {
        var words: [String] = []
        var current = ""
        for ch in cleaned.lowercased() {
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

    /// `words` without Character and case mapping, for text whose only non-ASCII characters
    /// are lone symbols that separate words ("£", "€", "•", "✓"): the prose readers split every
    /// sentence of a paper into words, and a Character's letter test looks up Unicode
    /// properties. Nil when a non-ASCII letter, number or combining mark needs the full rules.
    static func scalarWords(_ text: String) -> [String]? {
        var words: [String] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        for u in text.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                let b = UInt8(v)
                switch b {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(b)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(b + 32)
                case UInt8(ascii: "'") where !current.isEmpty: continue
                default: flush()
                }
            } else if isLoneSeparator(u) {
                flush()
            } else {
                return nil
            }
        }
        flush()
        return words
    }

    /// A scalar that is a word separator on its own and never joins the scalar before it into
    /// one Character: not a letter or number, not a mark, joiner, variation selector or
    /// emoji modifier, not a Hangul jamo or regional indicator.
    static func isLoneSeparator(_ u: Unicode.Scalar) -> Bool {
        let p = u.properties
        if p.isAlphabetic || p.numericType != nil || p.isGraphemeExtend || p.isEmojiModifier { return false }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .surrogate, .unassigned, .privateUse: return false
        default: break
        }
        switch u.value {
        case 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF, 0xAC00...0xD7AF, 0x1F1E6...0x1F1FF: return false
        default: return true
        }
    }
}
