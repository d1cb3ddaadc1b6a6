import Testing
import TextStage

@testable import SegmentStage

/// Tables across a page break: a table that runs on is one table; a new table of the same
/// design overleaf (the next KPI card) is not.
struct TablesStitchTests {
    static let fonts = [FontStyle(name: "Arial", bold: false, italic: false)]

    static func word(_ text: String, _ x: Double, _ y: Double) -> Word {
        Word(
            text: text, box: Box(x0: x, y0: y, x1: x + Double(text.count) * 5, y1: y + 10), font: 0, size: 10,
            color: .black)
    }

    /// A ruled grid over x 60…540 (columns at `xs`) with rows at `ys`; `spans` lists the rows
    /// whose first three columns are one merged cell (no rules between them).
    static func grid(xs: [Double], ys: [Double], merged: Set<Int>) -> [RulingLine] {
        var lines = ys.map { RulingLine(x0: xs.first!, y0: $0, x1: xs.last!, y1: $0, width: 0.5, color: .black) }
        for (r, (top, bottom)) in zip(ys, ys.dropFirst()).enumerated() {
            for (k, x) in xs.enumerated() where !(merged.contains(r) && (k == 1 || k == 2)) {
                lines.append(RulingLine(x0: x, y0: top, x1: x, y1: bottom, width: 0.5, color: .black))
            }
        }
        return lines
    }

    /// A KPI card: title across three columns and a RAG cell, then Latest | Target | Previous.
    static func card(_ title: String, rag: String, latest: String, top: Double) -> (lines: [RulingLine], words: [Word])
    {
        let xs = [60.0, 220, 380, 480, 540]
        let ys = [top, top + 30, top + 60]
        return (
            grid(xs: xs, ys: ys, merged: [0]),
            [
                word(title, 65, top + 8), word(rag, 485, top + 8),
                word("Latest: \(latest)", 65, top + 38), word("Target: 90%", 225, top + 38),
                word("Previous: 80%", 385, top + 38)
            ]
        )
    }

    static func page(_ n: Int, _ parts: [(lines: [RulingLine], words: [Word])], body: [Word] = []) -> TextPage {
        TextPage(
            number: n, width: 595, height: 842, words: parts.flatMap(\.words) + body, lines: parts.flatMap(\.lines))
    }

    static func document(_ pages: [TextPage]) -> TextDocument {
        TextDocument(
            fileName: "cards.pdf", metadata: DocumentMetadata(pageCount: pages.count), fonts: fonts, pages: pages)
    }

    /// Rows alike ("Measure n" | "n%"), 30 pt tall, in two ruled columns, from `top`.
    static func measures(_ from: Int, top: Double, count: Int) -> (lines: [RulingLine], words: [Word]) {
        let ys = (0...count).map { top + Double($0) * 30 }
        return (
            grid(xs: [60, 300, 540], ys: ys, merged: []),
            (0..<count).flatMap {
                [word("Measure \(from + $0)", 65, ys[$0] + 8), word("\(from + $0)%", 305, ys[$0] + 8)]
            }
        )
    }

    @Test func theNextCardOverleafIsATableOfItsOwn() {
        // The first card ends low on its page (no room for another), the next starts page 2.
        let p1 = Self.page(
            1, [Self.card("Homes brought back into use", rag: "GREEN", latest: "422", top: 690)],
            body: [Self.word("Key Performance Indicators", 60, 660)])
        let p2 = Self.page(2, [Self.card("S106 contributions secured", rag: "RED", latest: "80.9%", top: 90)])
        let tables = TableFinder.tables(in: Self.document([p1, p2]))
        #expect(tables.map(\.pages) == [[1], [2]])
        #expect(tables.map { $0.grid[0].last } == ["GREEN", "RED"])
    }

    @Test func aTableThatRunsOnIsOneTable() {
        // Rows alike, the first page full to its foot: the rows overleaf continue the table.
        let p1 = Self.page(1, [Self.measures(1, top: 600, count: 5)])
        let p2 = Self.page(2, [Self.measures(6, top: 90, count: 3)])
        let tables = TableFinder.tables(in: Self.document([p1, p2]))
        #expect(tables.map(\.pages) == [[1, 2]])
        #expect(tables.first?.rowCount == 8)
    }

    @Test func aTableFollowedByRoomToSpareDoesNotRunOn() {
        // The same two tables, but the first ends half way down its page with nothing after it:
        // the first row overleaf would have fitted, so no page break carried it over.
        let full = Self.page(3, [], body: [Self.word("Text", 60, 740)])  // the text area reaches y 750
        let p1 = Self.page(1, [Self.measures(1, top: 300, count: 5)])
        let p2 = Self.page(2, [Self.measures(6, top: 90, count: 3)])
        let tables = TableFinder.tables(in: Self.document([p1, p2, full]))
        #expect(tables.map(\.pages) == [[1], [2]])
    }
}
