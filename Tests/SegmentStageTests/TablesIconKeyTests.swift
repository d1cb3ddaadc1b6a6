import Testing
import TextStage

@testable import SegmentStage

/// Keys: a column of small coloured icons, each with its label just to its right and no rules,
/// is a two-column table (icon | label). Picture bullets (icons of one colour) and icons that
/// start a row of a wider table are not keys.
struct TablesIconKeyTests {
    static let fonts = [FontStyle(name: "Arial", bold: false, italic: false)]
    static let red = RGB(r: 220, g: 6, b: 6), amber = RGB(r: 255, g: 192, b: 0), green = RGB(r: 0, g: 176, b: 80)

    /// One row per entry, 20 points apart from y = 100: a 10-point icon at x = 60 (an image,
    /// or a vector shape when `shapes`), its label from x = 80, and `more` further right.
    static func page(_ rows: [(RGB, String)], more: String? = nil, shapes: Bool = false) -> TextPage {
        var words: [Word] = []
        var images: [PageImage] = []
        var fills: [Fill] = []
        for (i, (color, label)) in rows.enumerated() {
            let y = 100 + Double(i) * 20
            let icon = Box(x0: 60, y0: y, x1: 70, y1: y + 10)
            if shapes {
                fills.append(Fill(box: icon, color: color, isRect: false))
            } else {
                images.append(PageImage(box: icon, color: color))
            }
            var x = 80.0
            for part in label.split(separator: " ") {
                words.append(TablesLatticeTests.word(String(part), x, y))
                x += Double(part.count) * 5 + 3
            }
            if let more { words.append(TablesLatticeTests.word(more, 400, y)) }
        }
        return TextPage(number: 1, width: 595, height: 842, words: words, images: images, fills: fills)
    }

    static let key = [(red, "Red – off track"), (amber, "Amber – at risk"), (green, "Green – on track")]

    @Test(arguments: [false, true])
    func aColumnOfColouredIconsWithLabelsIsATable(shapes: Bool) throws {
        let tables = TableFinder.tables(on: Self.page(Self.key, shapes: shapes), fonts: Self.fonts)
        let t = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(t.grid == [["", "Red – off track"], ["", "Amber – at risk"], ["", "Green – on track"]])
        // Each icon sits in its row's first cell, with its colour.
        let icons = (0..<3).map { r in
            t.cells.first { $0.row == r && $0.col == 0 }.flatMap { c in
                shapes ? c.shapes.first?.color : c.images.first?.color
            }
        }
        #expect(icons == [Self.red, Self.amber, Self.green])
    }

    @Test func iconsOfOneColourAreBulletsNotAKey() {
        let page = Self.page([(Self.green, "First point"), (Self.green, "Second point"), (Self.green, "Third point")])
        #expect(TableFinder.tables(on: page, fonts: Self.fonts).isEmpty)
    }

    @Test func aLoneIconWithALabelIsNoTable() {
        #expect(TableFinder.tables(on: Self.page([(Self.red, "Red – off track")]), fonts: Self.fonts).isEmpty)
    }

    @Test func iconsStartingRowsOfAWiderTableAreNoKey() {
        // Text further along each line: the icon and label are the first cells of a wider table.
        let tables = TableFinder.tables(on: Self.page(Self.key, more: "12%"), fonts: Self.fonts)
        #expect(
            !tables.contains {
                $0.columnCount == 2 && $0.cells.contains { $0.text == "Red – off track" }
                    && !$0.cells.contains { $0.text == "12%" }
            })
    }
}
