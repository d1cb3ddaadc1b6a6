import Record

/// Column headers that name a period relative to the report's own ("This quarter", "Previous
/// quarter", "Same quarter last year", "Last year"): resolved against the report period, so an
/// exception report's columns land in the quarters they show. Nil when the header is not
/// relative, or when it needs a quarter the report does not have.
public enum RelativePeriod {
    /// What a relative header points at, as steps back from the report period.
    enum Offset: Equatable {
        case quarters(Int)
        case years(Int)
        /// The whole financial year, `n` years back.
        case wholeYear(Int)
    }

    /// Phrases (as `TextCleanup.words` gives them) and what they point at. Longest first, so
    /// "same quarter last year" wins over "last year".
    static let phrases: [(String, Offset)] = [
        ("same quarter last year", .years(1)), ("same quarter previous year", .years(1)),
        ("same period last year", .years(1)), ("same quarter of last year", .years(1)),
        ("same time last year", .years(1)), ("same quarter prior year", .years(1)),
        ("three quarters ago", .quarters(3)), ("two quarters ago", .quarters(2)),
        ("previous quarter", .quarters(1)), ("last quarter", .quarters(1)), ("prior quarter", .quarters(1)),
        ("this quarter", .quarters(0)), ("current quarter", .quarters(0)), ("latest quarter", .quarters(0)),
        ("this period", .quarters(0)), ("current period", .quarters(0)),
        ("previous year", .wholeYear(1)), ("last year", .wholeYear(1)), ("prior year", .wholeYear(1)),
        // Alone, in a quarterly report: the quarter before ("Previous: 89% (Amber)").
        ("previous", .quarters(1)), ("latest", .quarters(0))
    ]

    public static func period(header: String, report: ReportPeriod?) -> Period? {
        guard let report, let fy = FinancialYear.parse(report.financialYear) else { return nil }
        let words = TextCleanup.words(header)
        // A header that names a year or quarter number says its period itself.
        guard !words.contains(where: { $0.contains(where: \.isNumber) }) else { return nil }
        let text = " " + words.joined(separator: " ") + " "
        // A one-word phrase ("Previous") only as the whole header: "Latest data" is no period.
        guard
            let (_, offset) = phrases.first(where: { p in
                p.0.contains(" ") ? text.contains(" " + p.0 + " ") : words == [p.0]
            })
        else { return nil }
        switch offset {
        case .wholeYear(let n):
            return Period(financialYear: FinancialYear(startYear: fy.startYear - n).label)
        case .years(let n):
            guard let q = report.quarter else { return nil }
            return Period(financialYear: FinancialYear(startYear: fy.startYear - n).label, quarter: q)
        case .quarters(let n):
            guard let q = report.quarter else { return nil }
            // Counted in quarters from the start of year 0: Q1 of the previous year is 4 back of Q1.
            let index = fy.startYear * 4 + (q - 1) - n
            return Period(financialYear: FinancialYear(startYear: index / 4).label, quarter: index % 4 + 1)
        }
    }
}
