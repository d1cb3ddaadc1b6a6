import Foundation
import SegmentStage
import Testing
import TextStage

/// The sample appendix's ruled tables, as samples/README.md describes them: rows × columns of
/// the whole stitched table, the pages it runs over, header rows and merged cells (row, col,
/// rowSpan, colSpan), including outcome cells cut by a page break.
struct TablesSamplesTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let appendix = repo.appendingPathComponent("samples/charnwood-2023-24-q3-performance-appendix.pdf").path
    static var available: Bool { FileManager.default.fileExists(atPath: appendix) }

    struct Expected: Sendable {
        var pages: [Int]
        var rows: Int
        var cols: Int
        var header: Int
        var spans: [[Int]]
    }

    static let expected: [Expected] = [
        Expected(
            pages: [3, 4, 5], rows: 24, cols: 7, header: 1,
            spans: [[1, 0, 7, 1], [8, 0, 9, 1], [17, 0, 4, 1], [21, 0, 3, 1]]),
        Expected(
            pages: [6, 7, 8, 9], rows: 22, cols: 7, header: 1, spans: [[2, 0, 10, 1], [12, 0, 5, 1], [17, 0, 5, 1]]),
        Expected(pages: [10, 11, 12], rows: 16, cols: 7, header: 1, spans: [[1, 0, 5, 1], [6, 0, 5, 1], [11, 0, 5, 1]]),
        Expected(
            pages: [13, 14, 15], rows: 20, cols: 7, header: 1,
            spans: [[2, 0, 2, 1], [4, 0, 3, 1], [7, 0, 4, 1], [11, 0, 4, 1], [15, 0, 5, 1]]),
        Expected(
            pages: [16, 17, 18, 19], rows: 18, cols: 10, header: 2,
            spans: [
                [0, 0, 2, 1], [0, 1, 1, 2], [0, 3, 1, 2], [0, 5, 1, 2], [0, 7, 2, 1], [0, 8, 2, 1], [0, 9, 2, 1],
                [17, 1, 1, 6]
            ])
    ]

    @Test(.enabled(if: available, "needs samples/"))
    func appendixTablesStitchWithTheirSpans() throws {
        let doc = try TextExtractor.extract(path: Self.appendix)
        let ruled = TableFinder.tables(in: doc).filter { $0.method == .ruled && $0.pages.count > 1 }
        #expect(ruled.count == Self.expected.count)
        for (t, e) in zip(ruled, Self.expected) {
            #expect(t.pages == e.pages)
            #expect(t.rowCount == e.rows && t.columnCount == e.cols, "page \(t.page)")
            #expect(t.headerRowCount == e.header, "page \(t.page)")
            let spans = t.cells.filter { $0.rowSpan > 1 || $0.colSpan > 1 }.map {
                [$0.row, $0.col, $0.rowSpan, $0.colSpan]
            }
            #expect(spans == e.spans, "page \(t.page)")
        }
        // RAG icons sit in the action tables' cells with their colours; the KPI table's RAG is
        // a cell fill (a colour other than the header shading).
        let actions = try #require(ruled.first)
        let icons = actions.cells.filter { c in c.row >= actions.headerRowCount && c.images.contains { $0.color != nil }
        }
        #expect(icons.count == actions.rowCount - actions.headerRowCount, "one RAG icon per action")
        let headerFills = Set(ruled[4].cells.filter(\.isHeader).compactMap(\.fill))
        let ragFills = ruled[4].cells.filter { !$0.isHeader && $0.fill != nil && !headerFills.contains($0.fill!) }
        #expect(ragFills.count >= 10)
        // The KPI table's repeated two header rows are dropped from its continuations.
        let kpi = try #require(ruled.last)
        #expect(kpi.grid.filter { $0.first == "Key Performance Indicator" }.count == 1)
    }
}
