import Record
import SegmentStage
import Testing

@testable import ParseStage

/// Where the parse stage finds councils named: running text, tables, running footers and
/// e-mail addresses, each mention counted once.
struct CouncilMentionTests {
    @Test func anAddressWrappedInANarrowColumnIsClosedUp() {
        // The Kent agenda front sheet: "georgina.little@kent" over ".gov.uk".
        let across = Parser.parse(
            Build.document([.para("Contact: georgina.little@kent"), .para(".gov.uk Tel: 03000 414043")]))
        #expect(across.councilMentions.map(\.domain) == ["kent.gov.uk"])
        let within = Parser.parse(Build.document([.para("Contact: georgina.little@kent\n.gov.uk")]))
        #expect(within.councilMentions.map(\.domain) == ["kent.gov.uk"])
        // Not across pages, and not a sentence that merely starts with a dot.
        let apart = Parser.parse(
            Build.document([.para("Contact: georgina.little@kent", page: 1), .para(".gov.uk", page: 2)]))
        #expect(apart.councilMentions.isEmpty)
    }

    @Test func runningFootersCountOncePerPage() {
        let parts: [Build.Part] =
            (1...5).map { .footer("Charnwood Borough Council – Corporate Delivery Plan 2023-2024", page: $0) }
            + [.para("Install charging points at Charnwood Borough Council office car park", page: 3)]
        let p = Parser.parse(Build.document(parts))
        #expect(p.councilMentions == [ParsedCouncilMention(name: "Charnwood Borough Council", page: 1, count: 6)])
    }

    /// A table that is not data (read as running text in its place) is not read a second time
    /// through its cells.
    @Test func aTableReadAsRunningTextCountsOnce() {
        let table = Build.table(
            page: 10,
            [
                [.t("Saving"), .t("2024-25"), .t("Note")],
                [.t("Increased contribution from Medway Council under SLA"), .t("-49.0"), .t("Coroner service")],
                [.t("Withdraw the remaining contribution"), .t("-28.0"), .t("Active Kent and Medway")]
            ])
        let p = Parser.parse(Build.document([.table(table)]))
        #expect(p.councilMentions == [ParsedCouncilMention(name: "Medway Council", page: 10)])
    }
}
