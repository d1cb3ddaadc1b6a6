import NormaliseStage
import PropertyBased
import Testing

let meetingContext = CalendarDate(year: 2023, month: 11, day: 28)!

let dateCases: [(String, String?)] = [
    ("Tuesday, 28 November 2023", "2023-11-28"),
    ("FINANCE & PERFORMANCE SCRUTINY COMMITTEE - TUESDAY, 28 NOVEMBER 2023", "2023-11-28"),
    ("28th November 2023", "2023-11-28"),
    ("28th of November, 2023", "2023-11-28"),
    ("24 January 2024", "2024-01-24"),
    ("To: Cabinet – 4 March 2025", "2025-03-04"),
    ("DATE: 16 November 2023", "2023-11-16"),
    ("16th January", "2024-01-16"),
    ("Briefing took place 27th Sept", "2023-09-27"),
    ("12/01/24", "2024-01-12"),
    ("12/01/2024", "2024-01-12"),
    ("12.01.2024", "2024-01-12"),
    ("2023-11-28", "2023-11-28"),
    ("Nov 28, 2023", "2023-11-28"),
    ("September 30th 2023", "2023-09-30"),
    ("end of Quarter 2, September 30th 2023", "2023-09-30"),
    ("30-Sep-2023", "2023-09-30"),
    ("31Dec-2023", "2023-12-31"),
    ("29 February 2024", "2024-02-29"),
    ("29 February 2023", nil),
    ("31/04/2024", nil),
    ("Q2 2023-24", nil),
    ("September 2023", nil),
    ("1,922,893", nil),
    ("", nil)
]

@Test func datesAsWritten() {
    for (text, iso) in dateCases {
        #expect(DateParser.iso(text, context: meetingContext) == iso, "\(text)")
    }
}

@Test func yearlessDatesNeedAContextAndFollowTheRule() {
    #expect(DateParser.parse("16th January") == nil)
    let sept = CalendarDate(year: 2023, month: 9, day: 30)!
    #expect(DateParser.iso("16th January", context: sept, rule: .onOrAfter) == "2024-01-16")
    #expect(DateParser.iso("16th July", context: sept, rule: .onOrAfter) == "2024-07-16")
    #expect(DateParser.iso("16th July", context: sept) == "2023-07-16")
}

@Test func allDatesInOrder() {
    let text = "Signed off 20 December 2023; date: 7 December 2023 and 14/12/2023"
    #expect(DateParser.all(in: text).map(\.iso) == ["2023-12-20", "2023-12-07", "2023-12-14"])
}

let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
]
let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

@Test func writtenDatesParseBack() async {
    await propertyCheck(count: 400, input: dates, Gen.int(in: 0...6)) { d, style in
        let name = monthNames[d.month - 1]
        let ordinal =
            "\(d.day)"
            + ((11...13).contains(d.day % 100)
                ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][d.day % 10])
        let dd = d.day < 10 ? "0\(d.day)" : "\(d.day)"
        let mm = d.month < 10 ? "0\(d.month)" : "\(d.month)"
        let text = [
            "\(weekdays[d.dayNumber % 7]), \(d.day) \(name) \(d.year)",
            "\(ordinal) \(name) \(d.year)",
            "\(String(name.prefix(3))) \(d.day), \(d.year)",
            "\(dd)/\(mm)/\(d.year)",
            d.iso,
            "\(d.day)-\(String(name.prefix(3)))-\(d.year)",
            "\(name) \(ordinal) \(d.year)"
        ][style]
        #expect(DateParser.parse(text) == d, "\(text)")
    }
}

@Test func yearlessDateIsTheNearestOccurrence() async {
    await propertyCheck(input: dates, dates) { d, context in
        guard let found = DateParser.parse("\(d.day) \(monthNames[d.month - 1])", context: context) else {
            // Only 29 February has no nearby occurrence in non-leap years round the context.
            #expect(d.month == 2 && d.day == 29)
            return
        }
        #expect(found.month == d.month && found.day == d.day)
        // The nearest occurrence of a day that comes every year is at most half a year away.
        if !(d.month == 2 && d.day == 29) { #expect(abs(found.dayNumber - context.dayNumber) <= 183) }
    }
}
