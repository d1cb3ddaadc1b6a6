import JSON
import Record
import Testing

@testable import ParseStage

/// The Charnwood Q3 2023-24 appendix: 78 actions, 15 KPIs with three quarters each, and the
/// count boxes overall and per theme.
@Suite struct CharnwoodAppendixTests {
    let r: Record

    init() throws {
        r = record(try CharnwoodAppendix.document())
    }

    @Test func allSeventyEightActionsWithStatusAndPeriods() {
        #expect(r.actions.count == 78)
        let byStatus = Dictionary(grouping: r.actions, by: \.status).mapValues(\.count)
        #expect(byStatus[.unknown] == nil)
        #expect(r.actions.allSatisfy { $0.start?.financialYear == "2023-24" && $0.end?.quarter != nil })
        let first = r.actions[0]
        #expect(first.theme == "Caring for the Environment")
        #expect(first.outcome?.hasPrefix("Climate Change: Take action to become a carbon neutral") == true)
        #expect(first.text.hasPrefix("Complete replacement of the Street Management Fleet Vehicles"))
        #expect(first.status == .inProgress && first.statusText == "In Progress")
        #expect(first.start == Period(financialYear: "2023-24", quarter: 1))
        #expect(first.end == Period(financialYear: "2023-24", quarter: 4))
    }

    @Test func emptyOutcomeCellMeansSameAsAbove() {
        let trees = r.actions.first { $0.text.hasPrefix("Give away 4,000 garden trees") }
        #expect(trees?.outcome == r.actions[0].outcome)
        #expect(trees?.status == .completed)
        let flags = r.actions.first { $0.text.hasPrefix("Maintain Green Flag status") }
        #expect(flags?.outcome?.hasPrefix("Parks and Open Spaces:") == true)
    }

    @Test func themesFromThemeRowsAndNoneInvented() {
        let themes = Set(r.actions.compactMap(\.theme))
        #expect(themes == ["Caring for the Environment", "Healthy Communities"])
        #expect(r.actions.filter { $0.theme == "Caring for the Environment" }.count == 23)
        // The two later tables carry no theme row: their actions keep no theme rather than a guess.
        #expect(r.actions.first { $0.text.hasPrefix("Adopt the draft Charnwood Local Plan") }?.theme == nil)
    }

    @Test func overdueActionsAndRAGOnlyFromTheTable() {
        // Status words as written in the seed: 8 Overdue, 20 Completed, 50 In Progress.
        #expect(r.actions.filter { $0.status == .overdue }.count == 8)
        #expect(r.actions.filter { $0.status == .completed }.count == 20)
        #expect(r.actions.filter { $0.status == .inProgress }.count == 50)
        #expect(r.actions.allSatisfy { $0.rag == nil })  // the seed's RAG icons carry no colour
    }

    @Test func progressKeepsListItemsOnLines() {
        let a = r.actions.first { $0.text.hasPrefix("Deliver the internal Cost of Living Plan") }
        #expect(a?.progress?.split(separator: "\n").count == 7)
        #expect(a?.status == .inProgress)
    }

    @Test func fifteenKPIsWithEveryQuarter() {
        #expect(r.indicators.count == 15)
        #expect(
            r.indicators.map { $0.code ?? "" } == [
                "KI 3", "KI 4", "KI 6", "KI 7a", "KI 7b", "KI 8", "KI 9", "KI 10", "KI 11 (A)", "KI 11 (B)", "KI 20",
                "KI 21", "KI 24", "LS10A", "NI191"
            ])
        for i in r.indicators {
            #expect(i.observations.map(\.period.quarter) == [1, 2, 3])
            #expect(i.observations.allSatisfy { $0.value?.value != nil && $0.target?.value != nil })
        }
    }

    @Test func kpiValuesUnitsOwnersAndCumulative() throws {
        let ki7a = try #require(r.indicators.first { $0.code == "KI 7a" })
        #expect(ki7a.name == "Time taken to process Housing Benefit / Council Tax new claims.")
        #expect(ki7a.owner == "Director of Customer Experience")
        #expect(ki7a.unit == .days)
        #expect(ki7a.observations[1].value == Quantity(text: "15.1 Days", value: 15.1, unit: .days))
        let ki21 = try #require(r.indicators.first { $0.code == "KI 21" })
        #expect(ki21.observations[0].value == Quantity(text: "19,378", value: 19378, unit: .count))
        #expect(ki21.unit == .count)
        let ni191 = try #require(r.indicators.first { $0.code == "NI191" })
        #expect(ni191.unit == .kilograms && ni191.cumulative)
        #expect(ni191.observations[0].value?.value == 107)
        #expect(r.indicators.first { $0.code == "KI 8" }?.cumulative == true)
        #expect(r.indicators.first { $0.code == "KI 3" }?.cumulative == false)
        #expect(r.indicators.first { $0.code == "KI 4" }?.unit == .percent)
        #expect(r.indicators.first { $0.code == "KI 10" }?.unit == .days)  // "working days … lost"
    }

    @Test func noRAGWithoutPolarityOrColour() {
        // Gauges without a measured colour and no stated polarity: nothing to report or derive.
        #expect(r.indicators.allSatisfy { $0.rag == nil && $0.ragSource == nil && $0.polarity == .unknown })
    }

    @Test func nonKPIRowBecomesAWarning() {
        #expect(
            r.issues.contains {
                $0.code == "kpi-row-without-values" && $0.stage == "parse" && $0.message.contains("Sundry Debtors")
            })
    }

    @Test func countBoxesOverallAndPerTheme() {
        let actions = r.summaries.filter { $0.subject == .actions }
        #expect(
            actions.map(\.scope) == [
                "overall", "Caring for the Environment", "Healthy Communities",
                "A Thriving Economy", "Your Council"
            ])
        #expect(actions[0].total == 78)
        #expect(actions[0].counts == SummaryCounts(red: 11, amber: 8, green: 39, completed: 20))
        #expect(actions[4].counts == SummaryCounts(red: 4, amber: 1, green: 8, completed: 6, notStarted: 0))
        let kpis = r.summaries.filter { $0.subject == .indicators }
        #expect(kpis.count == 1)
        #expect(kpis[0].scope == "overall" && kpis[0].total == 24)
        #expect(kpis[0].counts == SummaryCounts(red: 9, amber: 3, green: 3, annual: 9))
    }

    @Test func periodCouncilAndKind() {
        #expect(r.period == ReportPeriod(financialYear: "2023-24", quarter: 3, start: "2023-10-01", end: "2023-12-31"))
        // The seed's text has no running footer: it names "Charnwood Borough Council" once, in
        // an action on a later page ("… at Charnwood Borough Council office car park"), which is
        // no more than a partner named in passing would be. The sample PDF, whose footer names
        // the council on every page, gets it (its golden record).
        #expect(r.council == nil)
        #expect(r.document.kind == .performanceAppendix)
        #expect(r.document.title == "Performance Overview")
    }

    @Test func deterministic() throws {
        let again = record(try CharnwoodAppendix.document())
        #expect(try JSONOutput.string(again) == JSONOutput.string(r))
    }
}
