import Foundation
import PropertyBased
import Testing

@testable import NormaliseStage

/// Text around the separators the parsers split on, with the characters that could fool a byte
/// search: combining marks, a prepended mark, non-ASCII spaces and letters.
private let separatorText = Gen<String?>.element(of: [
    "a", "Z", ".", " ", "/", ". ", " / ", "\u{301}", "e\u{301}", "\u{600}", "\u{A0}", "é", "£", "👍🏽", "\n"
])
.map { $0! }.array(of: 0...14).map { $0.joined() }

/// The byte split gives what Foundation's components(separatedBy:) gives, whenever it answers.
@Test func asciiComponentsAgreeWithFoundation() async {
    await propertyCheck(count: 3000, input: separatorText) { text in
        for separator in [". ", " / "] {
            if let fast = text.asciiComponents(separatedBy: separator) {
                #expect(
                    fast == text.components(separatedBy: separator),
                    "\(separator): \(text.unicodeScalars.map { $0.value })")
            }
        }
    }
}

/// It answers for sentences, and steps aside where a mark joins a separator's space.
@Test func asciiComponentsSplitSentences() {
    #expect("Six are green. Two are red. ".asciiComponents(separatedBy: ". ") == ["Six are green", "Two are red", ""])
    #expect("No stop".asciiComponents(separatedBy: ". ") == ["No stop"])
    #expect("Done. \u{301}Next".asciiComponents(separatedBy: ". ") == nil)
}

/// The byte search finds whatever Foundation's contains finds (so it can stand before a pattern
/// that needs the needle); it also finds a needle whose last space a combining mark joins.
@Test func byteContainsFindsWhatFoundationFinds() async {
    await propertyCheck(count: 3000, input: separatorText) { text in
        for needle in ["/", ". ", " / ", "a."] where text.contains(needle) {
            #expect(text.containsBytes(needle), "\(needle): \(text.unicodeScalars.map { $0.value })")
        }
    }
    #expect(" / \u{301}".containsBytes(" / ") && !" / \u{301}".contains(" / "))
}

@Test func asciiSearchIgnoresCase() {
    #expect("see WWW.kent.gov.uk".containsASCIIIgnoringCase("www."))
    #expect("see Www.x".containsASCIIIgnoringCase("www."))
    #expect(!"see ww.x".containsASCIIIgnoringCase("www."))
    #expect(!"w".containsASCIIIgnoringCase("www."))
}

/// Period tokens read off an ASCII text's bytes are the Character reading's.
@Test func asciiDateTokensAgreeWithTheCharacterReading() async {
    let periodText = Gen<String?>.element(of: [
        "q", "3", "2024", "/", "-", ".", ",", "(", ")", " ", "st", "th", "nd", "rd", "sep", "x", "\r\n", "12345678901"
    ])
    .map { $0! }.array(of: 0...10).map { $0.joined() }
    await propertyCheck(count: 3000, input: periodText) { text in
        #expect(DateToken.asciiTokens(text) == DateToken.characterTokens(text), "\(text)")
    }
}

/// The byte reading of whether a sentence may count anything is the Character reading.
@Test func asciiMayCountAgreesWithTheCharacterReading() async {
    let sentence = Gen<String?>.element(of: [
        "Six", "six", "TWENTY", "one", "of", "the", " ", "'", ".", ",", "-", "7", "\r\n", "KPIs", "x"
    ])
    .map { $0! }.array(of: 0...10).map { $0.joined() }
    await propertyCheck(count: 3000, input: sentence) { text in
        #expect(SummaryProse.mayCountASCII(text) == SummaryProse.mayCountCharacters(text), "\(text)")
    }
}

/// The ASCII prefilter turns away only ASCII texts without the words; others go to the pattern.
@Test func mayContainLetsThroughWhatAPatternCouldMatch() {
    #expect("CABINET - 28 January 2025".mayContainIgnoringCase(anyOf: ["cabinet", "council"]))
    #expect(!"Report date 28 January 2025".mayContainIgnoringCase(anyOf: ["cabinet", "council"]))
    #expect("ſcrutiny panel".mayContainIgnoringCase(anyOf: ["scrutiny"]))  // long s folds to s
    #expect("Café board".mayContainIgnoringCase(anyOf: ["panel"]))  // not ASCII: let through
}
