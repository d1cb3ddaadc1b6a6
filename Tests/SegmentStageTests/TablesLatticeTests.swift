import Testing
import TextStage

@testable import SegmentStage

/// Ruled grids built from synthetic rules and words: spans where a rule is missing,
/// multi-line cells, and words landing in the cell that holds their centre.
struct TablesLatticeTests {
    static func word(_ text: String, _ x: Double, _ y: Double, size: Double = 10) -> Word {
        Word(
            text: text, box: Box(x0: x, y0: y, x1: x + Double(text.count) * size * 0.5, y1: y + size),
            font: 0, size: size, color: .black)
    }

    static func h(_ y: Double, _ x0: Double, _ x1: Double) -> RulingLine {
        RulingLine(x0: x0, y0: y, x1: x1, y1: y, width: 0.5, color: .black)
    }

    static func v(_ x: Double, _ y0: Double, _ y1: Double) -> RulingLine {
        RulingLine(x0: x, y0: y0, x1: x, y1: y1, width: 0.5, color: .black)
    }

    static let fonts = [FontStyle(name: "Arial", bold: false, italic: false)]

    /// A 3×3 grid over x 100…400 (columns 100 wide) and y 100…190 (rows 30 high).
    static func page(lines: [RulingLine], words: [Word]) -> TextPage {
        TextPage(number: 1, width: 600, height: 800, words: words, lines: lines)
    }

    static let fullRules: [RulingLine] =
        [100.0, 130, 160, 190].map { h($0, 100, 400) } + [100.0, 200, 300, 400].map { v($0, 100, 190) }

    /// Rules that leave an L of three slots around a closed corner slot: the L's bounding
    /// cell and the corner cell share a top-left slot. Their order is fixed (smaller first,
    /// the cell a lookup should find), not the hash order of a dictionary, which changes from
    /// one process to the next.
    @Test func cellsSharingATopLeftSlotComeInAFixedOrder() throws {
        let h: [HRule] = [
            HRule(y: 100, x0: 100, x1: 300), HRule(y: 300, x0: 100, x1: 300), HRule(y: 200, x0: 100, x1: 200)
        ]
        let v: [VRule] = [
            VRule(x: 100, y0: 100, y1: 300), VRule(x: 300, y0: 100, y1: 300), VRule(x: 200, y0: 100, y1: 200)
        ]
        let grid = try #require(LatticeGrid.grid(h, v))
        #expect(
            grid.cells == [
                GridCell(row: 0, col: 0, rowSpan: 1, colSpan: 1),
                GridCell(row: 0, col: 0, rowSpan: 2, colSpan: 2)
            ])
    }

    @Test func fullGridGivesEveryCellItsWords() throws {
        let words = [
            Self.word("A", 110, 110), Self.word("B", 210, 110), Self.word("C", 310, 110),
            Self.word("1", 110, 140), Self.word("2", 210, 140), Self.word("3", 310, 140),
            Self.word("x", 110, 170), Self.word("y", 210, 170), Self.word("z", 310, 170)
        ]
        let tables = TableFinder.tables(on: Self.page(lines: Self.fullRules, words: words), fonts: Self.fonts)
        let t = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(t.method == .ruled)
        #expect(t.grid == [["A", "B", "C"], ["1", "2", "3"], ["x", "y", "z"]])
        #expect(t.cells.allSatisfy { $0.rowSpan == 1 && $0.colSpan == 1 })
    }

    @Test func missingVerticalRuleMakesAColumnSpan() throws {
        // The rule between columns 0 and 1 is not drawn in the first row: one cell spans both.
        var lines = [100.0, 130, 160, 190].map { Self.h($0, 100, 400) } + [100.0, 300, 400].map { Self.v($0, 100, 190) }
        lines.append(Self.v(200, 130, 190))
        let words = [
            Self.word("Quarter", 150, 110), Self.word("Total", 310, 110),
            Self.word("V", 110, 140), Self.word("T", 210, 140), Self.word("9", 310, 140)
        ]
        let t = try #require(TableFinder.tables(on: Self.page(lines: lines, words: words), fonts: Self.fonts).first)
        let span = try #require(t.cell(row: 0, col: 1))
        #expect(span.col == 0 && span.colSpan == 2 && span.rowSpan == 1)
        #expect(span.text == "Quarter")
        #expect(t.grid[0] == ["Quarter", "", "Total"])
        #expect(t.grid[1] == ["V", "T", "9"])
    }

    @Test func missingHorizontalRuleMakesARowSpan() throws {
        // No rule between rows 1 and 2 in the first column: an outcome cell over two actions.
        var lines = [100.0, 130, 190].map { Self.h($0, 100, 400) } + [100.0, 200, 300, 400].map { Self.v($0, 100, 190) }
        lines.append(Self.h(160, 200, 400))
        let words = [
            Self.word("Outcome", 110, 110), Self.word("Action", 210, 110), Self.word("Status", 310, 110),
            Self.word("Homes", 110, 150), Self.word("Build", 210, 140), Self.word("Green", 310, 140),
            Self.word("Plan", 210, 170), Self.word("Red", 310, 170)
        ]
        let t = try #require(TableFinder.tables(on: Self.page(lines: lines, words: words), fonts: Self.fonts).first)
        let outcome = try #require(t.cell(row: 2, col: 0))
        #expect(outcome.row == 1 && outcome.rowSpan == 2 && outcome.text == "Homes")
        #expect(t.grid.map { $0[1] } == ["Action", "Build", "Plan"])
    }

    @Test func multiLineCellJoinsItsLinesWithNewlines() throws {
        let words = [
            Self.word("A", 110, 105), Self.word("Owner:", 210, 102), Self.word("Jo", 250, 102),
            Self.word("Smith", 210, 115),
            Self.word("C", 310, 110), Self.word("1", 110, 140), Self.word("2", 210, 140), Self.word("3", 310, 140)
        ]
        let lines = [100.0, 130, 160].map { Self.h($0, 100, 400) } + [100.0, 200, 300, 400].map { Self.v($0, 100, 160) }
        let t = try #require(TableFinder.tables(on: Self.page(lines: lines, words: words), fonts: Self.fonts).first)
        let cell = try #require(t.cell(row: 0, col: 1))
        #expect(cell.text == "Owner: Jo\nSmith")
        #expect(cell.lines == ["Owner: Jo", "Smith"])
    }

    @Test func stackedFiguresSetSolidAreRowsEvenWithNullMarks() throws {
        // A statistical table: rules only around the header and body, figures line under line
        // at a pitch smaller than the word boxes (set solid), "–" for zero, and a label wrapped
        // onto two lines whose figures stand on its second line.
        let lines = [100.0, 115, 175].map { Self.h($0, 100, 400) } + [100.0, 200, 300, 400].map { Self.v($0, 100, 175) }
        func w(_ t: String, _ x: Double, _ y: Double) -> Word {
            Word(
                text: t, box: Box(x0: x, y0: y, x1: x + Double(t.count) * 4, y1: y + 9), font: 0, size: 7, color: .black
            )
        }
        let words = [
            w("Offence", 110, 103), w("Total", 210, 103), w("Under", 310, 103), w("18", 340, 103),
            w("Arson", 110, 118), w("9.8", 210, 118), w("4.3", 310, 118),
            w("Murder", 110, 125), w("and", 140, 125),
            w("manslaughter", 115, 132), w("10.0", 210, 132), w("–", 310, 132),
            w("Fraud", 110, 139), w("173.7", 210, 139), w("(X)", 310, 139)
        ]
        let t = try #require(TableFinder.tables(on: Self.page(lines: lines, words: words), fonts: Self.fonts).first)
        #expect(
            t.grid == [
                ["Offence", "Total", "Under 18"], ["Arson", "9.8", "4.3"],
                ["Murder and\nmanslaughter", "10.0", "–"], ["Fraud", "173.7", "(X)"]
            ])
        // Figures beside a label's first line instead: the wrapped line goes with the row above.
        let top = [
            w("Offence", 110, 103), w("Total", 210, 103), w("Under", 310, 103), w("18", 340, 103),
            w("Murder", 110, 118), w("and", 140, 118), w("9.8", 210, 118), w("4.3", 310, 118),
            w("manslaughter", 115, 125),
            w("Fraud", 110, 132), w("10.0", 210, 132), w("–", 310, 132)
        ]
        let t2 = try #require(TableFinder.tables(on: Self.page(lines: lines, words: top), fonts: Self.fonts).first)
        #expect(
            t2.grid == [
                ["Offence", "Total", "Under 18"], ["Murder and\nmanslaughter", "9.8", "4.3"], ["Fraud", "10.0", "–"]
            ])
    }

    @Test func stackedFiguresSplitAlsoWhereOneBlockEndsAboveATotal() throws {
        // A table set in two blocks side by side (age | population, twice), ruled round the
        // blocks only; the right block is shorter and ends above a ruled total row, so the
        // left block's cells run down past that rule (ICDAR us-035a).
        let lines =
            [Self.h(100, 100, 400), Self.h(115, 100, 400), Self.h(160.5, 250, 400), Self.h(175, 100, 400)]
            + [100.0, 175, 250, 325, 400].map { Self.v($0, 100, 175) }
        func w(_ t: String, _ x: Double, _ y: Double) -> Word {
            Word(
                text: t, box: Box(x0: x, y0: y, x1: x + Double(t.count) * 4, y1: y + 8), font: 0, size: 7, color: .black
            )
        }
        var words = [w("Age", 105, 104), w("People", 180, 104), w("Age", 255, 104), w("People", 330, 104)]
        for (k, y) in [117.0, 126, 135, 144, 151, 162].enumerated() {
            words += [w("\(k + 1)", 105, y), w("years", 111, y), w("\(3_000 + k)", 180, y)]
            if k < 4 { words += [w("\(k + 41)", 255, y), w("years", 265, y), w("\(2_000 + k)", 330, y)] }
        }
        words += [w("Total", 255, 163), w("9,999", 330, 163)]
        let t = try #require(TableFinder.tables(on: Self.page(lines: lines, words: words), fonts: Self.fonts).first)
        #expect(
            t.grid == [
                ["Age", "People", "Age", "People"],
                ["1 years", "3000", "41 years", "2000"], ["2 years", "3001", "42 years", "2001"],
                ["3 years", "3002", "43 years", "2002"], ["4 years", "3003", "44 years", "2003"],
                ["5 years", "3004", "", ""], ["6 years", "3005", "Total", "9,999"]
            ])
    }

    @Test func shadingInsetInsideItsCellAddsNoColumnOrRow() throws {
        // Columns shaded 8 pt inside their rules on every side: the shading's edges make empty
        // slivers beside the rules, which are no columns or rows of the table.
        var page = Self.page(
            lines: Self.fullRules,
            words: [
                Self.word("A", 110, 110), Self.word("B", 210, 110), Self.word("C", 310, 110),
                Self.word("1", 110, 140), Self.word("2", 210, 140), Self.word("3", 310, 140),
                Self.word("x", 110, 170), Self.word("y", 210, 170), Self.word("z", 310, 170)
            ])
        page.fills = [100.0, 200, 300].map {
            Fill(box: Box(x0: $0 + 8, y0: 108, x1: $0 + 92, y1: 182), color: RGB(r: 30, g: 30, b: 60), isRect: true)
        }
        let t = try #require(TableFinder.tables(on: page, fonts: Self.fonts).first)
        #expect(t.grid == [["A", "B", "C"], ["1", "2", "3"], ["x", "y", "z"]])
    }

    @Test func doubleBordersAndCollinearPiecesMerge() {
        // A rule drawn in two pieces, and a second rule 1 pt below it, are one rule.
        let r = Rulings(lines: [Self.h(100, 100, 250), Self.h(100, 251, 400), Self.h(101, 100, 400)], fills: [])
        #expect(r.horizontal.count == 1)
        #expect(r.horizontal.first.map { $0.x0 == 100 && $0.x1 == 400 } == true)
    }

    @Test func shadedCellsWithoutRulesFormAGrid() throws {
        // Two rows of two shaded cells with white gaps between them, no stroked rules.
        let grey = RGB(r: 200, g: 200, b: 200)
        var fills: [Fill] = []
        for (y0, y1) in [(100.0, 129.0), (131.0, 160.0)] {
            for (x0, x1) in [(100.0, 199.0), (201.0, 300.0)] {
                fills.append(Fill(box: Box(x0: x0, y0: y0, x1: x1, y1: y1), color: grey, isRect: true))
            }
        }
        let words = [
            Self.word("Name", 110, 110), Self.word("RAG", 210, 110), Self.word("Recycling", 110, 140),
            Self.word("Green", 210, 140)
        ]
        var page = Self.page(lines: [], words: words)
        page.fills = fills
        let t = try #require(TableFinder.tables(on: page, fonts: Self.fonts).first)
        #expect(t.grid == [["Name", "RAG"], ["Recycling", "Green"]])
        #expect(t.cells.first { $0.text == "Green" }?.fill == grey)
    }

    /// Words go to the first cell holding their centre, whether the cell is found through the
    /// slots or by testing every cell: centres inside, on rules, on corners and outside, over
    /// spanning and overlapping cells, a grid whose edges are out of order and a cell over no slot.
    @Test func wordsGoToTheFirstCellHoldingTheirCentre() {
        func byScan(_ g: Grid, _ words: [TWord]) -> [[String]] {
            var out = Array(repeating: [String](), count: g.cells.count)
            for w in words {
                if let i = g.cells.firstIndex(where: { g.box(of: $0).contains(x: w.box.midX, y: w.box.midY) }) {
                    out[i].append(w.text)
                }
            }
            return out
        }
        let spans = [
            GridCell(row: 0, col: 0, rowSpan: 1, colSpan: 2), GridCell(row: 0, col: 2, rowSpan: 2, colSpan: 1),
            GridCell(row: 1, col: 0, rowSpan: 1, colSpan: 1), GridCell(row: 1, col: 1, rowSpan: 1, colSpan: 1),
            GridCell(row: 2, col: 0, rowSpan: 1, colSpan: 3), GridCell(row: 1, col: 0, rowSpan: 2, colSpan: 2)
        ]
        let grids = [
            Grid(xs: [10, 50, 90, 130], ys: [0, 20, 40, 60], cells: spans),
            Grid(xs: [10, 50, 50, 130], ys: [0, 20, 40, 60], cells: spans),  // a zero-width column
            Grid(xs: [10, 90, 50, 130], ys: [0, 40, 20, 60], cells: spans),  // out of order: every cell tested
            Grid(
                xs: [10, 50, 90, 130], ys: [0, 20, 40, 60],
                cells: [GridCell(row: 1, col: 1, rowSpan: 0, colSpan: 1)] + spans)
        ]
        var words: [TWord] = []
        for x in stride(from: 0.0, through: 140, by: 5) {
            for y in stride(from: -5.0, through: 65, by: 5) {
                words.append(
                    TWord(
                        text: "\(x),\(y)", box: Box(x0: x - 1, y0: y - 1, x1: x + 1, y1: y + 1), size: 2, bold: false,
                        superscript: false))
            }
        }
        for g in grids {
            #expect(g.wordsByCell(words).map { $0.map(\.text) } == byScan(g, words))
        }
        // On the rule between two cells, the earlier cell takes the word.
        let onRule = TWord(
            text: "r", box: Box(x0: 49, y0: 29, x1: 51, y1: 31), size: 2, bold: false, superscript: false)
        let cells = grids[0].wordsByCell([onRule])
        #expect(cells[2].map(\.text) == ["r"] && cells[3].isEmpty)
    }
}
