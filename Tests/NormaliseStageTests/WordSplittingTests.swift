import PropertyBased
import Testing

@testable import NormaliseStage

/// Text with the characters that decide how words split: ASCII, symbols that separate words,
/// non-ASCII letters and numbers, combining marks, variation selectors and emoji.
let wordText = Gen<String?>.element(of: [
    "a", "Z", "9", " ", "'", "-", ".", "£", "€", "•", "✓", "×", "→", "é", "e\u{301}", "\u{301}", "ß", "Ω",
    "²", "½", "٣", "👍", "👍🏽", "\u{FE0F}", "🇬🇧", "한", "\u{1100}\u{1161}", "ǅ", "İ", "PI", "KPI's"
])
.map { $0! }.array(of: 0...12).map { $0.joined() }

/// The fast word splitter gives what the Character rules give, whenever it answers at all.
@Test func fastWordSplittingAgreesWithTheCharacterRules() async {
    await propertyCheck(count: 3000, input: wordText) { text in
        if let fast = TextCleanup.scalarWords(text) {
            #expect(fast == TextCleanup.characterWords(text), "\(text.unicodeScalars.map { $0.value })")
        }
    }
}

/// It answers for the text papers are made of: ASCII with currency signs, bullets and ticks.
@Test func fastWordSplittingTakesPapersText() {
    #expect(TextCleanup.scalarWords("£1.2m • KPI's ✓ on track") == ["1", "2m", "kpis", "on", "track"])
    #expect(TextCleanup.scalarWords("café") == nil)
}

/// Clean-up scalar by scalar gives what the Character rules give, whenever it answers at all.
@Test func scalarCleanUpAgreesWithTheCharacterRules() async {
    let typography = Gen<String?>.element(of: [
        "a", " ", "`", "\u{00A0}", "\u{2009}", "–", "—", "\u{2212}", "’", "‘", "“", "”", "«", "…", "\u{200B}",
        "\u{00AD}", "\u{FEFF}", "\u{200D}", "\u{301}", "e\u{301}", "£", "\r\n", "\n", "é", "👍🏽"
    ])
    .map { $0! }.array(of: 0...12).map { $0.joined() }
    await propertyCheck(count: 3000, input: typography) { text in
        if let fast = TextCleanup.cleanScalars(text) {
            #expect(fast == TextCleanup.cleanCharacters(text), "\(text.unicodeScalars.map { $0.value })")
        }
    }
}
