/// A flat token stream for date and period phrases: numbers (ordinal suffixes removed),
/// words (lower-cased) and the separators that matter in dates.
struct DateToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case number, word, separator }
    let kind: Kind
    let text: String
    /// For numbers: the value; `digits` is how many digits were written ("09" → 2).
    let value: Int
    let digits: Int
    /// True for "28th", "1st": a day, never a year.
    let ordinal: Bool

    static func tokens(_ raw: String) -> [DateToken] {
        let text = TextCleanup.clean(raw).lowercased()
        return asciiTokens(text) ?? characterTokens(text)
    }

    /// The tokens of a cleaned, lower-cased text, Character by Character.
    static func characterTokens(_ text: String) -> [DateToken] {
        var out: [DateToken] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isASCIIDigit {
                var j = i
                while j < chars.count, chars[j].isASCIIDigit { j += 1 }
                let digits = String(chars[i..<j])
                var ordinal = false
                if j + 2 <= chars.count {
                    let suffix = String(chars[j..<min(j + 2, chars.count)])
                    let after = j + 2 < chars.count ? chars[j + 2] : " "
                    if ["st", "nd", "rd", "th"].contains(suffix), !after.isLetter {
                        ordinal = true
                        j += 2
                    }
                }
                // Stop absurdly long digit runs from overflowing Int.
                let value = digits.count <= 9 ? Int(digits)! : Int.max
                out.append(DateToken(kind: .number, text: digits, value: value, digits: digits.count, ordinal: ordinal))
                i = j
            } else if c.isLetter {
                var j = i
                while j < chars.count, chars[j].isLetter { j += 1 }
                out.append(DateToken(kind: .word, text: String(chars[i..<j]), value: 0, digits: 0, ordinal: false))
                i = j
            } else {
                if "/-.,:()".contains(c) {
                    out.append(DateToken(kind: .separator, text: String(c), value: 0, digits: 0, ordinal: false))
                }
                i += 1
            }
        }
        return out
    }

    /// The same tokens read off the bytes of an ASCII text (most headers and labels: every column
    /// header is asked whether it names a period), where a byte is a Character.
    static func asciiTokens(_ text: String) -> [DateToken]? {
        var copy = text
        return copy.withUTF8 { b -> [DateToken]? in
            guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
            func isDigit(_ i: Int) -> Bool { b[i].isASCIIDigit }
            func isLetter(_ i: Int) -> Bool { b[i].isASCIILetter }
            func text(_ r: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self)
            }
            var out: [DateToken] = []
            var i = 0
            while i < b.count {
                if isDigit(i) {
                    var j = i
                    while j < b.count, isDigit(j) { j += 1 }
                    let digits = text(i..<j)
                    var ordinal = false
                    if j + 2 <= b.count, ["st", "nd", "rd", "th"].contains(text(j..<(j + 2))),
                        !(j + 2 < b.count && isLetter(j + 2))
                    {
                        ordinal = true
                    }
                    let count = j - i
                    let value = count <= 9 ? Int(digits)! : Int.max
                    out.append(DateToken(kind: .number, text: digits, value: value, digits: count, ordinal: ordinal))
                    i = ordinal ? j + 2 : j
                } else if isLetter(i) {
                    var j = i
                    while j < b.count, isLetter(j) { j += 1 }
                    out.append(DateToken(kind: .word, text: text(i..<j), value: 0, digits: 0, ordinal: false))
                    i = j
                } else {
                    if Self.isSeparator(b[i]) {
                        out.append(
                            DateToken(kind: .separator, text: text(i..<(i + 1)), value: 0, digits: 0, ordinal: false))
                    }
                    i += 1
                }
            }
            return out
        }
    }

    /// "/-.,:()" (a switch: a Set of bytes costs each process a search of every protocol
    /// conformance the first time one is made).
    private static func isSeparator(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"),
            UInt8(ascii: "("), UInt8(ascii: ")"):
            true
        default: false
        }
    }
}

enum MonthNames {
    /// Month number for an English month name or abbreviation ("sep", "sept", "september").
    static func number(_ word: String) -> Int? {
        switch word {
        case "jan", "january": return 1
        case "feb", "february": return 2
        case "mar", "march": return 3
        case "apr", "april": return 4
        case "may": return 5
        case "jun", "june": return 6
        case "jul", "july": return 7
        case "aug", "august": return 8
        case "sep", "sept", "september": return 9
        case "oct", "october": return 10
        case "nov", "november": return 11
        case "dec", "december": return 12
        default: return nil
        }
    }
}
