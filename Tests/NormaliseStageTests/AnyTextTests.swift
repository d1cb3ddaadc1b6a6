import NormaliseStage
import PropertyBased
import Record
import Testing

/// Arbitrary text (Latin-1 plus the typography and symbols papers use) through every
/// normaliser: each keeps its own invariants whatever it is given.
let anyText = Gen<String?>.element(of: [
    "a", "Z", "9", "0", " ", "\u{00A0}", "-", "–", "—", "’", "“", "£", "%", "(", ")",
    ",", ".", ":", "/", "@", "¹", "↑", "↓", "Q", "FY", "Council", "Borough", "Sep", "30th",
    "2023", "24", "\n", "\t", "é", "&", "*", "k", "m", "Days", "Red", "gov.uk"
])
.map { $0! }.array(of: 0...16).map { $0.joined() }

@Test func everyNormaliserKeepsItsInvariantsOnAnyText() async {
    await propertyCheck(count: 1500, input: anyText) { text in
        let q = QuantityParser.parse(text)
        #expect(q.text == TextCleanup.collapseWhitespace(text))
        #expect(q.value.map(\.isFinite) ?? true)

        if let council = CouncilDirectory.council(named: text) {
            #expect(!council.slug.isEmpty && council.slug == Slug.make(council.name))
            #expect(council.gssCode == nil || CouncilDirectory.all.contains { $0.gssCode == council.gssCode })
        }
        if let d = DateParser.parse(text) { #expect(CalendarDate(iso: d.iso) == d) }
        if let fy = FinancialYear.parse(text) { #expect(FinancialYear.parse(fy.label) == fy) }
        if let s = ScoreParser.parse(text) { #expect(!s.text.isEmpty) }
        let joined = Footnotes.join(text.split(separator: " ").map { Footnotes.Piece(String($0)) })
        #expect(joined == TextCleanup.collapseWhitespace(text.split(separator: " ").joined(separator: " ")))
    }
}
