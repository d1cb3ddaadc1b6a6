import Testing

@testable import TextStage

/// The byte-level counts give exactly what `count` and `isLetter` give, on ASCII (where they
/// answer) and on everything that must take the Character path: CR LF, combining marks after
/// an ASCII letter, a prepended mark before one, non-ASCII letters and symbols.
struct CharacterCountTests {
    static func agrees(_ s: String) -> Bool {
        s.characterCount == s.count && s.containsLetter == s.contains(where: \.isLetter)
    }

    @Test func everyPairOfASCIIBytes() {
        for a in 0..<128 {
            for b in 0..<128 {
                let s = String(decoding: [UInt8(a), UInt8(b)], as: UTF8.self)
                #expect(Self.agrees(s), "bytes \(a) \(b)")
            }
        }
    }

    @Test func textThatNeedsTheCharacterRules() {
        let cases = [
            "", "\r\n", "a\r\nb", "\r", "Total\r\n12", "e\u{301}", "\u{301}", "\u{600}5", "\u{600}a",
            "£12", "12%", "café", "Ærø", "Ω", "٣", "✓", "👍🏽", "🇬🇧", "\u{200D}", "a\u{200D}b", "Łódź",
            "ＡＢＣ", "ß", "İ", "\u{A0}", "x\u{FE0F}", "long text of thirty or more ascii characters 123"
        ]
        for s in cases { #expect(Self.agrees(s), "\(s.unicodeScalars.map(\.value))") }
    }

    @Test func countsWhatATableFinderAsks() {
        #expect("Q3".characterCount == 2)
        #expect("a\r\nb".characterCount == 3)
        #expect("e\u{301}".characterCount == 1)
        #expect("12.5%".containsLetter == false)
        #expect("£12m".containsLetter == true)
    }
}
