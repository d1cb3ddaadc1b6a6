import Foundation
import JSON
import Record
import Testing

@testable import Diff

/// Two small quarters of one council, built so each kind of change occurs once.
enum Fixture {
    static func q(_ n: Int) -> Period { Period(financialYear: "2023-24", quarter: n) }
    static func qty(_ t: String, _ v: Double?, _ u: MeasureUnit = .percent) -> Quantity {
        Quantity(text: t, value: v, unit: u)
    }

    static func indicator(
        _ code: String?, _ name: String, _ obs: [(Int, Double?, Double?)], rag: RAG?,
        polarity: Polarity = .higherIsBetter
    ) -> Indicator {
        Indicator(
            code: code, name: name, unit: .percent, polarity: polarity, cumulative: false,
            observations: obs.map {
                Observation(
                    period: q($0.0), value: $0.1.map { qty("\($0)%", $0) },
                    target: $0.2.map { qty("\($0)%", $0) })
            },
            rag: rag, ragSource: rag == nil ? nil : .reported, direction: nil, page: 3)
    }

    static func record(id: String, quarter: Int, indicators: [Indicator], actions: [Action], summaries: [Summary])
        -> Record
    {
        Record(
            reportId: id,
            source: Source(
                fileName: "\(id).pdf", sha256: String(repeating: "0", count: 64), byteCount: 1, pageCount: 1),
            council: Council(
                name: "Charnwood Borough Council", slug: "charnwood-borough-council", gssCode: "E07000130"),
            document: Document(title: "Performance", kind: .performanceAppendix),
            period: ReportPeriod(financialYear: "2023-24", quarter: quarter, start: "2023-07-01", end: "2023-09-30"),
            summaries: summaries, actions: actions, indicators: indicators, extractor: Extractor())
    }

    static let q2 = record(
        id: "aaaaaaaaaaaaaaaa", quarter: 2,
        indicators: [
            indicator("KI 1", "Percentage of household waste recycled", [(1, 40, 45), (2, 44, 45)], rag: .amber),
            indicator(
                "KI 2", "Average days to process benefit claims", [(2, 12, 10)], rag: .red, polarity: .lowerIsBetter),
            indicator(nil, "Number of fly tipping incidents removed", [(2, 300, nil)], rag: nil),
            indicator("KI 9", "Visitors to leisure centres", [(2, 1000, 900)], rag: .green),
            indicator("KI 5", "Council tax collected", [(2, 55, 56)], rag: .green)
        ],
        actions: [
            Action(
                theme: "Environment", text: "Give away 4,000 garden trees to residents and community groups.",
                status: .inProgress, rag: .green, page: 2),
            Action(
                theme: "Environment",
                text: "Install 3 dual electric vehicle charging points at the council office car park.",
                status: .inProgress, rag: .amber, page: 2),
            Action(
                theme: "Economy", text: "Deliver the town centre masterplan.", status: .inProgress, rag: .green, page: 2
            )
        ],
        summaries: [
            Summary(
                subject: .actions, scope: "overall", total: 3, counts: SummaryCounts(red: 0, amber: 1, green: 2),
                page: 1)
        ]
    )

    static let q3 = record(
        id: "bbbbbbbbbbbbbbbb", quarter: 3,
        indicators: [
            // Reordered rows; KI 2 improved (lower is better) and turned green.
            indicator(
                "KI 2", "Average days to process benefit claims", [(2, 12, 10), (3, 9, 10)], rag: .green,
                polarity: .lowerIsBetter),
            indicator(
                "KI 1", "Percentage of household waste recycled", [(1, 40, 45), (2, 44, 45), (3, 41, 45)], rag: .red),
            // Renamed, no code: same indicator.
            indicator(nil, "Number of fly-tipping incidents removed within 5 days", [(3, 310, nil)], rag: nil),
            indicator("KI 12", "Food hygiene inspections completed", [(3, 98, 100)], rag: .amber),
            indicator("KI 5", "Council tax collected", [(2, 55, 56)], rag: .green)
        ],
        actions: [
            Action(
                theme: "Economy", text: "Deliver the town centre masterplan.", status: .inProgress, rag: .green, page: 2
            ),
            Action(
                theme: "Environment", text: "Give away 4000 garden trees to residents and community groups",
                status: .completed, rag: .green, page: 2),
            Action(
                theme: "Environment",
                text: "Install 3 dual electric vehicle charging points at the council offices car park.",
                status: .overdue, rag: .red, page: 2)
        ],
        summaries: [
            Summary(
                subject: .actions, scope: "overall", total: 3, counts: SummaryCounts(red: 1, amber: 0, green: 2),
                page: 1)
        ]
    )
}

@Suite struct DifferTests {
    let d = Differ.diff(Fixture.q2, Fixture.q3)

    @Test func diffOfARecordWithItselfIsEmpty() {
        let same = Differ.diff(Fixture.q3, Fixture.q3)
        #expect(same.isEmpty)
        #expect(same.headline == ["No changes"])
    }

    @Test func indicatorPairedByCodeDespiteReorderingShowsItsChange() throws {
        let ki1 = try #require(d.indicators.first { $0.code == "KI 1" })
        #expect(ki1.kind == .changed)
        #expect(ki1.before?.value?.value == 44)
        #expect(ki1.after?.value?.value == 41)
        #expect(ki1.after?.period == Fixture.q(3))
        #expect(ki1.change == -3)
        #expect(ki1.improved == false)
        #expect(ki1.ragChanged && ki1.before?.rag == .amber && ki1.after?.rag == .red)
    }

    @Test func improvementFollowsPolarity() throws {
        let ki2 = try #require(d.indicators.first { $0.code == "KI 2" })
        #expect(ki2.change == -3)
        #expect(ki2.improved == true)  // lower is better
    }

    @Test func cumulativeSeriesIsJudgedAgainstItsTargetNotByGrowth() throws {
        var a = Fixture.indicator("KI 8", "Council tax collected (cumulative)", [(2, 57, 56)], rag: .green)
        var b = Fixture.indicator("KI 8", "Council tax collected (cumulative)", [(2, 57, 56), (3, 84, 85)], rag: .amber)
        a.cumulative = true
        b.cumulative = true
        let c = try #require(Differ.compare(a, Fixture.q2.period, b, Fixture.q3.period))
        #expect(c.change == 27)
        #expect(c.improved == false)  // grew, but fell behind its target
        b.observations[1].target = nil
        #expect(Differ.compare(a, Fixture.q2.period, b, Fixture.q3.period)?.improved == nil)
    }

    @Test func renamedIndicatorIsNotNewPlusDropped() throws {
        let renamed = d.indicators.filter { $0.kind == .renamed }
        #expect(renamed.count == 1)
        #expect(renamed.first?.before?.name == "Number of fly tipping incidents removed")
        #expect(renamed.first?.name == "Number of fly-tipping incidents removed within 5 days")
    }

    @Test func newAndDroppedIndicators() {
        #expect(d.indicators.filter { $0.kind == .new }.map(\.code) == ["KI 12"])
        #expect(d.indicators.filter { $0.kind == .dropped }.map(\.code) == ["KI 9"])
    }

    @Test func unchangedIndicatorIsNotListed() {
        #expect(!d.indicators.contains { $0.code == "KI 5" })
    }

    @Test func rewordedActionsMatchAndStatusChangesAreReported() {
        #expect(d.actions.count == 2)
        #expect(d.actions.allSatisfy { $0.kind == .changed })
        let trees = d.actions.first { $0.after?.text.contains("garden trees") == true }
        #expect(trees?.before?.status == .inProgress && trees?.after?.status == .completed)
        let ev = d.actions.first { $0.after?.text.contains("charging") == true }
        #expect(ev?.before?.rag == .amber && ev?.after?.rag == .red)
    }

    @Test func summaryCountsBeforeAndAfter() throws {
        let s = try #require(d.summaries.first)
        #expect(s.scope == "overall")
        #expect(s.before?.counts.red == 0 && s.after?.counts.red == 1)
    }

    @Test func headlineNamesWhatMovedToRed() {
        #expect(d.headline.first == "1 indicator moved to red: Percentage of household waste recycled")
        #expect(d.headline.contains("1 action completed"))
        #expect(d.headline.contains("1 action became overdue"))
        #expect(d.headline.contains { $0.hasPrefix("1 action moved to red: Install 3 dual") })
    }

    @Test func jsonIsDeterministicAndCarriesTheKinds() throws {
        let a = try JSONOutput.string(d)
        let b = try JSONOutput.string(Differ.diff(Fixture.q2, Fixture.q3))
        #expect(a == b)
        #expect(a.contains("\"kind\": \"renamed\""))
    }

    @Test func renderingsListEveryChange() throws {
        let csv = try DiffRender.csv(d)
        #expect(
            csv.split(separator: "\n").count == 1 + d.indicators.count
                + d.indicators.map(\.revisions.count).reduce(0, +)
                + d.actions.count + d.summaries.count)
        let md = DiffRender.markdown(d)
        #expect(md.contains("| changed | KI 1 | Percentage of household waste recycled | 44.0% | 41.0% |"))
        let table = DiffRender.table(d)
        #expect(table.contains("Charnwood Borough Council 2023-24 Q2 → Charnwood Borough Council 2023-24 Q3"))
    }

    @Test func periodsParse() throws {
        #expect(try Locator.parsePeriod("2023-24Q2") == ("2023-24", 2))
        #expect(try Locator.parsePeriod("2023-24") == ("2023-24", nil))
        #expect(throws: Locator.Failure.self) { try Locator.parsePeriod("Q2") }
    }

    @Test func councilAndPeriodFindTheReportInADataset() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("reports"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for r in [Fixture.q2, Fixture.q3] {
            try Data(JSONOutput.bytes(r)).write(to: dir.appendingPathComponent("reports/\(r.reportId).json"))
        }
        let found = try Locator.find(council: "Charnwood", period: "2023-24Q3", dataset: dir.path)
        #expect(found.reportId == Fixture.q3.reportId)
        let byId = try Locator.resolve("aaaa", dataset: dir.path)
        #expect(byId.reportId == Fixture.q2.reportId)
    }
}
