import Record

/// A table column header (or any short label) read as a period.
public struct PeriodHeader: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// One quarter: "Q1 2023/24", "Quarter 2 2023-24", "Qtr 3", "Jul-Sep 2019".
        case quarter
        /// One month: "Sep 23", "September 2023".
        case month
        /// From 1 April to the end of a quarter or month: "Q3 YTD", "Apr-Dec 2023".
        case yearToDate
        /// The whole financial year: "2023/24", "Annual 2023/24", "2022/23 Outturn", "Year end".
        case year
    }

    public var kind: Kind
    /// The SPEC's observation period: financial year, plus quarter or month when the header
    /// names one (a year-to-date header keeps the quarter it runs to).
    public var period: Period
    public var start: CalendarDate
    public var end: CalendarDate
}

/// Period headers and report-period phrases → SPEC periods.
public enum PeriodParser {
    /// A column header as a period, or nil when it names none ("Value", "Target", "Gauge").
    /// `context` supplies the financial year when the header omits it ("Qtr 3", "Year end",
    /// "September"); without it such headers give nil.
    public static func header(_ text: String, context: FinancialYear? = nil) -> PeriodHeader? {
        let e = PeriodEvidence(text)
        guard e.anything else { return nil }
        if let r = e.monthRange {
            // The range's last month fixes the year: "Jan-Mar 2024" is Q4 2023-24.
            let fy = e.financialYear ?? FinancialYear(containing: CalendarDate(year: r.year, month: r.last, day: 1)!)
            let firstYear = fy.calendarYear(ofMonth: r.first)
            let lastYear = fy.calendarYear(ofMonth: r.last)
            let start = CalendarDate(year: firstYear, month: r.first, day: 1)!
            let end = CalendarDate.endOf(month: r.last, year: lastYear)
            guard start <= end else { return nil }
            let q = FinancialYear.quarterNumber(month: r.last)
            if let (qs, qe) = fy.quarter(q), qs == start, qe == end {
                return PeriodHeader(
                    kind: .quarter, period: Period(financialYear: fy.label, quarter: q), start: start, end: end)
            }
            if start == fy.start {
                if end == fy.end {
                    return PeriodHeader(kind: .year, period: Period(financialYear: fy.label), start: start, end: end)
                }
                return PeriodHeader(kind: .yearToDate, period: monthEndPeriod(fy, end), start: start, end: end)
            }
            return nil
        }
        if let m = e.month {
            let fy = FinancialYear(containing: CalendarDate(year: m.year, month: m.month, day: 1)!)
            return monthHeader(fy: fy, month: m.month, ytd: e.yearToDate)
        }
        if let date = e.date, e.quarter == nil {
            // "30-Sep-2023": the period ending that day (a quarter end, else its month).
            let fy = e.financialYear ?? FinancialYear(containing: date)
            guard fy.contains(date) else { return nil }
            let q = FinancialYear.quarterNumber(month: date.month)
            if let (qs, qe) = fy.quarter(q), qe == date {
                if e.yearToDate { return ytd(fy, q) }
                return PeriodHeader(
                    kind: .quarter, period: Period(financialYear: fy.label, quarter: q), start: qs, end: qe)
            }
            return monthHeader(fy: fy, month: date.month, ytd: e.yearToDate)
        }
        guard let fy = e.financialYear ?? context else { return nil }
        if let q = e.quarter {
            if e.yearToDate { return ytd(fy, q) }
            let (s, end) = fy.quarter(q)!
            return PeriodHeader(kind: .quarter, period: Period(financialYear: fy.label, quarter: q), start: s, end: end)
        }
        if let m = e.bareMonth {
            return monthHeader(fy: fy, month: m, ytd: e.yearToDate)
        }
        if e.financialYear != nil || (e.wholeYear && onlyPeriodWords(text)) {
            return PeriodHeader(kind: .year, period: Period(financialYear: fy.label), start: fy.start, end: fy.end)
        }
        return nil
    }

    /// Whether a header or label names a period at all, year or not ("Q2", "YTD", "Apr-23",
    /// "2022/23 Outturn"): what makes a table column a period column before its year is known.
    public static func namesPeriod(_ text: String) -> Bool {
        if PeriodEvidence(text).anything { return true }
        let words = TextCleanup.words(text)
        // "This quarter", "Previous quarter": a quarter named relative to the report's.
        if words.contains("quarter") { return true }
        // A calendar year alone ("2007"): a column of a yearly series.
        guard words.count == 1, let year = Int(words[0]) else { return false }
        return words[0].count == 4 && (1900..<2100).contains(year)
    }

    /// The report's own period from a title, heading or purpose sentence:
    /// "Q2 2023-24", "2019/20 QUARTER 2 PERFORMANCE REPORT", "Quarter 2 (Q2) (July - September 2019)",
    /// "second quarter period to 30th September 2023", "end of Quarter 2, September 30th 2023",
    /// "quarter 3 of 2023-2024", "Annual report 2023/24". `context` supplies a financial year the
    /// phrase leaves out ("second quarter"). Nil when the phrase does not fix a year.
    public static func reportPeriod(in text: String, context: FinancialYear? = nil) -> ReportPeriod? {
        let e = PeriodEvidence(text)
        var fy = e.financialYear
        var quarter = e.quarter
        if let r = e.monthRange {
            let lastDate = CalendarDate(year: r.year, month: r.last, day: 1)!
            fy = fy ?? FinancialYear(containing: lastDate)
            let q = FinancialYear.quarterNumber(month: r.last)
            if quarter == nil, FinancialYear.quarterNumber(month: r.first) == q { quarter = q }
            // "April to December 2024": the year to date, reported at the quarter it ends.
            if quarter == nil, r.first == 4, r.last % 3 == 0, r.last != 3 { quarter = q }
        }
        if let d = e.date {
            let dateYear = FinancialYear(containing: d)
            if fy == nil { fy = dateYear }
            if quarter == nil, fy == dateYear {
                // Only a quarter's last day names a quarter ("period to 30th September 2023").
                let q = FinancialYear.quarterNumber(month: d.month)
                if dateYear.quarter(q)?.end == d { quarter = q }
            }
        }
        if fy == nil, let m = e.month, quarter != nil {
            fy = FinancialYear(containing: CalendarDate(year: m.year, month: m.month, day: 1)!)
        }
        guard let year = fy ?? (quarter != nil || e.wholeYear ? context : nil) else { return nil }
        if quarter == nil, !e.wholeYear, e.financialYear == nil { return nil }
        return year.reportPeriod(quarter: quarter)
    }

    /// A month as an observation period: "Sep 23", "September 2023", "Sept-23" →
    /// `Period(financialYear: "2023-24", month: "2023-09")`.
    public static func month(_ text: String) -> Period? {
        let e = PeriodEvidence(text)
        guard let m = e.month else { return nil }
        let d = CalendarDate(year: m.year, month: m.month, day: 1)!
        return Period(financialYear: FinancialYear(containing: d).label, month: d.yearMonth)
    }

    /// The SPEC period for a quarter of a year.
    public static func period(_ fy: FinancialYear, quarter: Int? = nil) -> Period {
        Period(financialYear: fy.label, quarter: quarter)
    }

    /// Words a whole-year column header may hold besides the period itself ("Annual Target",
    /// "Year end outturn"); anything else ("Not started (annual KPIs)") is not a period header.
    static let headerWords: Set<String> = [
        "annual", "annually", "outturn", "year", "end", "full", "yearend", "target", "targets", "value", "actual",
        "actuals", "position", "result", "results", "forecast", "performance", "figure", "total", "to", "date",
        "ytd", "cumulative", "fy"
    ]

    static func onlyPeriodWords(_ text: String) -> Bool {
        TextCleanup.words(text).allSatisfy { headerWords.contains($0) || $0.allSatisfy(\.isNumber) }
    }

    static func monthHeader(fy: FinancialYear, month: Int, ytd: Bool) -> PeriodHeader {
        let year = fy.calendarYear(ofMonth: month)
        let first = CalendarDate(year: year, month: month, day: 1)!
        let last = CalendarDate.endOf(month: month, year: year)
        let period = Period(financialYear: fy.label, month: first.yearMonth)
        if ytd { return PeriodHeader(kind: .yearToDate, period: period, start: fy.start, end: last) }
        return PeriodHeader(kind: .month, period: period, start: first, end: last)
    }

    static func ytd(_ fy: FinancialYear, _ q: Int) -> PeriodHeader {
        PeriodHeader(
            kind: .yearToDate, period: Period(financialYear: fy.label, quarter: q),
            start: fy.start, end: fy.quarter(q)!.end)
    }

    /// A year-to-date period ending on `end`: to a quarter when it is a quarter end, else a month.
    static func monthEndPeriod(_ fy: FinancialYear, _ end: CalendarDate) -> Period {
        let q = FinancialYear.quarterNumber(month: end.month)
        if fy.quarter(q)?.end == end { return Period(financialYear: fy.label, quarter: q) }
        return Period(financialYear: fy.label, month: end.yearMonth)
    }
}
