import NormaliseStage
import PropertyBased
import Record
import Testing

@Test func financialYearSpellings() {
    let cases: [(String, String?)] = [
        ("2023-24", "2023-24"), ("2023/24", "2023-24"), ("23/24", "2023-24"), ("23-24", "2023-24"),
        ("FY24", "2023-24"), ("FY 2023/24", "2023-24"), ("FY2024", "2023-24"), ("FY 23/24", "2023-24"),
        ("2023-2024", "2023-24"), ("2023/2024", "2023-24"), ("2023 – 24", "2023-24"), ("2019/20", "2019-20"),
        ("1999/00", "1999-00"), ("1999-2000", "1999-00"),
        ("2023-25", nil), ("2023/2025", nil), ("2023", nil), ("24", nil), ("Q2", nil), ("", nil), ("2023-11-28", nil)
    ]
    for (text, label) in cases {
        #expect(FinancialYear.parse(text)?.label == label, "\(text)")
    }
}

@Test func quartersOfAFinancialYear() {
    let fy = FinancialYear(startYear: 2023)
    #expect(fy.quarter(1)!.start.iso == "2023-04-01" && fy.quarter(1)!.end.iso == "2023-06-30")
    #expect(fy.quarter(2)!.start.iso == "2023-07-01" && fy.quarter(2)!.end.iso == "2023-09-30")
    #expect(fy.quarter(3)!.start.iso == "2023-10-01" && fy.quarter(3)!.end.iso == "2023-12-31")
    #expect(fy.quarter(4)!.start.iso == "2024-01-01" && fy.quarter(4)!.end.iso == "2024-03-31")
    #expect(fy.quarter(5) == nil)
    #expect(
        fy.reportPeriod(quarter: 2)
            == ReportPeriod(financialYear: "2023-24", quarter: 2, start: "2023-07-01", end: "2023-09-30"))
    #expect(
        fy.reportPeriod(quarter: nil)
            == ReportPeriod(financialYear: "2023-24", quarter: nil, start: "2023-04-01", end: "2024-03-31"))
    #expect(FinancialYear(containing: CalendarDate(year: 2024, month: 3, day: 31)!).label == "2023-24")
    #expect(FinancialYear(containing: CalendarDate(year: 2024, month: 4, day: 1)!).label == "2024-25")
}

let dates = zip(Gen.int(in: 1950...2099), Gen.int(in: 1...12), Gen.int(in: 1...31))
    .compactMap { CalendarDate(year: $0, month: $1, day: $2) }

@Test func quarterDatesLieInsideTheirYearAndTileIt() async {
    await propertyCheck(input: Gen.int(in: 1950...2099)) { start in
        let fy = FinancialYear(startYear: start)
        let quarters = (1...4).map { fy.quarter($0)! }
        #expect(quarters.first!.start == fy.start && quarters.last!.end == fy.end)
        for (i, q) in quarters.enumerated() {
            #expect(fy.contains(q.start) && fy.contains(q.end) && q.start < q.end)
            #expect(fy.quarter(containing: q.start) == i + 1 && fy.quarter(containing: q.end) == i + 1)
            if i > 0 { #expect(quarters[i - 1].end.dayNumber + 1 == q.start.dayNumber) }
        }
    }
}

@Test func financialYearLabelsRoundTrip() async {
    await propertyCheck(input: Gen.int(in: 1970...2068), Gen.int(in: 0...4)) { start, style in
        let fy = FinancialYear(startYear: start)
        let next = start + 1
        let written = [
            fy.label, "\(start)/\(String(next).suffix(2))", "\(start)-\(next)", "\(start)/\(next)",
            "FY\(String(next).suffix(2))"
        ][style]
        #expect(FinancialYear.parse(written) == fy, "\(written)")
        #expect(FinancialYear.parse(fy.label)?.label == fy.label)
    }
}

@Test func everyDateLiesInItsFinancialYear() async {
    await propertyCheck(input: dates) { date in
        let fy = FinancialYear(containing: date)
        #expect(fy.contains(date))
        #expect(!FinancialYear(startYear: fy.startYear - 1).contains(date))
        #expect(!FinancialYear(startYear: fy.startYear + 1).contains(date))
        let q = fy.quarter(containing: date)!
        let (s, e) = fy.quarter(q)!
        #expect(s <= date && date <= e)
    }
}
