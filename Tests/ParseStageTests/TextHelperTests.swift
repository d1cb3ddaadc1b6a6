import Testing

@testable import ParseStage

/// `collapsed` works on UTF-8 bytes: it must give exactly what splitting on
/// Character.isWhitespace gives, for every mix of the ASCII whitespace characters.
struct TextHelperTests {
    static func reference(_ s: String) -> String { s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }

    @Test func collapsedEqualsSplittingOnWhitespace() {
        // Every non-ASCII White_Space character (the byte-wise path decodes them by hand) and
        // neighbours that are not white space.
        let alphabet = [
            "a", "Z", "1", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "-", "\u{00A0}", "é", "\u{85}",
            "\u{1680}", "\u{2000}", "\u{2005}", "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}",
            "\u{3000}", "\u{200B}", "\u{2030}", "\u{1681}", "\u{3001}", "£", "\u{A0}x"
        ]
        var checked = 0
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    let s = a + b + c
                    #expect(s.collapsed == Self.reference(s), "\(Array(s.unicodeScalars))")
                    checked += 1
                }
            }
        }
        #expect(checked == alphabet.count * alphabet.count * alphabet.count)
        #expect("  Target:\t92%,\r\n Floor 90% ".collapsed == "Target: 92%, Floor 90%")
        #expect("".collapsed == "" && " \n ".collapsed == "")
    }

    @Test func compiledExpressionsAreReusedWithTheirOptions() {
        // The same pattern with and without case folding is two expressions, not one.
        #expect("RED".firstMatch("red") != nil)
        #expect("RED".firstMatch("red", options: []) == nil)
        #expect("RED".firstMatch("red") != nil)
    }
}
