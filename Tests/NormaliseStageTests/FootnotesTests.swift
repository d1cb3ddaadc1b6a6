import NormaliseStage
import Testing

@Test func superscriptMarkerAfterANumberIsDropped() {
    let words: [Footnotes.Piece] = [
        .init("17"), .init("of"), .init("the"), .init("38"), .init("1", superscript: true),
        .init("indicators")
    ]
    #expect(Footnotes.join(words) == "17 of the 38 indicators")
}

@Test func kentFootnoteMarker() {
    // Kent Q3 2024/25 QPR: "17 of the 381 indicators" in plain text; the "1" is a footnote.
    let words =
        ["In", "Quarter", "3,", "2024/25,", "17", "of", "the", "38"].map { Footnotes.Piece($0) }
        + [Footnotes.Piece("1", superscript: true), Footnotes.Piece("indicators")]
    #expect(Footnotes.join(words) == "In Quarter 3, 2024/25, 17 of the 38 indicators")
}

@Test func footnoteTableOfPieces() {
    let cases: [([Footnotes.Piece], String)] = [
        ([.init("38"), .init("¹", superscript: true)], "38"),
        ([.init("97%"), .init("*", superscript: true)], "97%"),
        ([.init("12"), .init("a", superscript: true), .init("homes")], "12 homes"),
        ([.init("indicators"), .init("2", superscript: true), .init("are")], "indicators are"),
        ([.init("28"), .init("th", superscript: true), .init("November"), .init("2023")], "28th November 2023"),
        ([.init("1"), .init("st", superscript: true), .init("April")], "1st April"),
        ([.init("CO"), .init("2")], "CO 2"),
        ([.init("m"), .init("TM", superscript: true)], "mTM"),
        ([.init("†", superscript: true), .init("Note")], "Note"),
        ([.init("19,378")], "19,378"),
        ([], "")
    ]
    for (pieces, expected) in cases {
        #expect(Footnotes.join(pieces) == expected, "\(pieces)")
    }
}

@Test func unicodeSuperscriptsAfterNumbersAreNotDigits() {
    #expect(Footnotes.stripUnicodeSuperscripts("38¹") == "38")
    #expect(Footnotes.stripUnicodeSuperscripts("17 of the 38¹ indicators") == "17 of the 38 indicators")
    #expect(Footnotes.stripUnicodeSuperscripts("indicators²³ are") == "indicators are")
    #expect(Footnotes.stripUnicodeSuperscripts("¹ Source: ONS") == "¹ Source: ONS")
}
