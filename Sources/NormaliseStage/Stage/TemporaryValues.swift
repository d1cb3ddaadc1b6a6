import Foundation
import Record

/// Minimal value normalisers used by the stage function until the shared ones land; to be
/// deleted then (Values.swift switches over).
enum TemporaryValues {
    static let blankWords: Set<String> = ["", "-", "–", "—", "n/a", "na", "n.a.", "tbc", "tba", "tbd", "nil",
                                          "not available", "no data", "not applicable", "awaiting data", "*", "..."]

    static func isBlankValue(_ text: String) -> Bool { blankWords.contains(key(text)) }

    static func key(_ s: String) -> String {
        s.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    static func match(_ s: String, _ pattern: String) -> [String]? {
        guard let re = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return nil }
        let ns = s as NSString
        guard let m = re.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
    }

    // MARK: numbers and units

    static func quantity(_ raw: String) -> Quantity {
        let text = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !isBlankValue(text) else { return Quantity(text: text, value: nil, unit: .number) }
        let p = #"^(\(?)\s*(-|−)?\s*(£)?\s*(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?\s*(m|bn|k|%|days?|weeks?|wks?|hrs?|hours?|kg|kgs|tonnes?|t)?\s*(\)?)\.?$"#
        guard let m = match(text, p), !(m[4].isEmpty && m[5].isEmpty) else {
            return Quantity(text: text, value: nil, unit: .number)
        }
        var v = Double(m[4].replacingOccurrences(of: ",", with: "") + m[5]) ?? 0
        let suffix = m[6].lowercased()
        var unit: MeasureUnit = m[3].isEmpty ? (m[5].isEmpty ? .count : .number) : .gbp
        switch suffix {
        case "m": v *= 1_000_000
        case "bn": v *= 1_000_000_000
        case "k": v *= 1_000
        case "%": unit = .percent
        case "day", "days": unit = .days
        case "week", "weeks", "wk", "wks": unit = .weeks
        case "hr", "hrs", "hour", "hours": unit = .hours
        case "kg", "kgs": unit = .kilograms
        case "t", "tonne", "tonnes": unit = .tonnes
        default: break
        }
        if (!m[1].isEmpty && !m[7].isEmpty) || !m[2].isEmpty { v = -v }
        return Quantity(text: text, value: v, unit: unit)
    }

    // MARK: periods

    struct PeriodParts {
        var financialYear: String?
        var quarter: Int?
    }

    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func fyString(_ start: Int) -> String {
        let end = (start + 1) % 100
        return "\(start)-" + (end < 10 ? "0\(end)" : "\(end)")
    }

    static func fyOf(year: Int, month: Int) -> String { fyString(month >= 4 ? year : year - 1) }

    /// "2023-24", "2023/24", "2023 - 2024", "23/24", "FY24".
    static func financialYear(in text: String) -> String? {
        if let m = match(text, #"\b(20\d{2})\s*[/-]\s*(20)?(\d{2})\b"#), let a = Int(m[1]), let b = Int(m[3]),
           (a + 1) % 100 == b {
            return fyString(a)
        }
        if let m = match(text, #"(?<![\d/])(\d{2})/(\d{2})(?![\d/])"#), let a = Int(m[1]), let b = Int(m[2]), (a + 1) % 100 == b {
            return fyString(2000 + a)
        }
        if let m = match(text, #"\bFY\s?(20)?(\d{2})\b"#), let b = Int(m[2]) { return fyString(2000 + b - 1) }
        return nil
    }

    static func quarter(in text: String) -> Int? {
        if let m = match(text, #"\bq\s?([1-4])\b"#) { return Int(m[1]) }
        if let m = match(text, #"\bquarter\s*([1-4])\b"#) { return Int(m[1]) }
        let words = ["first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                     "one": 1, "two": 2, "three": 3, "four": 4]
        if let m = match(text, #"\b(first|1st|second|2nd|third|3rd|fourth|4th)\s+quarter\b"#) { return words[m[1].lowercased()] }
        if let m = match(text, #"\bquarter\s+(one|two|three|four)\b"#) { return words[m[1].lowercased()] }
        return nil
    }

    /// FY and quarter stated in a text; a quarter-end date ("period to 30th September 2023")
    /// or a month range ("July - September 2019") supplies what the text does not say outright.
    static func periodParts(_ text: String) -> PeriodParts {
        var p = PeriodParts(financialYear: financialYear(in: text), quarter: quarter(in: text))
        if let m = match(text, #"\b(?:period (?:to|ending|ended)|as at|end of [^,]*,)\s*(\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+\d{4}|[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"#),
           let d = date(m[1], yearHint: nil) {
            let y = Int(d.prefix(4))!, mo = Int(d.dropFirst(5).prefix(2))!
            if p.financialYear == nil { p.financialYear = fyOf(year: y, month: mo) }
            if p.quarter == nil, [3, 6, 9, 12].contains(mo) { p.quarter = ((mo + 8) % 12) / 3 + 1 }
        }
        if p.financialYear == nil, p.quarter != nil,
           let m = match(text, #"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(20\d{2})\b"#),
           let mo = monthNames.firstIndex(of: m[1].lowercased()), let y = Int(m[2]) {
            p.financialYear = fyOf(year: y, month: mo + 1)
        }
        return p
    }

    static func quarterDates(financialYear fy: String, quarter: Int?) -> (String, String)? {
        guard let y = Int(fy.prefix(4)) else { return nil }
        guard let q = quarter else { return ("\(y)-04-01", "\(y + 1)-03-31") }
        switch q {
        case 1: return ("\(y)-04-01", "\(y)-06-30")
        case 2: return ("\(y)-07-01", "\(y)-09-30")
        case 3: return ("\(y)-10-01", "\(y)-12-31")
        default: return ("\(y + 1)-01-01", "\(y + 1)-03-31")
        }
    }

    /// A column header or a start/end cell as a period: "Q1 2023/24", "Q3", "Apr-23",
    /// "March 2024", "31/03/2024", "2022/23", "YTD".
    static func period(header: String, reportYear: String?) -> Period? {
        let fy = financialYear(in: header)
        if let q = quarter(in: header), let y = fy ?? reportYear { return Period(financialYear: y, quarter: q) }
        if let d = date(header, yearHint: nil) {
            let y = Int(d.prefix(4))!, mo = Int(d.dropFirst(5).prefix(2))!
            return Period(financialYear: fyOf(year: y, month: mo), month: String(d.prefix(7)))
        }
        if let m = match(header, #"^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s'’-]*(\d{2}|\d{4})?\s*$"#),
           let mo = monthNames.firstIndex(of: m[1].lowercased()) {
            var year: Int?
            if let y = Int(m[2]) { year = y < 100 ? 2000 + y : y } else if let r = reportYear, let s = Int(r.prefix(4)) {
                year = mo + 1 >= 4 ? s : s + 1
            }
            guard let year else { return nil }
            let mm = mo + 1 < 10 ? "0\(mo + 1)" : "\(mo + 1)"
            return Period(financialYear: fyOf(year: year, month: mo + 1), month: "\(year)-\(mm)")
        }
        if let fy { return Period(financialYear: fy) }
        if match(header, #"\b(ytd|year to date|annual|outturn)\b"#) != nil, let r = reportYear { return Period(financialYear: r) }
        return nil
    }

    // MARK: dates

    static func date(_ raw: String, yearHint: Int?) -> String? {
        let text = key(raw)
        func fmt(_ y: Int, _ m: Int, _ d: Int) -> String? {
            guard (1...12).contains(m), (1...31).contains(d), y > 1900 else { return nil }
            return String(format: "%04d-%02d-%02d", y, m, d)
        }
        if let m = match(text, #"\b(\d{4})-(\d{2})-(\d{2})\b"#) { return fmt(Int(m[1])!, Int(m[2])!, Int(m[3])!) }
        if let m = match(text, #"\b(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b"#) {
            var y = Int(m[3])!
            if y < 100 { y += 2000 }
            return fmt(y, Int(m[2])!, Int(m[1])!)
        }
        if let m = match(text, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?(?:\s+(\d{4}))?\b"#),
           let mo = monthNames.firstIndex(of: m[2]) {
            guard let y = Int(m[3]) ?? yearHint else { return nil }
            return fmt(y, mo + 1, Int(m[1])!)
        }
        if let m = match(text, #"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"#),
           let mo = monthNames.firstIndex(of: m[1]) {
            return fmt(Int(m[3])!, mo + 1, Int(m[2])!)
        }
        return nil
    }

    // MARK: words

    static func status(_ text: String) -> ActionStatus {
        let k = key(text)
        let table: [(ActionStatus, [String])] = [
            (.notStarted, ["not started", "not yet started", "yet to start", "future"]),
            (.cancelled, ["cancelled", "canceled", "withdrawn", "deleted", "superseded"]),
            (.onHold, ["on hold", "paused", "deferred", "suspended"]),
            (.overdue, ["overdue", "delayed", "late", "behind", "off track", "slipped", "past due", "missed"]),
            (.completed, ["completed", "complete", "achieved", "done", "delivered", "closed", "finished"]),
            (.inProgress, ["in progress", "on track", "on target", "ongoing", "on-going", "started", "underway",
                           "under way", "progressing", "in hand"]),
        ]
        return table.first { $0.1.contains { k.contains($0) } }?.0 ?? .unknown
    }

    static func rag(word: String) -> RAG? {
        let k = key(word).trimmingCharacters(in: .punctuationCharacters)
        if ["red", "r"].contains(k) || k.hasPrefix("red ") || k.contains("off target") || k.contains("below target")
            || k.contains("behind target") { return .red }
        if ["amber", "a", "yellow"].contains(k) || k.hasPrefix("amber ") || k.contains("within tolerance") { return .amber }
        if ["green", "g"].contains(k) || k.hasPrefix("green ") || k.contains("on target") || k.contains("on track") {
            return .green
        }
        return nil
    }

    /// By hue: red 0–20° (and 340–360°), amber 20–65°, green 75–170°; greys are no RAG.
    static func rag(colour hex: String) -> RAG? {
        let s = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard s.count == 6, let v = UInt32(s, radix: 16) else { return nil }
        let r = Double(v >> 16 & 0xFF) / 255, g = Double(v >> 8 & 0xFF) / 255, b = Double(v & 0xFF) / 255
        let mx = max(r, g, b), mn = min(r, g, b)
        guard mx - mn > 0.15 else { return nil }
        var h: Double
        if mx == r { h = 60 * ((g - b) / (mx - mn)) } else if mx == g { h = 60 * ((b - r) / (mx - mn) + 2) } else {
            h = 60 * ((r - g) / (mx - mn) + 4)
        }
        if h < 0 { h += 360 }
        switch h {
        case ..<20, 340...: return .red
        case 20..<66: return .amber
        case 75..<170: return .green
        default: return nil
        }
    }

    static func isBlue(_ hex: String) -> Bool {
        let s = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard s.count == 6, let v = UInt32(s, radix: 16) else { return false }
        let r = Int(v >> 16 & 0xFF), g = Int(v >> 8 & 0xFF), b = Int(v & 0xFF)
        return b > 120 && b > r + 60 && b >= g
    }

    static func polarity(_ text: String) -> Polarity {
        let k = key(text)
        if ["higher", "high", "bigger", "more", "up", "maximise", "increase", "↑", "▲", "aim high"].contains(where: { k.hasPrefix($0) }) {
            return .higherIsBetter
        }
        if ["lower", "low", "smaller", "less", "down", "minimise", "reduce", "decrease", "↓", "▼", "aim low"].contains(where: { k.hasPrefix($0) }) {
            return .lowerIsBetter
        }
        return .unknown
    }

    static func direction(_ text: String, polarity: Polarity) -> Direction? {
        let k = key(text)
        if ["improv", "better"].contains(where: { k.contains($0) }) { return .improving }
        if ["worse", "declin", "deteriorat"].contains(where: { k.contains($0) }) { return .worsening }
        if ["no change", "same", "stable", "static", "unchanged", "maintained", "↔", "→", "◄►", "="].contains(where: { k.contains($0) }) {
            return .noChange
        }
        // In a direction-of-travel column an arrow shows how performance moved: up is better.
        if ["↑", "▲", "⬆"].contains(where: { k.hasPrefix($0) }) { return .improving }
        if ["↓", "▼", "⬇"].contains(where: { k.hasPrefix($0) }) { return .worsening }
        return nil
    }

    static func score(_ text: String) -> Score {
        let t = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if let m = match(t, #"^(.*?)\s*\((\d{1,3})\)$"#) { return Score(text: m[1], score: Int(m[2])) }
        if let n = Int(t) { return Score(text: t, score: n) }
        if let m = match(t, #"^(\d{1,3})\s*[-–:]\s*(.+)$"#) { return Score(text: m[2], score: Int(m[1])) }
        return Score(text: t, score: nil)
    }

    static func countKey(_ label: String) -> WritableKeyPath<SummaryCounts, Int?> {
        let k = key(label)
        if k.contains("annual") { return \.annual }
        if k.contains("not started") || k.contains("not yet started") { return \.notStarted }
        if k.contains("improv") { return \.improving }
        if k.contains("no change") || k.contains("static") || k.contains("unchanged") { return \.noChange }
        if k.contains("worse") || k.contains("declin") || k.contains("deteriorat") { return \.worsening }
        if k.contains("not achieved") || k.contains("behind") || k.contains("below") || k.contains("off target")
            || k.contains("off track") || k.contains("missed") || k.hasPrefix("red") { return \.red }
        if k.contains("on target") || k.contains("on track") || k.hasPrefix("green") { return \.green }
        if k.contains("within tolerance") || k.hasPrefix("amber") { return \.amber }
        if k.contains("complete") || k.contains("achieved") { return \.completed }
        return \.other
    }

    // MARK: councils

    static func slug(_ name: String) -> String {
        var out = ""
        for ch in name.lowercased().replacingOccurrences(of: "&", with: " and ") {
            if ch.isLetter || ch.isNumber { out.append(ch) } else if !out.isEmpty, out.last != "-" { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    static func council(name: String) -> Council? {
        let n = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return n.isEmpty ? nil : Council(name: n, slug: slug(n))
    }

    /// Without the list of authorities a domain names no council.
    static func council(domain: String) -> Council? { nil }
}
