import NormaliseStage
import Record

/// The validator's calendar is the normalise stage's (CalendarDate, FinancialYear): the rules
/// check the record against the same days the record was built from. What is added here: the
/// strict "YYYY-YY" reading a record's field must have, and closed spans of days.
typealias Day = CalendarDate

extension CalendarDate {
    /// A count of days, for distances between dates (only differences are used).
    var number: Int { dayNumber }
}

/// A closed range of days: a financial year, a quarter or a month.
struct Span: Equatable, Sendable {
    let start: Day
    let end: Day

    func contains(_ d: Day) -> Bool { start <= d && d <= end }
    func contains(_ s: Span) -> Bool { contains(s.start) && contains(s.end) }
    var description: String { "\(start) to \(end)" }
}

extension FinancialYear {
    /// Exactly "YYYY-YY", the second part the following year mod 100 ("1999-00"): the form a
    /// record's field must have (the normalise stage's `parse` also reads "2023/24", "FY24").
    init?(exactly text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts[0].allSatisfy(\.isASCIIDigit), parts[1].allSatisfy(\.isASCIIDigit),
            let first = Int(parts[0]), let second = Int(parts[1]), second == (first + 1) % 100
        else { return nil }
        self.init(startYear: first)
    }

    var span: Span { Span(start: start, end: end) }

    /// Quarter 1 is April to June, quarter 4 January to March of the following calendar year.
    func quarterSpan(_ q: Int) -> Span? { quarter(q).map { Span(start: $0.start, end: $0.end) } }
}

/// "YYYY-MM" as the span of that month.
func monthSpan(_ text: String) -> Span? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
        let y = Int(parts[0]), let m = Int(parts[1]), let first = Day(year: y, month: m, day: 1)
    else { return nil }
    return Span(start: first, end: CalendarDate.endOf(month: m, year: y))
}

extension Period {
    /// The days this period covers: its month if given, else its quarter, else the whole year.
    var span: Span? {
        guard let fy = FinancialYear(exactly: financialYear) else { return nil }
        if let month, let s = monthSpan(month) { return s }
        if let quarter { return fy.quarterSpan(quarter) }
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
