import Record

/// The report's period from the texts the parse stage found: the first text stating both a
/// financial year and a quarter; else a quarter from one text and the year from another; else
/// a year alone from the title (an annual report). When the title names a financial year, a
/// text naming another is about something else ("the biggest drop since November 2020 … in Q2"
/// in a 2024-25 treasury report's economic commentary).
enum ReportPeriodStage {
    static func period(_ parsed: ParsedReport, issues: inout [Issue]) -> ReportPeriod? {
        let parts = parsed.periodTexts.map { ($0, Values.reportPeriod($0.text)) }
        let titleYear = parts.first { $0.0.origin == "title" }?.1.financialYear
        var fy: String?
        var quarter: Int?
        if let full = parts.first(where: {
            $0.1.financialYear != nil && $0.1.quarter != nil && (titleYear == nil || $0.1.financialYear == titleYear)
        }) {
            fy = full.1.financialYear
            quarter = full.1.quarter
        } else {
            // A year or quarter alone counts only where the paper names itself: title or heading.
            let named = parts.filter { $0.0.origin == "title" || $0.0.origin == "heading" }
            fy = named.lazy.compactMap(\.1.financialYear).first ?? parts.lazy.compactMap(\.1.financialYear).first
            if let year = fy {
                quarter = named.lazy.compactMap { Values.quarter(in: $0.0.text, financialYear: year) }.first
            }
            if quarter == nil, named.allSatisfy({ $0.1.financialYear == nil }) { fy = nil }
        }
        guard let fy, let period = Values.reportPeriod(financialYear: fy, quarter: quarter) else {
            issues.append(
                Issue(
                    severity: .warning, stage: "normalise", code: "period-not-found",
                    message: "No financial year found in the title, headings or purpose text."))
            return nil
        }
        return period
    }
}

/// Turns column headers and start/end cells into periods, in the report's financial year when
/// they do not name one ("Q3").
struct ObservationPeriods {
    let report: ReportPeriod?

    init(report: ReportPeriod?, issues: inout [Issue]) {
        self.report = report
    }

    /// The period of an observation column group; nil header = the report's own period.
    func period(header: String?) -> Period? {
        guard let header else {
            return report.map { Period(financialYear: $0.financialYear, quarter: $0.quarter) }
        }
        // "This quarter", "Same quarter last year": relative to the report's own period.
        if let relative = RelativePeriod.period(header: header, report: report) { return relative }
        return Values.period(header: header, reportYear: report?.financialYear)
    }
}
