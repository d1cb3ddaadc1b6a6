import Record

/// Numbers as written in KPI cells → `Quantity` (text as written, value, unit).
///
/// "19,378" → 19378; "£1.2m" → 1200000 gbp; "£850k" → 850000 gbp; "123K" → 123000;
/// "(1,234)" → -1234; "-1.5"; "97%" / "97.5 %" / "97 per cent" → percent; "15.1 Days" → days;
/// "107 Kg" → kilograms; "4.5 hrs" → hours; "2.1 weeks"; "3 tonnes"; "45p" → 0.45 gbp;
/// "1:4" → ratio 0.25 (left ÷ right); "44 seconds" → 44 number (the SPEC has no seconds unit).
/// "N/A", "-", "TBC", "Not available", "" and any text without a digit → value nil.
/// The first number in the text is the value ("97% (Q2)" → 97); footnote superscripts
/// ("38¹") are not digits of it.
public enum QuantityParser {
    /// - Parameters:
    ///   - unitHint: the unit implied by the indicator's name or column header (see
    ///     `UnitInference`), used when the cell itself has no unit. Without either the unit is
    ///     `.number`.
    ///   - scale: a multiplier implied by the header ("£000" → 1000); a cell's own "k"/"m" wins.
    public static func parse(_ text: String, unitHint: Unit? = nil, scale: Double = 1) -> Quantity {
        let written = TextCleanup.collapseWhitespace(text)
        let fallbackUnit = unitHint ?? .number
        let s = Array(TextCleanup.clean(Footnotes.stripUnicodeSuperscripts(written)))
        if MissingValue.isMissing(String(s)) { return Quantity(text: written, value: nil, unit: fallbackUnit) }
        if let r = ratio(s) { return Quantity(text: written, value: r, unit: .ratio) }
        guard let n = firstNumber(s) else { return Quantity(text: written, value: nil, unit: fallbackUnit) }

        var unit: Unit? = n.currency ? .gbp : nil
        var exponent = 0
        var j = n.end
        func skipSpaces() { while j < s.count, s[j] == " " { j += 1 } }
        skipSpaces()
        if j < s.count, s[j] == "%" {
            unit = .percent
        } else {
            var word = letters(s, from: j)
            if let e = UnitWords.multipliers[word.lowercased()] {
                exponent = e
                j += word.count
                skipSpaces()
                word = letters(s, from: j)
                if unit == nil, j < s.count, s[j] == "%" { unit = .percent }
            }
            let lower = word.lowercased()
            if lower == "per", letters(s, from: j + 4).lowercased() == "cent" {
                unit = .percent
            } else if unit == nil, let u = UnitWords.units[lower] {
                // "working days": look one word on.
                unit = u
                if lower == "p" || lower == "pence" { exponent -= 2 }
            } else if unit == nil, lower == "working",
                let u = UnitWords.units[letters(s, from: j + 8).lowercased()]
            {
                unit = u
            }
        }
        let digits = (n.negative ? "-" : "") + n.digits + "e\(exponent)"
        guard var value = Double(digits) else { return Quantity(text: written, value: nil, unit: unit ?? fallbackUnit) }
        if exponent == 0, scale != 1, unit != .percent { value *= scale }
        if value == 0 { value = 0 }  // no "-0"
        return Quantity(text: written, value: value, unit: unit ?? fallbackUnit)
    }

    struct Found {
        var digits: String  // "1234.5" (separators removed)
        var negative: Bool
        var currency: Bool
        var end: Int  // index after the number
    }

    /// The first number in `s`, with its sign and currency.
    static func firstNumber(_ s: [Character]) -> Found? {
        var i = 0
        while i < s.count {
            let startsNumber = s[i].isASCIIDigit || (s[i] == "." && i + 1 < s.count && s[i + 1].isASCIIDigit)
            if !startsNumber {
                i += 1
                continue
            }
            // Digits glued to a letter are a code ("Q3", "KI7", "LS10A"), not a quantity.
            if i > 0, s[i - 1].isLetter, s[i].isASCIIDigit {
                i += 1
                while i < s.count, s[i].isASCIIDigit || s[i].isLetter { i += 1 }
                continue
            }
            // Integer part with thousands separators ("19,378"; a comma not followed by
            // exactly three digits ends the number).
            var digits = ""
            var j = i
            while j < s.count {
                if s[j].isASCIIDigit {
                    digits.append(s[j])
                    j += 1
                    continue
                }
                if s[j] == ",", (1...3).allSatisfy({ j + $0 < s.count && s[j + $0].isASCIIDigit }),
                    j + 4 >= s.count || !s[j + 4].isASCIIDigit, !digits.isEmpty
                {
                    j += 1
                    continue
                }
                break
            }
            if j + 1 < s.count, s[j] == ".", s[j + 1].isASCIIDigit {
                digits.append(".")
                j += 1
                while j < s.count, s[j].isASCIIDigit {
                    digits.append(s[j])
                    j += 1
                }
            }
            if digits.hasPrefix(".") { digits = "0" + digits }
            // Look back over "£", "-", "(" and spaces for currency and sign.
            var k = i - 1
            var currency = false
            var negative = false
            var paren = false
            while k >= 0 {
                let c = s[k]
                if c == "£" {
                    currency = true
                } else if c == "-" {
                    // A hyphen after a letter or digit is a range or code dash, not a sign.
                    if k > 0, s[k - 1].isLetter || s[k - 1].isASCIIDigit { break }
                    negative = true
                } else if c == "(" {
                    paren = true
                } else if c == "+" || (c == " " && k > 0 && s[k - 1] == "£") {
                } else {
                    break
                }
                k -= 1
            }
            if !currency, k >= 2, String(s[(k - 2)...k]).uppercased() == "GBP" { currency = true }
            // "(1,234)" and "(£1.2m)" are negative; "(2023-2024)" is not: the bracket must close
            // straight after the number and its unit.
            if paren {
                var e = j
                while e < s.count, s[e] == " " || s[e] == "%" || s[e].isLetter { e += 1 }
                if e < s.count, s[e] == ")" { negative = true }
            }
            return Found(digits: digits, negative: negative, currency: currency, end: j)
        }
        return nil
    }

    /// "1:4", "1 : 4" as the whole text → left ÷ right (nil when right is 0 or not a ratio).
    static func ratio(_ s: [Character]) -> Double? {
        let parts = String(s).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let a = parts[0].trimmingSpaces
        let b = parts[1].trimmingSpaces
        guard isPlainNumber(a), isPlainNumber(b), let x = Double(a), let y = Double(b), y != 0 else { return nil }
        return x / y
    }

    static func isPlainNumber(_ s: Substring) -> Bool {
        !s.isEmpty && s.allSatisfy { $0.isASCIIDigit || $0 == "." } && s.first!.isASCIIDigit
            && s.filter({ $0 == "." }).count <= 1
    }

    static func letters(_ s: [Character], from j: Int) -> String {
        var w = ""
        var k = j
        while k < s.count, s[k].isLetter {
            w.append(s[k])
            k += 1
        }
        return w
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return s
    }
}
