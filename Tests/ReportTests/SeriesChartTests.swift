import Foundation
import Record
import Testing

@testable import Diff
@testable import Report

/// One series drawn as SVG, compared with a golden file read by eye (set
/// COUNCILKPI_UPDATE_GOLDEN=1 to rewrite it).
@Suite struct SeriesChartTests {
    static func point(_ q: Int, _ v: Double, _ t: Double, _ rag: RAG?) -> SeriesPoint {
        SeriesPoint(
            period: Period(financialYear: "2023-24", quarter: q), value: v, valueText: "\(v)%", target: t,
            targetText: "\(Int(t))%", rag: rag, reportId: "c0ebf500e81235a4",
            fileName: "charnwood-2023-24-q3-performance-appendix.pdf", page: 16, revised: false)
    }

    static let ki4 = IndicatorSeries(
        councilName: "Charnwood Borough Council", councilSlug: "charnwood-borough-council", key: "code:KI4",
        code: "KI 4",
        name: "% of household waste arisings which have been sent for recycling.", unit: .percent,
        polarity: .higherIsBetter,
        points: [point(1, 25.02, 25, nil), point(2, 24.28, 25, .amber), point(3, 23.22, 25, .red)])

    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden/series-ki4.svg")

    @Test func aSeriesIsItsValueLineTargetLineAndOneLinkedMarkerPerFigure() throws {
        let svg = SeriesChart(tuning: ReportTuning()).svg(Self.ki4, id: "s-code-ki4") { "q3.pdf#page=\($0.page)" }
        if ProcessInfo.processInfo.environment["COUNCILKPI_UPDATE_GOLDEN"] != nil {
            try Data((svg + "\n").utf8).write(to: Self.golden)
        }
        #expect(svg + "\n" == (try String(contentsOf: Self.golden, encoding: .utf8)))
        // The text alternative says every figure; the markers' shapes say the RAG.
        #expect(svg.contains("<desc id=\"s-code-ki4-d\">2023-24 Q1: 25.02% (target 25%), page 16"))
        #expect(svg.components(separatedBy: "<a href=\"q3.pdf#page=16\">").count - 1 == 3)
        #expect(svg.contains("<rect") && svg.contains("<polygon") && svg.contains("fill=\"#fff\""))
        #expect(svg.contains("stroke-dasharray"))
    }

    @Test func higherValuesAreDrawnHigher() throws {
        let svg = SeriesChart(tuning: ReportTuning()).svg(Self.ki4, id: "x") { _ in "#" }
        // The value line's y coordinates grow (downwards) as the figures fall: 25.02 > 24.28 > 23.22.
        let line = try #require(
            svg.components(separatedBy: "<polyline points=\"").last?.components(separatedBy: "\"").first)
        let ys = line.split(separator: " ").compactMap { Double($0.split(separator: ",")[1]) }
        #expect(ys.count == 3 && ys[0] < ys[1] && ys[1] < ys[2])
    }
}
