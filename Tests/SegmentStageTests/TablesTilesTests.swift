import Testing
import TextStage

@testable import SegmentStage

/// Count boxes: a row of separate shaded tiles, each a small label over a big figure, read as
/// one table whose columns are the tiles — also when a label wraps onto two lines.
struct TablesTilesTests {
    static let fonts = [FontStyle(name: "Arial", bold: false, italic: false)]

    /// Tiles 100 wide with 17-point gaps from x = 72, y 150…206; each label line is 13 high
    /// from the tile top, the figure (size 18) under the label.
    static func page(_ tiles: [[String]], value: [String]) -> TextPage {
        var words: [Word] = []
        var fills: [Fill] = []
        for (i, label) in tiles.enumerated() {
            let x0 = 72 + Double(i) * 117
            fills.append(
                Fill(box: Box(x0: x0, y0: 150, x1: x0 + 100, y1: 206), color: RGB(r: 217, g: 226, b: 243), isRect: true)
            )
            var y = 150.0
            for line in label {
                var x = x0 + 10
                for part in line.split(separator: " ") {
                    words.append(TablesLatticeTests.word(String(part), x, y))
                    x += Double(part.count) * 5 + 3
                }
                y += 13
            }
            if !value[i].isEmpty { words.append(TablesLatticeTests.word(value[i], x0 + 40, y + 2, size: 18)) }
        }
        var p = TextPage(number: 1, width: 842, height: 595, words: words)
        p.fills = fills
        return p
    }

    @Test func wrappedLabelStaysOneCellOverItsFigure() throws {
        let labels = [["Number of PIs"], ["Red"], ["Amber"], ["Not started (annual", "KPIs)"]]
        let page = Self.page(labels, value: ["24", "9", "3", "7"])
        let tables = TableFinder.tables(on: page, fonts: Self.fonts)
        #expect(tables.count == 1)
        let t = try #require(tables.first)
        #expect(t.method == .shaded)
        #expect(t.grid == [["Number of PIs", "Red", "Amber", "Not started (annual\nKPIs)"], ["24", "9", "3", "7"]])
    }

    @Test func tilesOfOneFontSizeAreLeftToTheWhitespaceFinder() throws {
        // No figure under the labels: nothing marks a label/value pair, so these are not count boxes.
        let labels = [["Red"], ["Amber"], ["Green"]]
        let page = Self.page(labels, value: ["", "", ""])
        #expect(!TableFinder.tables(on: page, fonts: Self.fonts).contains { $0.method == .shaded })
    }
}
