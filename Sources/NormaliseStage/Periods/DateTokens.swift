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
        var out: [DateToken] = []
        let chars = Array(TextCleanup.clean(raw).lowercased())
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
