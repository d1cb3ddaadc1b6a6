import Foundation
import Testing
import TextStage

@testable import SegmentStage

/// Tables with no rules: columns from aligned gaps, a title above kept out, spanning headers
/// placed in their first column, and rotated pages read in the text's own direction.
struct TablesWhitespaceTests {
    static let fonts = [FontStyle(name: "Arial", bold: false, italic: false)]
    static func word(_ t: String, _ x: Double, _ y: Double) -> Word { TablesLatticeTests.word(t, x, y) }

    static func rows(_ data: [[String]], top: Double = 200) -> [Word] {
        var words: [Word] = []
        for (r, row) in data.enumerated() {
            for (c, text) in row.enumerated() where !text.isEmpty {
                var x = 100 + Double(c) * 120
                for part in text.split(separator: " ") {
                    words.append(word(String(part), x, top + Double(r) * 14))
                    x += Double(part.count) * 5 + 3
                }
            }
        }
        return words
    }

    @Test func alignedGapsMakeColumns() throws {
        let data = [
            ["Indicator", "Target", "Actual"], ["Missed bins", "50", "42"],
            ["Days to let", "20", "23"], ["Calls answered", "90%", "88%"]
        ]
        let page = TextPage(number: 1, width: 600, height: 800, words: Self.rows(data))
        let t = try #require(TableFinder.tables(on: page, fonts: Self.fonts).first)
        #expect(t.method == .whitespace)
        #expect(t.grid == data)
    }

    @Test func proseAboveTheTableStaysOut() throws {
        let data = [["Indicator", "Target", "Actual"], ["Missed bins", "50", "42"], ["Days to let", "20", "23"]]
        var words = Self.rows(data)
        // A paragraph line as wide as the table, just above it.
        var x = 100.0
        for w in "This paragraph introduces the indicators of the quarter in some detail".split(separator: " ") {
            words.append(Self.word(String(w), x, 186))
            x += Double(w.count) * 5 + 3
        }
        let page = TextPage(number: 1, width: 600, height: 800, words: words)
        let t = try #require(TableFinder.tables(on: page, fonts: Self.fonts).first)
        #expect(t.grid == data)
    }

    @Test func rotatedPageReadsInTheTextDirection() throws {
        // The same table turned 90° clockwise: text runs down the page.
        let data = [["Indicator", "Target", "Actual"], ["Missed bins", "50", "42"], ["Days to let", "20", "23"]]
        let upright = Self.rows(data)
        let width = 600.0
        let turned = upright.map { w -> Word in
            var r = w
            // Frame → page for a 90° frame: x = width - y, y = x.
            r.box = Box(x0: width - w.box.y1, y0: w.box.x0, x1: width - w.box.y0, y1: w.box.x1)
            r.direction = 90
            return r
        }
        let page = TextPage(number: 1, width: width, height: 800, words: turned)
        let t = try #require(TableFinder.tables(on: page, fonts: Self.fonts).first)
        #expect(t.grid == data)
        // The box is reported in page coordinates: taller than wide.
        #expect(t.bbox.height > t.bbox.width)
    }

    @Test func numberedParagraphsAreNoTable() {
        var words: [Word] = []
        let paras = [
            ("1.0", "PURPOSE OF REPORT"), ("1.1", "To update members on the performance of the council this quarter"),
            ("2.0", "RECOMMENDED:"), ("2.1", "That the board notes the information contained in the report")
        ]
        for (i, (n, text)) in paras.enumerated() {
            let y = 200 + Double(i) * 14
            words.append(Self.word(n, 72, y))
            var x = 120.0
            for w in text.split(separator: " ") {
                words.append(Self.word(String(w), x, y))
                x += Double(w.count) * 5 + 3
            }
        }
        let page = TextPage(number: 1, width: 600, height: 800, words: words)
        #expect(TableFinder.tables(on: page, fonts: Self.fonts).isEmpty)
    }

    @Test func twoColumnsOfRunningTextAreNoTable() {
        var words: [Word] = []
        let line = "the council will monitor its targets"
        for i in 0..<8 {
            for x0 in [72.0, 320.0] {
                var x = x0
                for w in line.split(separator: " ") {
                    words.append(Self.word(String(w), x, 200 + Double(i) * 14))
                    x += Double(w.count) * 5 + 3
                }
            }
        }
        let page = TextPage(number: 1, width: 600, height: 800, words: words)
        #expect(TableFinder.tables(on: page, fonts: Self.fonts).isEmpty)
    }
}

/// Tables ruled across only (no vertical rules), set side by side: each table's rules stop
/// short of the gutter, a rule between rows closes each row (its wrapped cells are one cell),
/// and a wrapped cell's last lines above the closing rule stay in the table (tabula-java's
/// AnimalSounds1).
struct TablesRuledAcrossTests {
    func w(_ t: String, _ x: Double, _ y: Double) -> Word { TablesLatticeTests.word(t, x, y) }
    func rule(_ y: Double, _ x0: Double, _ x1: Double) -> RulingLine { TablesLatticeTests.h(y, x0, x1) }

    @Test func sideBySideTablesRuledAcross() throws {
        // Left table x 60–280, right 300–520; 14 pt lines; columns 60/130/200 and 300/370/440.
        var words: [Word] = []
        var lines: [RulingLine] = []
        for (x0, x1) in [(60.0, 280.0), (300.0, 520.0)] {
            let d = x0 - 60
            words += [w("Animal", 62 + d, 102), w("Action", 132 + d, 102), w("Result", 202 + d, 102)]
            lines += [rule(98, x0, x1), rule(116, x0, x1)]
        }
        // Left: Cat | Says | Meow; Bee (wrapped over three lines) | Says | bzz (wrapped over four,
        // the last two after the right table has ended).
        words += [w("Cat", 62, 120), w("Says", 132, 120), w("Meow", 202, 120)]
        lines.append(rule(134, 60, 280))
        words += [
            w("Parastratio", 62, 138), w("Says", 132, 138), w("bzzzz", 202, 138), w("sphecomyi", 62, 152),
            w("zzzz", 202, 152),
            w("oides", 62, 166), w("zzz", 202, 180), w("zz", 202, 194)
        ]
        lines.append(rule(208, 60, 280))
        // Right: Dog (two lines) | Says | Woof (two lines); Donkey | Says | Hee-Haw (two lines).
        words += [
            w("Dogs/wolves/", 302, 120), w("Says", 372, 120), w("Bow-wow/", 442, 120),
            w("More", 302, 134), w("dogs", 328, 134), w("ruff-ruff", 442, 134)
        ]
        lines.append(rule(148, 300, 520))
        words += [w("Donkey", 302, 152), w("Says", 372, 152), w("Hee-Haw", 442, 152), w("Haw", 442, 166)]
        lines.append(rule(180, 300, 520))
        let page = TextPage(number: 1, width: 600, height: 800, words: words, lines: lines)
        let tables = TableFinder.tables(on: page, fonts: TablesWhitespaceTests.fonts).sorted { $0.bbox.x0 < $1.bbox.x0 }
        #expect(
            tables.map(\.grid) == [
                [
                    ["Animal", "Action", "Result"], ["Cat", "Says", "Meow"],
                    ["Parastratio\nsphecomyi\noides", "Says", "bzzzz\nzzzz\nzzz\nzz"]
                ],
                [
                    ["Animal", "Action", "Result"], ["Dogs/wolves/\nMore dogs", "Says", "Bow-wow/\nruff-ruff"],
                    ["Donkey", "Says", "Hee-Haw\nHaw"]
                ]
            ])
    }
}

/// Group headings over pairs of narrow columns (ICDAR us-021: "All items" over Number |
/// Percent, the figures right-aligned): a heading that reaches into the gap between its two
/// columns stands over them; it does not join them into one.
struct TablesGroupHeadingTests {
    static let pdf = TablesCorpusTests.corpus.appendingPathComponent("icdar2013/us-021.pdf").path
    static var available: Bool { FileManager.default.fileExists(atPath: pdf) }

    @Test(.enabled(if: available)) func aGroupHeadingStandsOverItsColumns() throws {
        let doc = try TextExtractor.extract(path: Self.pdf)
        let t = try #require(TableFinder.tables(on: doc.pages[1], fonts: doc.fonts).first)
        #expect(t.columnCount == 7)
        #expect(t.grid.contains { $0 == ["Total items", "135", "100", "60", "100", "75", "100"] })
        #expect(t.grid.contains { $0.dropFirst() == ["Number", "Percent", "Number", "Percent", "Number", "Percent"] })
    }
}

/// A figure is told by its first character after leading whitespace and signs, as when the
/// whitespace is trimmed first (Foundation's set, which holds U+200B as well as the spaces).
@Test func numericTextIsReadAsIfTrimmed() {
    func trimmedFirst(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: .whitespaces)
        guard let first = t.unicodeScalars.first(where: { !"($£€-–+*".unicodeScalars.contains($0) }) else {
            return false
        }
        return first.properties.numericType != nil
    }
    let cases = [
        "12", " 12 ", "\t-3.5", "( 12)", "(12)", "£ 4", "\u{00A0}7", "\u{2003}½", "\u{3000}", "", " ", "-", "n/a",
        "–\t", "\u{200B}1", "\n9", "+\u{2009}5", "*", "Ⅻ", "٣", " x1"
    ]
    for s in cases { #expect(StreamTables.isNumeric(s) == trimmedFirst(s), "\(s.debugDescription)") }
    // Every character of the BMP before a figure, after a sign and alone.
    var differ: [UInt32] = []
    for cp: UInt32 in 0...0xFFFF {
        guard let scalar = Unicode.Scalar(cp) else { continue }
        let c = String(Character(scalar))
        for s in [c + "1", "(" + c, c] where StreamTables.isNumeric(s) != trimmedFirst(s) { differ.append(cp) }
    }
    #expect(differ.isEmpty)
}
