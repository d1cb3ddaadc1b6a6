import NormaliseStage
import PropertyBased
import Testing

@Test func typographyIsNormalised() {
    #expect(
        TextCleanup.clean("Appendix 1 – Strategic\u{00A0}Performance  Report")
            == "Appendix 1 - Strategic Performance Report")
    #expect(TextCleanup.clean("Council’s “Restoring Pride”") == "Council's \"Restoring Pride\"")
    #expect(TextCleanup.clean(" a\u{200B}b\n\tc ") == "ab c")
    #expect(TextCleanup.words("Number of PI’s") == ["number", "of", "pis"])
}

@Test func slugs() {
    #expect(Slug.make("Charnwood Borough Council") == "charnwood-borough-council")
    #expect(Slug.make("London Borough of Hammersmith & Fulham") == "london-borough-of-hammersmith-and-fulham")
    #expect(Slug.make("King’s Lynn") == "kings-lynn")
    #expect(Slug.make("Bournemouth, Christchurch and Poole Council") == "bournemouth-christchurch-and-poole-council")
    #expect(Slug.make("Ynys Môn") == "ynys-mon")
    #expect(Slug.make("  --  ") == "")
}

@Test func slugsAreWellFormedAndIdempotent() async {
    let text = Gen<String?>.element(of: ["a", "Z", "9", " ", "-", "&", "'", "’", "é", "ñ", ",", ".", "(", "–", "ß"])
        .map { $0! }.array(of: 0...20).map { $0.joined() }
    await propertyCheck(count: 500, input: text) { s in
        let slug = Slug.make(s)
        #expect(slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"))
        #expect(Slug.make(slug) == slug)
    }
}

@Test func cleaningIsIdempotent() async {
    let text = Gen<String?>.element(of: ["a", " ", "\u{00A0}", "\t", "–", "—", "’", "“", "\u{200B}", "x", "\n"])
        .map { $0! }.array(of: 0...20).map { $0.joined() }
    await propertyCheck(count: 300, input: text) { s in
        let c = TextCleanup.clean(s)
        #expect(TextCleanup.clean(c) == c)
        #expect(!c.hasPrefix(" ") && !c.hasSuffix(" ") && !c.contains("  "))
    }
}

/// Collapsing is idempotent, and a collapsed text (which comes back as it is, unscanned) has
/// no white space but single spaces between other characters.
@Test func collapsingTwiceIsCollapsingOnce() async {
    let spaced = Gen<String?>.element(of: [
        "a", "é", " ", "  ", "\t", "\n", "\r\n", "\u{00A0}", "\u{2009}", "\u{3000}", "\u{301}", "£", "👍🏽"
    ])
    .map { $0! }.array(of: 0...12).map { $0.joined() }
    await propertyCheck(count: 3000, input: spaced) { text in
        let once = TextCleanup.collapseWhitespace(text)
        #expect(TextCleanup.collapseWhitespace(once) == once, "\(text.unicodeScalars.map { $0.value })")
        #expect(!once.hasPrefix(" ") && !once.hasSuffix(" ") && !once.contains("  "), "\(once)")
        #expect(!once.unicodeScalars.contains { $0.properties.isWhitespace && $0 != " " }, "\(once)")
    }
}

/// Patterns write a set of word characters as `(?-i:[\w.])` inside a case-insensitive pattern:
/// ICU then skips the set's case closure (about 0.1 ms a set at compile time), and the closure
/// adds nothing because \w holds every case of each letter. Checked over planes 0 and 1.
@Test func wordSetsNeedNoCaseClosure() {
    var differ: [UInt32] = []
    for cp: UInt32 in 0...0x1FFFF {
        guard let scalar = Unicode.Scalar(cp) else { continue }
        let s = String(Character(scalar))
        if (s.firstMatch(#"^[\w.]$"#) != nil) != (s.firstMatch(#"^(?-i:[\w.])$"#) != nil) { differ.append(cp) }
    }
    #expect(differ.isEmpty)
    #expect("Item 8.2b".firstMatch(#"^item\s+(?-i:[\w.]+)$"#) != nil)
}
