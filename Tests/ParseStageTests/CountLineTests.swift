import Testing

@testable import ParseStage

/// The byte-level reading of "label number" lines gives what the Character rules give: the last
/// white space of a line, and a count of one to five decimal digits in any script.
struct CountLineTests {
    static let alphabet = [
        "a", "Z", "7", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "-", "\u{A0}", "é", "e\u{301}", " \u{301}",
        "\u{600}", "\u{2003}", "٣", "£", "(", "'"
    ]

    @Test func lastWhitespaceIsTheLastWhiteSpaceCharacter() {
        for a in Self.alphabet {
            for b in Self.alphabet {
                for c in Self.alphabet {
                    let s = a + b + c
                    let expected = s.lastIndex(where: \.isWhitespace)
                    #expect(SummaryParser.lastWhitespace(s) == expected, "\(Array(s.unicodeScalars))")
                }
            }
        }
    }

    /// The test as it was: the whole collapsed value counted, then every scalar a digit.
    static func reference(_ value: String) -> Bool {
        let digits = value.collapsed.unicodeScalars
        return (1...ParseTuning.maxCountDigits).contains(digits.count)
            && digits.allSatisfy { $0.properties.generalCategory == .decimalNumber }
    }

    @Test func countsAreOneToFiveDigits() {
        let cases = [
            "", " ", "0", "11", " 14 ", "12345", "123456", "1 2", "12a", "a12", "١٢", "٣٤٥٦٧", "٣٤٥٦٧٨", "1\u{A0}",
            "\u{2003}42\t", "4.5", "-3", "⁴", "Ⅻ", String(repeating: "9", count: 40)
        ]
        for s in cases { #expect(SummaryParser.isCount(s) == Self.reference(s), "\(s)") }
        #expect(SummaryParser.isCount(" 14 ") && !SummaryParser.isCount("123456"))
    }

    @Test func linePairsStillReadLabelAndNumber() {
        #expect(SummaryParser.linePair("Red 11")?.value == "11")
        #expect(SummaryParser.linePair("Number of Actions\t78")?.label == "Number of Actions")
        #expect(SummaryParser.linePair("Amber – score 8 to 12") == nil)
    }
}
