import Record

/// A calendar date without time zone, compared by its day number. Done by hand (no
/// Foundation calendar) so that the rules stay pure and identical on every platform.
struct Day: Comparable, Hashable, Sendable, CustomStringConvertible {
    let year: Int
    let month: Int
    let day: Int

    init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Day.length(ofMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// "YYYY-MM-DD"; nil unless it names a real date (2023-02-30 does not).
    init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func lastDay(year: Int, month: Int) -> Day {
        Day(year: year, month: month, day: length(ofMonth: month, year: year))!
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for distances between dates.
    var number: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    var description: String {
        func pad(_ n: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

/// A closed range of days: a financial year, a quarter or a month.
struct Span: Equatable, Sendable {
    let start: Day
    let end: Day

    func contains(_ d: Day) -> Bool { start <= d && d <= end }
    func contains(_ s: Span) -> Bool { contains(s.start) && contains(s.end) }
    var description: String { "\(start) to \(end)" }
}

/// A UK financial year, 1 April to 31 March, written "2023-24".
struct FinancialYear: Comparable, Hashable, Sendable {
    let startYear: Int

    /// "YYYY-YY" with the second part the following year mod 100 ("1999-00"); nil otherwise.
    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts[0].allSatisfy(\.isASCIIDigit), parts[1].allSatisfy(\.isASCIIDigit),
              let first = Int(parts[0]), let second = Int(parts[1]), second == (first + 1) % 100 else { return nil }
        startYear = first
    }

    var span: Span { Span(start: Day(year: startYear, month: 4, day: 1)!, end: Day(year: startYear + 1, month: 3, day: 31)!) }

    /// Quarter 1 is April to June, quarter 4 January to March of the following calendar year.
    func quarter(_ q: Int) -> Span? {
        guard (1...4).contains(q) else { return nil }
        let firstMonth = 4 + 3 * (q - 1)  // 4, 7, 10, 13
        let (y, m) = firstMonth > 12 ? (startYear + 1, firstMonth - 12) : (startYear, firstMonth)
        return Span(start: Day(year: y, month: m, day: 1)!, end: Day.lastDay(year: y, month: m + 2))
    }

    static func < (a: FinancialYear, b: FinancialYear) -> Bool { a.startYear < b.startYear }
}

/// "YYYY-MM" as the span of that month.
func monthSpan(_ text: String) -> Span? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
          let y = Int(parts[0]), let m = Int(parts[1]), let first = Day(year: y, month: m, day: 1) else { return nil }
    return Span(start: first, end: Day.lastDay(year: y, month: m))
}

extension Period {
    /// The days this period covers: its month if given, else its quarter, else the whole year.
    var span: Span? {
        guard let fy = FinancialYear(financialYear) else { return nil }
        if let month, let s = monthSpan(month) { return s }
        if let quarter { return fy.quarter(quarter) }
        return fy.span
    }

    /// "Q2 2023-24", "2023-11 (2023-24)", "2023-24": how a person names it.
    var label: String {
        if let month { return "\(month) (\(financialYear))" }
        if let quarter { return "Q\(quarter) \(financialYear)" }
        return financialYear
    }
}

extension ReportPeriod {
    var label: String { quarter.map { "Q\($0) \(financialYear)" } ?? financialYear }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
