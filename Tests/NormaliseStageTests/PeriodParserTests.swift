import NormaliseStage
import PropertyBased
import Record
import Testing

struct HeaderCase: Sendable, CustomTestStringConvertible {
    let text: String
    let kind: PeriodHeader.Kind?
    let period: Period?
    var start: String? = nil
    var end: String? = nil
    var testDescription: String { "\"\(text)\"" }
}

let context2324 = FinancialYear(startYear: 2023)

let headerCases: [HeaderCase] = [
    .init(
        text: "Q1 2023/24", kind: .quarter, period: Period(financialYear: "2023-24", quarter: 1), start: "2023-04-01",
        end: "2023-06-30"),
    .init(text: "Q3 2023/24", kind: .quarter, period: Period(financialYear: "2023-24", quarter: 3)),
    .init(text: "Q1 23/24", kind: .quarter, period: Period(financialYear: "2023-24", quarter: 1)),
    .init(text: "Q1 23-24", kind: .quarter, period: Period(financialYear: "2023-24", quarter: 1)),
    .init(
        text: "Quarter 2 2023-24", kind: .quarter, period: Period(financialYear: "2023-24", quarter: 2),
        start: "2023-07-01", end: "2023-09-30"),
    .init(
        text: "Qtr 3", kind: .quarter, period: Period(financialYear: "2023-24", quarter: 3), start: "2023-10-01",
        end: "2023-12-31"),
    .init(
        text: "Q4", kind: .quarter, period: Period(financialYear: "2023-24", quarter: 4), start: "2024-01-01",
        end: "2024-03-31"),
    .init(text: "2023/24 Q2", kind: .quarter, period: Period(financialYear: "2023-24", quarter: 2)),
    .init(
        text: "Q3 YTD", kind: .yearToDate, period: Period(financialYear: "2023-24", quarter: 3), start: "2023-04-01",
        end: "2023-12-31"),
    .init(
        text: "Year to date Q2", kind: .yearToDate, period: Period(financialYear: "2023-24", quarter: 2),
        start: "2023-04-01", end: "2023-09-30"),
    .init(
        text: "2022/23 Outturn", kind: .year, period: Period(financialYear: "2022-23"), start: "2022-04-01",
        end: "2023-03-31"),
    .init(text: "Annual 2023/24", kind: .year, period: Period(financialYear: "2023-24")),
    .init(text: "Annual Target", kind: .year, period: Period(financialYear: "2023-24")),
    .init(
        text: "Year end", kind: .year, period: Period(financialYear: "2023-24"), start: "2023-04-01", end: "2024-03-31"),
    .init(text: "2023-24", kind: .year, period: Period(financialYear: "2023-24")),
    .init(
        text: "Jul-Sep 2019", kind: .quarter, period: Period(financialYear: "2019-20", quarter: 2), start: "2019-07-01",
        end: "2019-09-30"),
    .init(
        text: "Jan - Mar 2024", kind: .quarter, period: Period(financialYear: "2023-24", quarter: 4),
        start: "2024-01-01", end: "2024-03-31"),
    .init(
        text: "Apr-Dec 2023", kind: .yearToDate, period: Period(financialYear: "2023-24", quarter: 3),
        start: "2023-04-01", end: "2023-12-31"),
    .init(
        text: "Sep 23", kind: .month, period: Period(financialYear: "2023-24", month: "2023-09"), start: "2023-09-01",
        end: "2023-09-30"),
    .init(text: "September 2023", kind: .month, period: Period(financialYear: "2023-24", month: "2023-09")),
    .init(text: "Sept-23", kind: .month, period: Period(financialYear: "2023-24", month: "2023-09")),
    .init(
        text: "Feb-24", kind: .month, period: Period(financialYear: "2023-24", month: "2024-02"), start: "2024-02-01",
        end: "2024-02-29"),
    .init(text: "March", kind: .month, period: Period(financialYear: "2023-24", month: "2024-03")),
    .init(text: "30-Sep-2023", kind: .quarter, period: Period(financialYear: "2023-24", quarter: 2)),
    .init(text: "31-Oct-2023", kind: .month, period: Period(financialYear: "2023-24", month: "2023-10")),
    .init(text: "Not started (annual KPIs)", kind: nil, period: nil),
    .init(text: "Annual measure of satisfaction", kind: nil, period: nil),
    .init(text: "Value", kind: nil, period: nil),
    .init(text: "Target", kind: nil, period: nil),
    .init(text: "Gauge", kind: nil, period: nil),
    .init(text: "Key Performance Indicator", kind: nil, period: nil)
]

@Test(arguments: headerCases)
func periodHeaders(_ c: HeaderCase) {
    let h = PeriodParser.header(c.text, context: context2324)
    #expect(h?.kind == c.kind)
    #expect(h?.period == c.period)
    if let start = c.start { #expect(h?.start.iso == start) }
    if let end = c.end { #expect(h?.end.iso == end) }
}

@Test func headersWithoutAYearNeedAContext() {
    #expect(PeriodParser.header("Qtr 3") == nil)
    #expect(PeriodParser.header("Year end") == nil)
    #expect(PeriodParser.header("Q1 2023/24")?.period == Period(financialYear: "2023-24", quarter: 1))
}

let reportPhraseCases: [(String, ReportPeriod?)] = [
    // The year to date named by its months is reported at the quarter it ends; the whole year is no quarter.
    (
        "Performance for April to December 2024",
        ReportPeriod(financialYear: "2024-25", quarter: 3, start: "2024-10-01", end: "2024-12-31")
    ),
    (
        "April – September 2024",
        ReportPeriod(financialYear: "2024-25", quarter: 2, start: "2024-07-01", end: "2024-09-30")
    ),
    ("April to November 2024", nil),
    (
        "Month 6 – Quarter 2 2024/25",
        ReportPeriod(financialYear: "2024-25", quarter: 2, start: "2024-07-01", end: "2024-09-30")
    ),
    (
        "Quarter 2 (Q2) (July - September 2019)",
        ReportPeriod(financialYear: "2019-20", quarter: 2, start: "2019-07-01", end: "2019-09-30")
    ),
    (
        "2019/20 QUARTER 2 PERFORMANCE REPORT",
        ReportPeriod(financialYear: "2019-20", quarter: 2, start: "2019-07-01", end: "2019-09-30")
    ),
    (
        "To report the Council's performance for the second quarter period to 30th September 2023.",
        ReportPeriod(financialYear: "2023-24", quarter: 2, start: "2023-07-01", end: "2023-09-30")
    ),
    (
        "period to 30th September 2023",
        ReportPeriod(financialYear: "2023-24", quarter: 2, start: "2023-07-01", end: "2023-09-30")
    ),
    (
        "Strategic Performance Report Q2 2023-24",
        ReportPeriod(financialYear: "2023-24", quarter: 2, start: "2023-07-01", end: "2023-09-30")
    ),
    (
        "Overall Performance at end of Quarter 2, September 30th 2023:",
        ReportPeriod(financialYear: "2023-24", quarter: 2, start: "2023-07-01", end: "2023-09-30")
    ),
    (
        "This report presents detailed performance results for the quarter 3 of 2023-2024",
        ReportPeriod(financialYear: "2023-24", quarter: 3, start: "2023-10-01", end: "2023-12-31")
    ),
    (
        "Overall Corporate Delivery Plan Action Performance: Quarter 3 2023-2024",
        ReportPeriod(financialYear: "2023-24", quarter: 3, start: "2023-10-01", end: "2023-12-31")
    ),
    (
        "Directorate Performance Overview Reports for Quarter 2 2023 - 24",
        ReportPeriod(financialYear: "2023-24", quarter: 2, start: "2023-07-01", end: "2023-09-30")
    ),
    (
        "Annual Performance Report 2022/23",
        ReportPeriod(financialYear: "2022-23", quarter: nil, start: "2022-04-01", end: "2023-03-31")
    ),
    (
        "Q4 performance to 31 March 2024",
        ReportPeriod(financialYear: "2023-24", quarter: 4, start: "2024-01-01", end: "2024-03-31")
    ),
    (
        "results for the second quarter of 2023-24, in respect of the Corporate Delivery Plan",
        ReportPeriod(financialYear: "2023-24", quarter: 2, start: "2023-07-01", end: "2023-09-30")
    ),
    (
        "Subject: Quarterly Performance Report, Quarter 3, 2024/25",
        ReportPeriod(financialYear: "2024-25", quarter: 3, start: "2024-10-01", end: "2024-12-31")
    ),
    (
        "This report presents performance to the end of December 2024 (Quarter 3, 2024/25).",
        ReportPeriod(financialYear: "2024-25", quarter: 3, start: "2024-10-01", end: "2024-12-31")
    ),
    (
        "3. The attached report presents detailed performance results for quarter two 2023-2024",
        ReportPeriod(financialYear: "2023-24", quarter: 2, start: "2023-07-01", end: "2023-09-30")
    ),
    // A mid-year (half-year) report runs to 30 September.
    (
        "Treasury Management Mid-Year Update 2024-25",
        ReportPeriod(financialYear: "2024-25", quarter: 2, start: "2024-07-01", end: "2024-09-30")
    ),
    (
        "TM half-year report 2024-25 to County Council",
        ReportPeriod(financialYear: "2024-25", quarter: 2, start: "2024-07-01", end: "2024-09-30")
    ),
    (
        "in the second half of the year 2024-25",
        ReportPeriod(financialYear: "2024-25", quarter: nil, start: "2024-04-01", end: "2025-03-31")
    ),
    ("Communities                                             14 – 15", nil),
    ("Performance report", nil),
    ("second quarter", nil),
    ("Date of Meeting: 24 January 2024", nil)
]

@Test func reportPeriodPhrases() {
    for (text, expected) in reportPhraseCases {
        #expect(PeriodParser.reportPeriod(in: text) == expected, "\(text)")
    }
    #expect(PeriodParser.reportPeriod(in: "second quarter", context: context2324)?.quarter == 2)
}

@Test func monthsAsPeriods() {
    #expect(PeriodParser.month("Sep 23") == Period(financialYear: "2023-24", month: "2023-09"))
    #expect(PeriodParser.month("September 2023") == Period(financialYear: "2023-24", month: "2023-09"))
    #expect(PeriodParser.month("Sept-23") == Period(financialYear: "2023-24", month: "2023-09"))
    #expect(PeriodParser.month("Jan 2024") == Period(financialYear: "2023-24", month: "2024-01"))
    #expect(PeriodParser.month("Q1") == nil)
}

let periodishText = Gen<String?>.element(of: [
    "Q", "Qtr ", "Quarter ", "1", "2", "3", "4", "9", "12", "23", "24", "30", "2023",
    "2024", "/", "-", "–", " ", ",", ".", "(", ")", "Sep", "Jan", "March ", "th",
    "FY", "YTD", "Annual", "Year end", "to ", "of "
])
.map { $0! }.array(of: 0...12).map { $0.joined() }

@Test func anyPeriodFoundIsConsistent() async {
    await propertyCheck(count: 2000, input: periodishText) { text in
        if let h = PeriodParser.header(text, context: context2324) {
            let fy = FinancialYear.parse(h.period.financialYear)
            #expect(fy != nil && fy!.contains(h.start) && fy!.contains(h.end) && h.start <= h.end, "\(text)")
            if let q = h.period.quarter, h.kind == .quarter { #expect(fy!.quarter(q)! == (h.start, h.end), "\(text)") }
        }
        if let p = PeriodParser.reportPeriod(in: text) {
            let fy = FinancialYear.parse(p.financialYear)!
            #expect(p == fy.reportPeriod(quarter: p.quarter), "\(text)")
        }
        for d in DateParser.all(in: text, context: meetingContext) {
            #expect(CalendarDate(iso: d.iso) == d, "\(text)")
        }
    }
}
