/// Dates as written in papers → `CalendarDate` ("YYYY-MM-DD" via `.iso`).
///
/// Accepts "Tuesday, 28 November 2023", "28th November 2023", "28th of November, 2023",
/// "30-Sep-2023", "24 January 2024", "Nov 28, 2023", "September 30th 2023", "2023-11-28",
/// and day-first numeric dates "12/01/24", "12/01/2024", "12.01.2024" (UK order: 12 January).
/// A date without a year ("16th January") takes its year from `context`: the occurrence
/// nearest to the context date (ties go to the later one); without a context it is not a date.
public enum DateParser {
    public enum YearRule: Sendable {
        /// The occurrence nearest the context date (a meeting paper mentioning "16th January").
        case nearest
        /// The first occurrence on or after the context date (a deadline, "by 16th January").
        case onOrAfter
    }

    /// The first date found anywhere in `text`, or nil.
    public static func parse(_ text: String, context: CalendarDate? = nil, rule: YearRule = .nearest) -> CalendarDate? {
        let t = DateToken.tokens(text)
        for i in t.indices {
            if let d = match(t, at: i, context: context, rule: rule) { return d }
        }
        return nil
    }

    /// `parse(...)?.iso`.
    public static func iso(_ text: String, context: CalendarDate? = nil, rule: YearRule = .nearest) -> String? {
        parse(text, context: context, rule: rule)?.iso
    }

    /// Every date in `text`, in order of appearance.
    public static func all(in text: String, context: CalendarDate? = nil, rule: YearRule = .nearest) -> [CalendarDate] {
        let t = DateToken.tokens(text)
        var out: [CalendarDate] = []
        var i = 0
        while i < t.count {
            if let (d, next) = matchWithEnd(t, at: i, context: context, rule: rule) {
                out.append(d)
                i = next
            } else {
                i += 1
            }
        }
        return out
    }

    static func match(_ t: [DateToken], at i: Int, context: CalendarDate?, rule: YearRule) -> CalendarDate? {
        matchWithEnd(t, at: i, context: context, rule: rule)?.0
    }

    /// A date starting at token `i`, and the index after it.
    static func matchWithEnd(_ t: [DateToken], at i: Int, context: CalendarDate?, rule: YearRule) -> (
        CalendarDate, Int
    )? {
        func num(_ k: Int) -> DateToken? { k >= 0 && k < t.count && t[k].kind == .number ? t[k] : nil }
        func sep(_ k: Int) -> String? { k >= 0 && k < t.count && t[k].kind == .separator ? t[k].text : nil }
        func month(_ k: Int) -> Int? {
            k >= 0 && k < t.count && t[k].kind == .word ? MonthNames.number(t[k].text) : nil
        }
        guard i < t.count else { return nil }
        // Not a continuation of a longer number ("1.131.649" is not a date start at "131").
        if i > 0, let s = sep(i - 1), [".", "/", "-"].contains(s), num(i - 2) != nil { return nil }

        if let a = num(i), !a.ordinal {
            // ISO: 2023-11-28
            if a.digits == 4, sep(i + 1) == "-", let m = num(i + 2), m.digits == 2, sep(i + 3) == "-",
                let d = num(i + 4), d.digits == 2, let date = plausible(a.value, m.value, d.value)
            {
                return (date, i + 5)
            }
            // UK numeric: 12/01/24, 12/01/2024, 12.01.2024, 12-01-2024
            if a.digits <= 2, let s1 = sep(i + 1), ["/", ".", "-"].contains(s1), let m = num(i + 2), m.digits <= 2,
                sep(i + 3) == s1, let y = num(i + 4), y.digits == 2 || y.digits == 4, !y.ordinal,
                let year = FinancialYear.fullYear(y.text),
                let date = plausible(year, m.value, a.value)
            {
                if sep(i + 5).map({ ["/", ".", "-"].contains($0) }) == true, num(i + 6) != nil { return nil }
                return (date, i + 5)
            }
        }
        // Day first: 28 November 2023, 28th of November, 30-Sep-2023
        if let d = num(i), d.digits <= 2 {
            var k = i + 1
            if sep(k) == "-" || sep(k) == "/" { k += 1 }
            if k < t.count, t[k].kind == .word, t[k].text == "of" { k += 1 }
            if let m = month(k) {
                k += 1
                var y = k
                if sep(y) == "-" || sep(y) == "," || sep(y) == "/" { y += 1 }
                if let yt = num(y), yt.digits == 4, !yt.ordinal {
                    if let date = plausible(yt.value, m, d.value) { return (date, y + 1) }
                    return nil
                }
                if sep(k) == "-", let yt = num(k + 1), yt.digits == 2, !yt.ordinal,
                    let date = plausible(2000 + yt.value, m, d.value)
                {
                    return (date, k + 2)  // 30-Sep-23
                }
                if let date = withoutYear(month: m, day: d.value, context: context, rule: rule) { return (date, k) }
                return nil
            }
        }
        // Month first: Nov 28, 2023 / September 30th 2023 / January 16th
        if let m = month(i), let d = num(i + 1), d.digits <= 2 {
            var y = i + 2
            if sep(y) == "," { y += 1 }
            if let yt = num(y), yt.digits == 4, !yt.ordinal {
                if let date = plausible(yt.value, m, d.value) { return (date, y + 1) }
                return nil
            }
            if d.ordinal, let date = withoutYear(month: m, day: d.value, context: context, rule: rule) {
                return (date, i + 2)
            }
        }
        return nil
    }

    /// Papers are dated 1900–2199: a "year" outside that is a code or an amount, not a date.
    static let plausibleYears = 1900...2199

    static func plausible(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
        plausibleYears.contains(year) ? CalendarDate(year: year, month: month, day: day) : nil
    }

    /// A day and month placed in a year by the context date.
    static func withoutYear(month: Int, day: Int, context: CalendarDate?, rule: YearRule) -> CalendarDate? {
        guard let context else { return nil }
        let candidates = [context.year - 1, context.year, context.year + 1]
            .compactMap { CalendarDate(year: $0, month: month, day: day) }
        switch rule {
        case .onOrAfter:
            return candidates.first { $0 >= context }
        case .nearest:
            return candidates.min { a, b in
                let da = abs(a.dayNumber - context.dayNumber)
                let db = abs(b.dayNumber - context.dayNumber)
                return da != db ? da < db : a > b
            }
        }
    }
}
