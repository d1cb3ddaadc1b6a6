import Testing

@testable import ParseStage

/// `collapsed` takes a byte-wise path for ASCII text: it must give exactly what splitting on
/// Character.isWhitespace gives, for every mix of the ASCII whitespace characters.
struct TextHelperTests {
    static func reference(_ s: String) -> String { s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }

    @Test func collapsedEqualsSplittingOnWhitespace() {
        let alphabet = ["a", "Z", "1", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "-", "\u{00A0}", "é"]
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
