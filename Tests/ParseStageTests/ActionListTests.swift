import Record
import SegmentStage
import Testing

@testable import ParseStage

/// Actions written as a status-headed list in running text (a risk register's mitigating
/// actions): status line, title, paragraph, under a "CODE: risk" line. Texts are invented.
@Suite struct ActionListTests {
    static let register = Build.document([
        .heading("Mitigating actions"),
        .para("Updates have been provided for 4 actions due for completion or review."),
        .para("RR01: Funding for the highways capital programme"),
        .para("Regular Review"),
        .heading("Lobby for a multi-year settlement"),
        .para("Officers continue to press the department for a settlement. The case was made in June."),
        .para("Complete"),
        .heading("Capital strategy refreshed"),
        .para("The refreshed strategy was approved by Council in November."),
        .para("RR02: Recruitment and retention of planners\nin a competitive market"),
        .para("Partially Complete\nExit surveys have started. Results will be reported in March."),
        .para("Action Outstanding"),
        .para("Workforce plan published.", page: 2),
        .para("The completion date has moved to March 2025 to allow consultation.", page: 2)
    ])

    @Test func eachStatusLineStartsAnActionUnderTheLineAboveAsTheme() {
        let a = record(Self.register).actions
        #expect(
            a.map(\.text) == [
                "Lobby for a multi-year settlement", "Capital strategy refreshed",
                "Exit surveys have started.", "Workforce plan published."
            ])
        #expect(
            a.map(\.theme) == [
                "RR01: Funding for the highways capital programme",
                "RR01: Funding for the highways capital programme",
                "RR02: Recruitment and retention of planners in a competitive market",
                "RR02: Recruitment and retention of planners in a competitive market"
            ])
        #expect(a.map(\.status) == [.inProgress, .completed, .inProgress, .overdue])
        #expect(a.map(\.statusText) == ["Regular Review", "Complete", "Partially Complete", "Action Outstanding"])
        #expect(
            a[0].progress == "Officers continue to press the department for a settlement. The case was made in June.")
        #expect(a[2].progress == "Results will be reported in March.")
        #expect(a[3].page == 1 && a[3].progress?.hasPrefix("The completion date") == true)
    }

    /// Status lines with nothing above naming actions (a KPI commentary's "Complete" lines),
    /// or too few of them, are no list.
    @Test func statusLinesWithoutAnActionHeadingAreNoList() {
        let noHeading = Build.document([
            .heading("Housing"),
            .para("Complete"), .para("The survey of stock condition."),
            .para("Complete"), .para("The lettings review."),
            .para("Complete"), .para("The repairs audit.")
        ])
        #expect(record(noHeading).actions.isEmpty)
        let two = Build.document([
            .heading("Mitigating actions"),
            .para("Complete"), .heading("Plan agreed"), .para("Agreed in May."),
            .para("Complete"), .heading("Budget set"), .para("Set in February.")
        ])
        #expect(record(two).actions.isEmpty)
    }

    /// A count table over action-status heads ("Actions Completed | Actions Outstanding") counts
    /// actions: its numbers are never actions.
    @Test func aCountTableOfActionsListsNoAction() {
        let doc = Build.document([
            .heading("Mitigating actions"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Due Date for Review or Completion"), .t("Actions Completed"), .t("Actions Outstanding")],
                        [.t("Up to and including February 2025"), .t("8"), .t("1")]
                    ]))
        ])
        #expect(record(doc).actions.isEmpty)
    }
}
