import Testing
import TextStage
@testable import SegmentStage

/// A ruled table running from the foot of one page onto the head of the next, header repeated.
struct TablesStitchTests {
    typealias F = TablesLatticeTests

    /// A 2-column ruled table with `rows` rows starting at `top`.
    static func page(_ n: Int, top: Double, rows: [[String]], caption: String? = nil) -> TextPage {
        let ys = (0...rows.count).map { top + Double($0) * 30 }
        var lines = ys.map { F.h($0, 100, 300) }
        lines += [100.0, 200, 300].map { F.v($0, ys.first!, ys.last!) }
        var words: [Word] = []
        for (r, row) in rows.enumerated() {
            for (c, t) in row.enumerated() { words.append(F.word(t, 110 + Double(c) * 100, ys[r] + 10)) }
        }
        if let caption { words.append(F.word(caption, 100, top - 20)) }
        return TextPage(number: n, width: 600, height: 800, words: words, lines: lines)
    }

    static func document(caption: String? = nil) -> TextDocument {
        let p1 = page(1, top: 600, rows: [["KPI", "RAG"], ["Bins", "Green"], ["Homes", "Red"]])
        let p2 = page(2, top: 150, rows: [["KPI", "RAG"], ["Calls", "Amber"]], caption: caption)
        return TextDocument(fileName: "x.pdf", metadata: DocumentMetadata(pageCount: 2), fonts: F.fonts, pages: [p1, p2])
    }

    @Test func continuationJoinsAndDropsTheRepeatedHeader() throws {
        let tables = TableFinder.tables(in: Self.document())
        #expect(tables.count == 1)
        let t = try #require(tables.first)
        #expect(t.page == 1 && t.pages == [1, 2])
        #expect(t.grid == [["KPI", "RAG"], ["Bins", "Green"], ["Homes", "Red"], ["Calls", "Amber"]])
        #expect(t.cells.first { $0.text == "Calls" }?.page == 2)
    }

    @Test func continuationUnderItsOwnCaptionStaysSeparate() {
        let tables = TableFinder.tables(in: Self.document(caption: "Table2"))
        #expect(tables.map(\.page) == [1, 2])
    }
}
