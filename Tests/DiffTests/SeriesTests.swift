import Foundation
import Record
import Testing

@testable import Diff

/// Series follow an indicator across a council's reports (Fixture: two quarters built so each
/// kind of change occurs once).
@Suite struct SeriesTests {
    static let series = SeriesBuilder.series([SeriesBuilder.Input(Fixture.q3), SeriesBuilder.Input(Fixture.q2)])

    static func named(_ key: String) -> IndicatorSeries? { series.first { $0.key == key } }

    @Test func oneSeriesPerIndicatorInReportOrderWhateverTheInputOrder() {
        // Q2's five, then Q3's new KI 12; the renamed fly-tipping indicator stays one series.
        #expect(
            Self.series.map(\.key) == [
                "code:KI1", "code:KI2", "name:number of fly tipping incidents removed",
                "code:KI9", "code:KI5", "code:KI12"
            ])
        #expect(
            Self.named("name:number of fly tipping incidents removed")?.name
                == "Number of fly-tipping incidents removed within 5 days")
        #expect(Self.named("name:number of fly tipping incidents removed")?.current.map { $0.period.quarter } == [2, 3])
    }

    @Test func eachPeriodHasOneCurrentFigureFromTheLatestReport() throws {
        let ki1 = try #require(Self.named("code:KI1"))
        #expect(ki1.current.map(\.value) == [40, 44, 41])
        #expect(ki1.current.map(\.reportId) == ["bbbbbbbbbbbbbbbb", "bbbbbbbbbbbbbbbb", "bbbbbbbbbbbbbbbb"])
        // A report's RAG rates its own period's figure; an equal earlier figure keeps the RAG its report gave.
        #expect(ki1.current.map(\.rag) == [nil, .amber, .red])
        #expect(ki1.points.allSatisfy { !$0.revised })
    }

    @Test func aFigureALaterReportChangesIsKeptAsARevision() throws {
        var q3 = Fixture.q3
        q3.indicators[1].observations[1].value = Fixture.qty("46%", 46)  // KI 1 Q2: 44 → 46
        let s = try #require(SeriesBuilder.series([SeriesBuilder.Input(Fixture.q2), SeriesBuilder.Input(q3)]).first)
        #expect(s.current.map(\.value) == [40, 46, 41])
        let revisions = s.points.filter(\.revised)
        #expect(revisions.map(\.value) == [44] && revisions.first?.reportId == "aaaaaaaaaaaaaaaa")
        #expect(revisions.first?.rag == .amber)
    }

    @Test func periodsSortInTime() {
        let p = [
            Period(financialYear: "2024-25", quarter: 1), Period(financialYear: "2023-24"),
            Period(financialYear: "2023-24", month: "2024-01"), Period(financialYear: "2023-24", quarter: 2)
        ]
        #expect(
            p.sorted { SeriesBuilder.periodKey($0) < SeriesBuilder.periodKey($1) }.map(SeriesBuilder.label)
                == ["2023-24 Q2", "2024-01", "2023-24", "2024-25 Q1"])
    }
}
