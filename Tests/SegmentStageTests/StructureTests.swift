import Testing
import TextStage

@testable import SegmentStage

/// The structure alone: these pages hold no tables, so none are looked for.
func segmentText(_ doc: TextDocument) -> SegmentedDocument {
    Segmenter.segment(doc) { _ in [] }
}

@Suite struct StructureTests {
    @Test func twoColumnsAreReadColumnByColumn() {
        var p = PageSketch(1)
        let left = [
            "The council set out", "its plans for the", "year in the spring", "and agreed them in",
            "the summer session."
        ]
        let right = [
            "Progress on each", "action is reported", "every quarter with", "a status and a note", "from the officer."
        ]
        for (i, (l, r)) in zip(left, right).enumerated() {
            p.line(l, x: 60, y: 100 + Double(i) * 13, size: 11)
            p.line(r, x: 320, y: 100 + Double(i) * 13, size: 11)
        }
        let doc = segmentText(PageSketch.document([p]))
        #expect(doc.blocks.map(\.text) == [left.joined(separator: " "), right.joined(separator: " ")])
        #expect(doc.blocks.allSatisfy { $0.kind == .paragraph })
        // No line mixes words from both columns.
        #expect(doc.blocks.flatMap(\.lines).allSatisfy { $0.box.x1 < 300 || $0.box.x0 > 300 })
    }

    @Test func titleThenTwoColumnsThenCentredHeading() {
        var p = PageSketch(1)
        p.line("Annual Review of Services", x: 60, y: 60, size: 16, bold: true)
        let left = ["Waste collection ran", "to plan all year and", "recycling rose again."]
        let right = ["Libraries opened for", "longer hours in the", "summer and autumn.", "Visits rose by a third."]
        for (i, l) in left.enumerated() { p.line(l, x: 60, y: 100 + Double(i) * 13) }
        for (i, r) in right.enumerated() { p.line(r, x: 320, y: 100 + Double(i) * 13) }
        p.line("Next Steps", x: 260, y: 170, size: 11, bold: true)
        p.line("Cabinet is asked to note the report and its findings.", x: 60, y: 190)
        let doc = segmentText(PageSketch.document([p]))
        #expect(
            doc.blocks.map(\.text) == [
                "Annual Review of Services", left.joined(separator: " "), right.joined(separator: " "),
                "Next Steps", "Cabinet is asked to note the report and its findings."
            ])
        #expect(doc.blocks.map(\.kind) == [.heading, .paragraph, .paragraph, .heading, .paragraph])
    }

    @Test func wordsInSeparateFilledBoxesStayApart() {
        // Two coloured tiles side by side with a gap narrower than a column gutter.
        var p = PageSketch(1)
        p.line("Support carers", x: 60, y: 100)
        p.line("Grow our workforce", x: 60 + 14 * 5.5 + 4, y: 100)
        let split = p.words[2].box.x0 - 2
        var page = p.page
        page.fills = [
            Fill(box: Box(x0: 50, y0: 90, x1: split, y1: 130), color: RGB(r: 0, g: 164, b: 153), isRect: true),
            Fill(box: Box(x0: split + 1, y0: 90, x1: 300, y1: 130), color: RGB(r: 0, g: 164, b: 153), isRect: true)
        ]
        let doc = Segmenter.segment(
            TextDocument(
                fileName: "t.pdf", metadata: DocumentMetadata(pageCount: 1),
                fonts: PageSketch.fonts, pages: [page])
        ) { _ in [] }
        #expect(doc.blocks.flatMap(\.lines).flatMap { $0.words.map(\.text) }.count == 5)
        #expect(LineSegmenter.segments(page.words, page: page).map(\.text) == ["Support carers", "Grow our workforce"])
        #expect(LineSegmenter.segments(page.words).map(\.text) == ["Support carers Grow our workforce"])
    }

    @Test func rotatedWordsFormTheirOwnLine() {
        var p = PageSketch(1)
        p.line("Body text across the page.", x: 60, y: 100)
        for (i, t) in ["Quarter", "3"].enumerated() {
            p.words.append(
                Word(
                    text: t, box: Box(x0: 20, y0: 300 - Double(i) * 50, x1: 32, y1: 345 - Double(i) * 50),
                    font: 0, size: 11, color: .black, direction: 270))
        }
        let lines = LineSegmenter.segments(p.words)
        #expect(lines.map(\.text).sorted() == ["Body text across the page.", "Quarter 3"])
    }

    @Test func labelsBesideValuesStayOnOneLine() {
        var p = PageSketch(1)
        p.line("From:", x: 60, y: 100)
        p.line("Roger Gough – Leader of the Council", x: 170, y: 100)
        p.line("To:", x: 60, y: 128)
        p.line("Cabinet – 4 March 2025", x: 170, y: 128)
        p.line("Subject:", x: 60, y: 156, bold: true)
        p.line("Quarterly Performance Report", x: 170, y: 156, bold: true)
        var doc = segmentText(PageSketch.document([p]))
        #expect(
            doc.blocks.map(\.text) == [
                "From: Roger Gough – Leader of the Council", "To: Cabinet – 4 March 2025",
                "Subject: Quarterly Performance Report"
            ])
        // A bold label with its value is no heading, nor a bold block ending in one.
        p.line("Report of the Head of Strategy", x: 60, y: 190, bold: true)
        p.line("Lead Member: Cllr Miah", x: 60, y: 203, bold: true)
        doc = segmentText(PageSketch.document([p]))
        #expect(doc.blocks.last?.text == "Report of the Head of Strategy Lead Member: Cllr Miah")
        #expect(doc.blocks.allSatisfy { $0.kind == .paragraph })
    }

    @Test func formOfLabelsAndValuesIsReadRowByRow() {
        var p = PageSketch(1)
        let rows = [
            ("REPORT TO:", "Executive Board"), ("DATE:", "16 November 2023"), ("REPORTING OFFICER:", "Chief Executive"),
            ("PORTFOLIO:", "Corporate Services"), ("WARD(S):", "Borough-wide")
        ]
        for (i, (label, value)) in rows.enumerated() {
            p.line(label, x: 60, y: 100 + Double(i) * 20)
            p.line(value, x: 200, y: 100 + Double(i) * 20)
        }
        p.line("The report sets out performance for the second quarter of the year.", x: 60, y: 220)
        let doc = segmentText(PageSketch.document([p]))
        #expect(
            doc.blocks.map(\.text) == rows.map { $0.0 + " " + $0.1 } + [
                "The report sets out performance for the second quarter of the year."
            ])
    }

    @Test func valueWrappingUnderItsTabStopContinuesTheBlock() {
        var p = PageSketch(1)
        p.line("DATE:", x: 60, y: 87)
        p.line("16 November 2023", x: 170, y: 87)
        p.line("SUBJECT:", x: 60, y: 100)
        p.line("Directorate Overview Reports for Quarter 2 2023 -", x: 170, y: 100)
        p.line("24", x: 170, y: 113)
        let doc = segmentText(PageSketch.document([p]))
        #expect(
            doc.blocks.map(\.text) == [
                "DATE: 16 November 2023 SUBJECT: Directorate Overview Reports for Quarter 2 2023 - 24"
            ])
        #expect(doc.blocks.first?.lines.count == 3)
    }

    @Test func headingsByNumberingAndWeight() {
        var p = PageSketch(1)
        p.line("1. Introduction", x: 60, y: 80, size: 12, bold: true)
        p.line("The report sets out the results for the quarter and the", x: 60, y: 100)
        p.line("actions taken where performance is off target.", x: 60, y: 113)
        p.line("2.4 Background", x: 60, y: 140)
        p.line("Targets were agreed by Cabinet in March.", x: 60, y: 160)
        p.line("Section 3 – Finance", x: 60, y: 190, size: 14, bold: true)
        p.line("Spending is within budget.", x: 60, y: 212)
        p.line("10", x: 60, y: 240, size: 12, bold: true)
        p.line("LIST OF BACKGROUND PAPERS", x: 96, y: 240, size: 12, bold: true)
        let doc = segmentText(PageSketch.document([p]))
        let headings = doc.blocks.filter { $0.kind == .heading }
        #expect(
            headings.map(\.text) == [
                "1. Introduction", "2.4 Background", "Section 3 – Finance", "10 LIST OF BACKGROUND PAPERS"
            ])
        #expect(headings.map(\.numbering) == ["1.", "2.4", "Section 3", "10"])
        #expect(headings.map(\.level) == [1, 2, 1, 1])
        let paragraphs = doc.blocks.filter { $0.kind == .paragraph }
        #expect(paragraphs.map(\.section) == ["1. Introduction", "2.4 Background", "Section 3 – Finance"])
    }

    @Test func unnumberedHeadingTakesTheLevelOfNumberedOnesInItsStyle() {
        var p = PageSketch(1)
        p.line("Quarterly Report", x: 60, y: 50, size: 18, bold: true)
        p.line("1. Introduction", x: 60, y: 80, size: 12, bold: true)
        p.line("Text of the introduction.", x: 60, y: 100)
        p.line("2. Background", x: 60, y: 130, size: 12, bold: true)
        p.line("Text of the background.", x: 60, y: 150)
        p.line("Appendices", x: 60, y: 180, size: 12, bold: true)
        let doc = segmentText(PageSketch.document([p]))
        let headings = doc.blocks.filter { $0.kind == .heading }
        #expect(headings.map(\.text) == ["Quarterly Report", "1. Introduction", "2. Background", "Appendices"])
        #expect(headings.map(\.level) == [1, 1, 1, 1])
    }

    @Test func unnumberedHeadingLevelsFollowSize() {
        var p = PageSketch(1)
        p.line("Quarterly Performance Report", x: 60, y: 60, size: 18, bold: true)
        p.line("Customer Services", x: 60, y: 100, size: 13, bold: true)
        p.line("Overall Action Performance: Quarter 3 2023-2024", x: 60, y: 135, size: 13, bold: true)
        p.line("Calls answered rose again this quarter.", x: 60, y: 120)
        // Bold but no title: a sentence, and a continuation starting in lower case.
        p.line("Calls answered rose again this quarter.", x: 60, y: 150, bold: true)
        p.line("continued from the page before", x: 60, y: 180, bold: true)
        let doc = segmentText(PageSketch.document([p]))
        #expect(doc.blocks.map(\.kind) == [.heading, .heading, .paragraph, .heading, .paragraph, .paragraph])
        #expect(doc.blocks.map(\.level) == [1, 2, nil, 2, nil, nil])
        #expect(doc.blocks[2].section == "Customer Services")
    }

    @Test func runningHeaderFooterAndPageNumbersAreRecognised() {
        var pages: [PageSketch] = []
        for n in 1...4 {
            var p = PageSketch(n)
            p.line("Appendix 1", x: 480, y: 30, size: 9)
            p.line("Body text of page \(n) about waste and recycling.", x: 60, y: 120 + Double(n) * 7)
            p.line("Kent County Council – Page \(n) of 4", x: 60, y: 800, size: 9)
            p.line("\(n + 10)", x: 520, y: 815, size: 9)
            pages.append(p)
        }
        let doc = segmentText(PageSketch.document(pages))
        for n in 1...4 {
            let kinds = doc.blocks.filter { $0.page == n }.map(\.kind)
            #expect(kinds == [.header, .paragraph, .footer, .pageNumber])
        }
        #expect(doc.blocks.filter { $0.kind == .footer }.map(\.text).last == "Kent County Council – Page 4 of 4")
        #expect(doc.blocks.filter { $0.kind == .paragraph }.allSatisfy { !$0.text.contains("Appendix") })
    }

    @Test func loneNumberAtPageBottomIsAPageNumberEvenOnOnePage() {
        var p = PageSketch(1)
        p.line("Only page of a short note.", x: 60, y: 100)
        p.line("7", x: 297, y: 800, size: 9)
        let doc = segmentText(PageSketch.document([p]))
        #expect(doc.blocks.map(\.kind) == [.paragraph, .pageNumber])
    }

    @Test func superscriptStaysOnItsLineAndIsMarked() {
        var p = PageSketch(1)
        p.line("17 of the 38", x: 60, y: 100)
        p.superscript("1")
        p.line("indicators are rated Green.", x: 60 + 12 * 11 * 0.5 + 3 * 11 * 0.28 + 9, y: 100)
        let doc = segmentText(PageSketch.document([p]))
        #expect(doc.blocks.count == 1)
        #expect(doc.blocks.first?.lines.count == 1)
        #expect(doc.blocks.first?.text == "17 of the 38¹ indicators are rated Green.")
    }

    @Test func listItemsByMarker() {
        var p = PageSketch(1)
        p.line("The nine red indicators are in:", x: 60, y: 100)
        p.line("• Customer Services", x: 80, y: 116)
        p.line("- Governance and Law", x: 80, y: 132)
        p.line("1) Adult Social Care", x: 80, y: 148)
        p.line("(a) Growth and Communities", x: 80, y: 164)
        p.line("2) Consider the progress made", x: 80, y: 180, bold: true)
        let doc = segmentText(PageSketch.document([p]))
        #expect(doc.blocks.map(\.kind) == [.paragraph, .listItem, .listItem, .listItem, .listItem, .listItem])
        #expect(doc.blocks.map(\.numbering) == [nil, "•", "-", "1)", "(a)", "2)"])
    }

    @Test func paragraphsSplitAtSpacingAndFontChange() {
        var p = PageSketch(1)
        p.line("First paragraph line one and", x: 60, y: 100)
        p.line("its second line.", x: 60, y: 113)
        p.line("Second paragraph after a gap.", x: 60, y: 140)
        p.line("A smaller note below it.", x: 60, y: 153, size: 8)
        p.line("COMMITTEE - TUESDAY, 28 NOVEMBER", x: 60, y: 180, bold: true)
        p.line("2023", x: 60, y: 193, bold: true)
        p.line("Report of the Head of Strategy", x: 60, y: 206)
        let doc = segmentText(PageSketch.document([p]))
        #expect(
            doc.blocks.map(\.text) == [
                "First paragraph line one and its second line.", "Second paragraph after a gap.",
                "A smaller note below it.", "COMMITTEE - TUESDAY, 28 NOVEMBER 2023",
                "Report of the Head of Strategy"
            ])
    }

    @Test func segmentingIsDeterministic() {
        var p = PageSketch(1)
        p.line("1. Introduction", x: 60, y: 80, size: 12, bold: true)
        p.line("Text", x: 60, y: 100)
        let d = PageSketch.document([p])
        #expect(segmentText(d) == segmentText(d))
    }
}

@Suite struct StructurePageNumberTests {
    @Test func pageNumberForms() {
        for t in ["7", "- 7 -", "Page 7", "Page 7 of 12", "7 of 12", "7/12", "A-11", "iv"] {
            #expect(RunningText.isPageNumber(t), "\(t)")
        }
        for t in ["Page 7 of the report", "Q3", "Appendix 1", "7.5%"] {
            #expect(!RunningText.isPageNumber(t), "\(t)")
        }
    }

    @Test func digitsFoldSoPageNumbersRecur() {
        #expect(RunningText.normalised("Page 3 of 12") == RunningText.normalised("page 10 of 12"))
        #expect(RunningText.normalised("Appendix 1") != RunningText.normalised("Appendix A"))
    }
}

@Suite struct StructureNumberingTests {
    @Test func decimalDepth() {
        #expect(Numbering.decimalDepth("1.0") == 1)
        #expect(Numbering.decimalDepth("3.") == 1)
        #expect(Numbering.decimalDepth("2.4") == 2)
        #expect(Numbering.decimalDepth("2.4.1") == 3)
        #expect(Numbering.decimalDepth("2024") == nil)
        #expect(Numbering.decimalDepth("19,378") == nil)
    }

    @Test func markers() {
        #expect(Numbering.match(["IV.", "Risks"])?.style == .roman)
        #expect(Numbering.match(["B.", "Finance"])?.style == .upperLetter)
        #expect(Numbering.match(["Section", "2", "–", "Finance"])?.marker == "Section 2")
        #expect(Numbering.match(["1.1.The", "report"])?.marker == "1.1")
        #expect(Numbering.match(["•17", "are", "green"])?.style == .bullet)
        #expect(Numbering.match(["1.0PURPOSE", "OF", "REPORT"])?.marker == "1.0")
        #expect(Numbering.match(["1)Executive", "Board"])?.style == .parenNumber)
        #expect(Numbering.match(["3.5m", "spent"]) == nil)
        #expect(Numbering.match(["10km", "of", "road"]) == nil)
        #expect(Numbering.match(["Appendix", "2", "–", "Corporate", "Scorecard"])?.marker == "Appendix 2")
        #expect(Numbering.match(["Appendix", "1", "to", "this", "report"]) == nil)
        #expect(Numbering.match(["The", "report"]) == nil)
        #expect(Numbering.match(["➤", "Tourism", "Strategy"])?.style == .bullet)
    }
}

@Suite struct StructureTableTests {
    /// A page with a heading, a paragraph, a table area holding words, and a closing paragraph;
    /// plus a continuation page where the table goes on.
    static func document() -> TextDocument {
        var p1 = PageSketch(1)
        p1.line("3. Performance", x: 60, y: 80, size: 12, bold: true)
        p1.line("The table below shows the indicators.", x: 60, y: 100)
        p1.line("Indicator Target Actual", x: 60, y: 130)
        p1.line("Calls answered 85% 88%", x: 60, y: 145)
        p1.line("The figures are provisional.", x: 60, y: 200)
        var p2 = PageSketch(2)
        p2.line("Complaints closed 90% 84%", x: 60, y: 60)
        p2.line("4. Risks", x: 60, y: 120, size: 12, bold: true)
        return PageSketch.document([p1, p2])
    }

    static func table() -> Table {
        let c1 = Cell(
            row: 0, col: 0, text: "Indicator", lines: ["Indicator"], page: 1,
            box: Box(x0: 55, y0: 125, x1: 300, y1: 160))
        let c2 = Cell(
            row: 1, col: 0, text: "Complaints", lines: ["Complaints"], page: 2,
            box: Box(x0: 55, y0: 55, x1: 300, y1: 75))
        return Table(
            page: 1, pages: [1, 2], bbox: Box(x0: 55, y0: 125, x1: 300, y1: 160), rowCount: 2, columnCount: 1,
            headerRowCount: 1, method: .ruled, cells: [c1, c2])
    }

    @Test func tableReplacesItsWordsAtItsPlaceInReadingOrder() {
        let doc = Segmenter.segment(Self.document()) { _ in [Self.table()] }
        #expect(doc.blocks.map(\.kind) == [.heading, .paragraph, .table, .paragraph, .heading])
        #expect(doc.blocks[2].table == 0 && doc.blocks[2].page == 1)
        // No word inside the table's area on either page is left in a text block.
        #expect(!doc.blocks.contains { $0.text.contains("Calls") || $0.text.contains("Complaints") })
        #expect(doc.tables.first?.section == "3. Performance")
        #expect(doc.blocks[2].section == "3. Performance")
    }

    @Test func numberedParagraphsLaidOutLikeATableStayText() {
        func cell(_ r: Int, _ c: Int, _ t: String) -> Cell {
            Cell(
                row: r, col: c, text: t, lines: [t], page: 1,
                box: Box(
                    x0: c == 0 ? 55 : 90, y0: 125 + Double(r) * 15,
                    x1: c == 0 ? 80 : 300, y1: 138 + Double(r) * 15))
        }
        let prose = Table(
            page: 1, pages: [1], bbox: Box(x0: 55, y0: 125, x1: 300, y1: 160), rowCount: 2, columnCount: 2,
            headerRowCount: 0, method: .whitespace,
            cells: [cell(0, 0, "2."), cell(0, 1, "External context"), cell(1, 0, "2.1"), cell(1, 1, "Economic update")])
        #expect(NumberedProse.isSectionNumbered(prose))
        var kpis = prose
        kpis.cells[2].text = "Calls answered"
        #expect(!NumberedProse.isSectionNumbered(kpis))
        var ruled = prose
        ruled.method = .ruled
        #expect(!NumberedProse.isSectionNumbered(ruled))
        let doc = Segmenter.segment(Self.document()) { _ in [prose] }
        #expect(doc.tables.isEmpty && !doc.blocks.contains { $0.kind == .table })
    }

    @Test func tableFinderSeesNoRunningText() {
        var pages: [PageSketch] = []
        for n in 1...3 {
            var p = PageSketch(n)
            p.line("Body of page \(n).", x: 60, y: 100)
            p.line("Page \(n) of 3", x: 270, y: 810, size: 9)
            pages.append(p)
        }
        var seen: [String] = []
        _ = Segmenter.segment(PageSketch.document(pages)) { doc in
            seen = doc.pages.flatMap(\.words).map(\.text)
            return []
        }
        #expect(seen == ["Body", "of", "page", "1.", "Body", "of", "page", "2.", "Body", "of", "page", "3."])
    }
}
