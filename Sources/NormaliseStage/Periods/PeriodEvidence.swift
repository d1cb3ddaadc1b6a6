/// What a period phrase says, token by token: a financial year, a quarter, a month or month
/// range, a date, and qualifiers (year to date, annual/outturn/year end).
struct PeriodEvidence: Sendable {
    var financialYear: FinancialYear?
    var quarter: Int?
    /// A month range "Jul-Sep 2019" (first and last month, calendar year of the last month).
    var monthRange: (first: Int, last: Int, year: Int)?
    /// A single month with a year: "Sep 23", "September 2023".
    var month: (month: Int, year: Int)?
    /// A month without a year ("September"), placed by the financial year.
    var bareMonth: Int?
    var date: CalendarDate?
    var yearToDate = false
    var wholeYear = false
    /// Something that looked like a period word was found.
    var anything: Bool {
        financialYear != nil || quarter != nil || monthRange != nil || month != nil || bareMonth != nil
            || date != nil || yearToDate || wholeYear
    }

    static let ordinalWords = ["first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4]
    static let numberWords = ["one": 1, "two": 2, "three": 3, "four": 4]
    static let wholeYearWords: Set<String> = ["annual", "outturn", "yearend", "annually", "fullyear"]

    init(_ text: String) {
        let t = DateToken.tokens(text)
        func num(_ k: Int) -> DateToken? { k >= 0 && k < t.count && t[k].kind == .number ? t[k] : nil }
        func sep(_ k: Int) -> String? { k >= 0 && k < t.count && t[k].kind == .separator ? t[k].text : nil }
        func word(_ k: Int) -> String? { k >= 0 && k < t.count && t[k].kind == .word ? t[k].text : nil }
        var i = 0
        while i < t.count {
            // A date first, so "30th September 2023" is not read as month + year.
            if date == nil, let (d, next) = DateParser.matchWithEnd(t, at: i, context: nil, rule: .nearest) {
                date = d
                i = next
                continue
            }
            // Financial year: 2023-24, 2023/24, 2023/2024, 23/24, FY24, FY 2023/24
            if financialYear == nil, let a = num(i), !a.ordinal, a.digits == 4 || a.digits == 2,
                let s = sep(i + 1), s == "-" || s == "/", let b = num(i + 2), !b.ordinal,
                b.digits == 2 || b.digits == 4, a.digits == 4 || s == "/" || (b.digits == 2 && quarter != nil),
                let fy = FinancialYear.parse(a.text + "/" + b.text)
            {
                if a.digits == 2, sep(i + 3) == s, num(i + 4) != nil {
                    i += 1  // a day-first date fragment such as "12/01/..": not a year
                    continue
                }
                financialYear = fy
                i += 3
                continue
            }
            if financialYear == nil, word(i) == "fy", let a = num(i + 1),
                let fy = FinancialYear.parse("FY" + a.text)
            {
                financialYear = fy
                i += 2
                continue
            }
            if let w = word(i) {
                // Quarter: Q2, Qtr 3, Quarter 2, Q 2, second quarter, 2nd quarter, quarter two
                if ["q", "qtr", "quarter", "qr"].contains(w), let n = num(i + 1), (1...4).contains(n.value),
                    n.digits == 1
                {
                    quarter = quarter ?? n.value
                    i += 2
                    continue
                }
                if ["q", "qtr", "quarter"].contains(w), let n = word(i + 1).flatMap({ PeriodEvidence.numberWords[$0] })
                {
                    quarter = quarter ?? n
                    i += 2
                    continue
                }
                if w == "quarter", let n = num(i - 1), n.ordinal, (1...4).contains(n.value) {
                    quarter = quarter ?? n.value
                }
                if let q = PeriodEvidence.ordinalWords[w], word(i + 1) == "quarter" {
                    quarter = quarter ?? q
                    i += 2
                    continue
                }
                // A mid-year or half-year report runs to 30 September: the second quarter's end.
                if w == "mid" || w == "half", (sep(i + 1) == "-" ? word(i + 2) : word(i + 1)) == "year" {
                    quarter = quarter ?? 2
                }
                if w == "ytd" || (w == "year" && word(i + 1) == "to" && word(i + 2) == "date") { yearToDate = true }
                if PeriodEvidence.wholeYearWords.contains(w)
                    || (w == "year" && (word(i + 1) == "end" || word(i - 1) == "full"))
                {
                    wholeYear = true
                }
                if let m1 = MonthNames.number(w) {
                    // Range: Jul-Sep 2019, July - September 2019, April to June 2023
                    var k = i + 1
                    if sep(k) == "-" || word(k) == "to" { k += 1 }
                    if k > i + 1, let m2 = word(k).flatMap(MonthNames.number) {
                        var y = k + 1
                        if sep(y) == "-" || sep(y) == "," { y += 1 }
                        if let yt = num(y), !yt.ordinal, let year = FinancialYear.fullYear(yt.text) {
                            monthRange = monthRange ?? (m1, m2, year)
                            i = y + 1
                            continue
                        }
                    }
                    // Single month with year: Sep 23, Sept-23, September 2023
                    var y = i + 1
                    if sep(y) == "-" || sep(y) == "/" || sep(y) == "," || sep(y) == "." { y += 1 }
                    if let yt = num(y), !yt.ordinal, yt.digits == 2 || yt.digits == 4,
                        sep(y + 1) != "/" || num(y + 2) == nil,
                        let year = FinancialYear.fullYear(yt.text)
                    {
                        month = month ?? (m1, year)
                        i = y + 1
                        continue
                    }
                    bareMonth = bareMonth ?? m1
                }
            }
            i += 1
        }
    }
}
