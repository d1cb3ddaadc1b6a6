import NormaliseStage
import Record
import Testing

/// Which council a whole paper is by, from where and how often councils are named in it: the
/// paper's own is named in its opening, its running headers or its addresses; a partner named
/// in passing is not the paper's council.
struct CouncilStageTests {
    static func record(_ mentions: [ParsedCouncilMention], hint: String? = nil) -> Record {
        let parsed = ParsedReport(
            fileName: "x.pdf", pageCount: 20, title: "Budget monitoring", councilMentions: mentions)
        let source = Source(
            fileName: "x.pdf", sha256: String(repeating: "ab", count: 32), byteCount: 1000, pageCount: 20)
        return Normaliser.normalise(parsed, context: .init(source: source, councilHint: hint))
    }

    static func council(_ mentions: [ParsedCouncilMention], hint: String? = nil) -> String? {
        record(mentions, hint: hint).council?.name
    }

    @Test func aPartnerNamedOnceInTheBodyIsNotThePapersCouncil() throws {
        // The Kent key-service appendix: "Increased contribution from Medway Council under SLA".
        let r = Self.record([ParsedCouncilMention(name: "Medway Council", page: 10)])
        #expect(r.council == nil)
        let warning = try #require(r.issues.first { $0.code == "council-not-found" })
        #expect(warning.severity == .warning && warning.message.contains("named only in passing: Medway Council (1×)"))
        let hinted = Self.record([ParsedCouncilMention(name: "Medway Council", page: 10)], hint: "Kent County Council")
        #expect(
            hinted.council?.name == "Kent County Council" && !hinted.issues.contains { $0.code == "council-not-found" })
    }

    @Test func namedOnTheFirstPageWinsOverMoreMentionsLater() {
        let m = [
            ParsedCouncilMention(name: "Kent County Council", page: 1),
            ParsedCouncilMention(name: "Medway Council", page: 4, count: 3)
        ]
        #expect(Self.council(m) == "Kent County Council")
    }

    @Test func anAddressNamesTheCouncilWhenNoOpeningDoes() {
        let m = [
            ParsedCouncilMention(name: "Medway Council", page: 2, count: 2),
            ParsedCouncilMention(domain: "kent.gov.uk", page: 1)
        ]
        #expect(Self.council(m) == "Kent County Council")
    }

    @Test func elsewhereTwoMentionsAndMoreThanAnyOther() {
        #expect(Self.council([ParsedCouncilMention(name: "Medway Council", page: 3, count: 2)]) == "Medway Council")
        // Running footers count once per page.
        #expect(
            Self.council([
                ParsedCouncilMention(name: "Medway Council", page: 3, count: 1),
                ParsedCouncilMention(name: "Charnwood Borough Council", page: 2, count: 17)
            ]) == "Charnwood Borough Council")
        // Two named equally often: no guess.
        #expect(
            Self.council([
                ParsedCouncilMention(name: "Kent County Council", page: 3, count: 2),
                ParsedCouncilMention(name: "Medway Council", page: 5, count: 2)
            ]) == nil)
    }

    @Test func aNameNotInTheListFollowsTheSameRules() {
        #expect(
            Self.council([ParsedCouncilMention(name: "Wyvern Vale District Council", page: 1)])
                == "Wyvern Vale District Council")
        #expect(Self.council([ParsedCouncilMention(name: "Wyvern Vale District Council", page: 6)]) == nil)
        // A listed council on the first page comes before an unlisted one.
        #expect(
            Self.council([
                ParsedCouncilMention(name: "Wyvern Vale District Council", page: 1, count: 5),
                ParsedCouncilMention(name: "Harrow Council", page: 1)
            ]) == "London Borough of Harrow")
    }
}
