import Record

/// A UK local-government financial year: 1 April to 31 March. `startYear` 2023 is "2023-24".
public struct FinancialYear: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// The calendar year in which the financial year starts (in April).
    public let startYear: Int

    public init(startYear: Int) { self.startYear = startYear }

    /// The financial year containing a date: January–March belong to the year that started
    /// the previous April.
    public init(containing date: CalendarDate) {
        startYear = date.month >= 4 ? date.year : date.year - 1
    }

    /// The SPEC's form: "2023-24" (and "1999-00").
    public var label: String { "\(startYear)-\(pad((startYear + 1) % 100, 2))" }
    public var description: String { label }

    public var start: CalendarDate { CalendarDate(year: startYear, month: 4, day: 1)! }
    public var end: CalendarDate { CalendarDate(year: startYear + 1, month: 3, day: 31)! }

    public func contains(_ date: CalendarDate) -> Bool { start <= date && date <= end }

    public static func < (a: FinancialYear, b: FinancialYear) -> Bool { a.startYear < b.startYear }

    /// Quarter `q` (1...4): Q1 April–June, Q2 July–September, Q3 October–December,
    /// Q4 January–March of the following calendar year.
    public func quarter(_ q: Int) -> (start: CalendarDate, end: CalendarDate)? {
        guard (1...4).contains(q) else { return nil }
        let firstMonth = (q - 1) * 3 + 4  // 4, 7, 10, 13
        let year = firstMonth > 12 ? startYear + 1 : startYear
        let month = firstMonth > 12 ? firstMonth - 12 : firstMonth
        return (
            CalendarDate(year: year, month: month, day: 1)!,
            CalendarDate.endOf(month: month + 2, year: year)
        )
    }

    /// The quarter (1...4) of this year that contains `date`, or nil if the date is outside it.
    public func quarter(containing date: CalendarDate) -> Int? {
        guard contains(date) else { return nil }
        return FinancialYear.quarterNumber(month: date.month)
    }

    /// Financial quarter of a calendar month: April → 1 … January → 4.
    public static func quarterNumber(month: Int) -> Int {
        ((month + 8) % 12) / 3 + 1
    }

    /// The calendar year of a month (1...12) within this financial year.
    public func calendarYear(ofMonth month: Int) -> Int { month >= 4 ? startYear : startYear + 1 }

    /// A canonical `ReportPeriod` for the whole year (quarter nil) or one quarter.
    public func reportPeriod(quarter q: Int?) -> ReportPeriod? {
        if let q {
            guard let (s, e) = quarter(q) else { return nil }
            return ReportPeriod(financialYear: label, quarter: q, start: s.iso, end: e.iso)
        }
        return ReportPeriod(financialYear: label, quarter: nil, start: start.iso, end: end.iso)
    }

    /// Parses a financial year as written: "2023-24", "2023/24", "2023–24", "23/24", "23-24",
    /// "2023-2024", "2023/2024", "FY24", "FY 2023/24", "FY23/24", "2023/24 Outturn" is NOT
    /// accepted here (use `PeriodParser`). The second year must follow the first.
    /// A lone "FY24"/"FY2024" names the year ending in March 2024.
    public static func parse(_ text: String) -> FinancialYear? {
        var s = TextCleanup.clean(text).uppercased().filter { $0 != " " }
        var hadFY = false
        if s.hasPrefix("FY") {
            s.removeFirst(2)
            hadFY = true
        }
        if let sep = s.firstIndex(where: { $0 == "-" || $0 == "/" }) {
            let a = s[s.startIndex..<sep]
            let b = s[s.index(after: sep)...]
            guard a.allSatisfy(\.isASCIIDigit), b.allSatisfy(\.isASCIIDigit),
                let first = fullYear(String(a)), let secondNum = Int(b)
            else { return nil }
            switch b.count {
            case 2: guard secondNum == (first + 1) % 100 else { return nil }
            case 4: guard secondNum == first + 1 else { return nil }
            default: return nil
            }
            return FinancialYear(startYear: first)
        }
        guard hadFY, s.allSatisfy(\.isASCIIDigit), let endYear = fullYear(s) else { return nil }
        return FinancialYear(startYear: endYear - 1)
    }

    /// "2023" → 2023, "23" → 2023 (two-digit years are read as 1970–2069).
    static func fullYear(_ digits: String) -> Int? {
        guard let n = Int(digits) else { return nil }
        switch digits.count {
        case 4: return (1900...2199).contains(n) ? n : nil
        case 2: return n < 70 ? 2000 + n : 1900 + n
        default: return nil
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
