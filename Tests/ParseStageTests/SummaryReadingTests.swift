import Record
import SegmentStage
import Testing
import TextStage

@testable import ParseStage

/// Count summaries in the shapes papers write them, and the counts that must not become one.
/// Figures are invented; each test names the principle it holds.
@Suite struct SummaryReadingTests {
    @Test func leadInWithBulletsIsOneSummary() {
        let doc = Build.document([
            .para("5.1 Of the 30 Corporate Plan actions:"),
            .item("• 7 have been completed"),
            .item("• 15 are on track (green)"),
            .item("• 6 have some slippage (amber)"),
            .item("• 2 are at risk of missing their due date (red)")
        ])
        let s = record(doc).summaries
        #expect(s.count == 1)
        #expect(s.first?.subject == .actions && s.first?.scope == "overall" && s.first?.total == 30)
        #expect(s.first?.counts == SummaryCounts(red: 2, amber: 6, green: 15, completed: 7))
    }

    /// RAG bullets after a total in words ("20 corporate KPIs have a target"), percentages in
    /// brackets, and direction bullets under "Compared with Quarter 1:": one summary.
    @Test func ragAndDirectionBulletsMergeIntoOneSummary() {
        let doc = Build.document([
            .para("4.1 20 corporate KPIs have a target for Quarter 2. At the end of the quarter:"),
            .item("• 12 indicators (60%) are on or above target (green)"),
            .item("• 5 indicators (25%) are below target by 5% or less (amber)"),
            .item("• 3 indicators (15%) are more than 5% below target (red)"),
            .para("4.2 Compared with Quarter 1:"),
            .item("• 9 indicators have improved"),
            .item("• 4 are unchanged"),
            .item("• 7 have declined"),
            .para("4.3 This compares with 10 green, 6 amber and 4 red indicators at the end of Quarter 1.")
        ])
        let s = record(doc).summaries
        #expect(s.count == 1)
        #expect(s.first?.total == 20)
        #expect(s.first?.counts == SummaryCounts(red: 3, amber: 5, green: 12, improving: 9, noChange: 4, worsening: 7))
    }

    /// The prose sentence and the table's Total row are one overall summary; the previous
    /// quarter's count in the same paragraph is not a second one.
    @Test func proseAndItsTableAreOneSummaryPerScope() {
        let doc = Build.document([
            .para(
                "Of the 20 actions in the Delivery Plan 2024/25, 5 have been completed and 9 are on track; 3 are at risk, "
                    + "2 are off track and 1 has been deferred. At Quarter 1 the Plan had 21 actions."),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [
                            .t("Priority"), .t("Total"), .t("Complete"), .t("On track"), .t("At risk"), .t("Off track"),
                            .t("Deferred")
                        ],
                        [.t("Prosperous Places"), .t("12"), .t("3"), .t("6"), .t("2"), .t("1"), .t("0")],
                        [.t("Healthy Lives"), .t("8"), .t("2"), .t("3"), .t("1"), .t("1"), .t("1")],
                        [.t("Total"), .t("20"), .t("5"), .t("9"), .t("3"), .t("2"), .t("1")]
                    ]))
        ])
        let s = record(doc).summaries
        #expect(s.map(\.scope) == ["Prosperous Places", "Healthy Lives", "overall"])
        #expect(s.allSatisfy { $0.subject == .actions })
        #expect(s[2].total == 20 && s[2].counts == SummaryCounts(red: 2, amber: 3, green: 9, completed: 5, other: 1))
        #expect(s[1].counts == SummaryCounts(red: 1, amber: 1, green: 3, completed: 2, other: 1))
    }

    /// Labels over one row of numbers, every head a count ("No target set" → other): one
    /// overall summary, not a matrix whose "scope" is a number.
    @Test func countHeadsOverOneRowOfNumbers() {
        let doc = Build.document([
            .heading("3. Year-end summary"),
            .para("The table below summarises the year-end RAG ratings of the indicators."),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Green"), .t("Amber"), .t("Red"), .t("No target set"), .t("Total")],
                        [.t("9"), .t("3"), .t("2"), .t("1"), .t("15")]
                    ]))
        ])
        let s = record(doc).summaries
        #expect(s.map(\.scope) == ["overall"])
        #expect(s.first?.total == 15 && s.first?.counts == SummaryCounts(red: 2, amber: 3, green: 9, other: 1))
    }

    /// A two-row header puts "Total" above a blank beside system status words (OK / Warning /
    /// Alert / Unknown / Data Only); the "Number of PIs" row is the overall summary.
    @Test func twoRowHeaderOfStatusWords() {
        let doc = Build.document([
            .table(
                Build.table(
                    headerRows: 2,
                    [
                        [.t("PI Status"), .t(""), .t(""), .t(""), .t(""), .t(""), .t("Total")],
                        [.t(""), .t("OK"), .t("Warning"), .t("Alert"), .t("Unknown"), .t("Data Only"), .t("")],
                        [.t("Number of PIs"), .t("10"), .t("4"), .t("3"), .t("1"), .t("2"), .t("20")]
                    ]))
        ])
        let s = record(doc).summaries
        #expect(s.map(\.scope) == ["overall"])
        #expect(s.first?.subject == .indicators && s.first?.total == 20)
        #expect(s.first?.counts == SummaryCounts(red: 3, amber: 4, green: 10, other: 3))
    }

    /// A caption that is a sentence names no scope; its "N indicators" is the total when it is
    /// the sum of the counts.
    @Test func sentenceCaptionGivesTheTotalNotTheScope() {
        let doc = Build.document([
            .para("17 indicators have an August 2024 result and a target. Their ratings are:"),
            .table(Build.table(headerRows: 1, [[.t("Green"), .t("Amber"), .t("Red")], [.t("10"), .t("4"), .t("3")]]))
        ])
        let s = record(doc).summaries
        #expect(s.map(\.scope) == ["overall"])
        #expect(s.first?.total == 17 && s.first?.counts == SummaryCounts(red: 3, amber: 4, green: 10))
    }

    /// Bilingual heads and caption ("Welsh / English"); the paragraph above says the same.
    @Test func bilingualStatusTable() {
        let doc = Build.document([
            .para(
                "Table 1 summarises the status of the 12 indicators reported this quarter. 5 are on target, 3 are near "
                    + "target (within 5%) and 2 are off target. 2 are annual measures that will be reported at year end."
            ),
            .para("Tabl 1: Crynodeb statws / Table 1: Status summary, Quarter 3 2024-25"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [
                            .t("Ar y targed / On target"), .t("Yn agos at y targed / Near target"),
                            .t("Oddi ar y targed / Off target"),
                            .t("Mesur blynyddol / Annual measure"), .t("Cyfanswm / Total")
                        ],
                        [.t("5"), .t("3"), .t("2"), .t("2"), .t("12")]
                    ]))
        ])
        let s = record(doc).summaries
        #expect(s.map(\.scope) == ["overall"])
        #expect(s.first?.total == 12 && s.first?.counts == SummaryCounts(red: 2, amber: 3, green: 5, annual: 2))
    }

    /// Numbers under a head that counts something else ("Actions subject to review") and rows
    /// named by a period: a table of other counts, no summary.
    @Test func tablesOfOtherCountsAreNoSummary() {
        let doc = Build.document([
            .para("Mitigating actions"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [
                            .t("Due date"), .t("Actions completed"), .t("Actions partially complete"),
                            .t("Actions subject to review")
                        ],
                        [.t("Up to and including March 2025"), .t("6"), .t("4"), .t("3")]
                    ]))
        ])
        #expect(record(doc).summaries.isEmpty)
    }

    /// A paragraph that opens "Name – …" counts that theme's indicators; counts of a part of
    /// its total ("Of the three Red KPIs, only one improved") are left out.
    @Test func themeParagraphIsThatThemesSummary() {
        let doc = Build.document([
            .para(
                "Adult Social Care – Four of the nine indicators met target, the same as the previous quarter. "
                    + "Three are amber and two are red. Of the two red KPIs, only one improved.")
        ])
        let s = record(doc).summaries
        #expect(s.map(\.scope) == ["Adult Social Care"])
        #expect(s.first?.total == 9 && s.first?.counts == SummaryCounts(red: 2, amber: 3, green: 4))
    }

    /// A risk register's prose count of risks by RAG, and a previous quarter's counts, are no summary.
    @Test func risksAndPreviousQuartersAreNoSummary() {
        let doc = Build.document([
            .para(
                "The register holds the Council’s 12 strategic risks. At the residual level 3 risks are rated red, "
                    + "6 amber and 3 green. Since Quarter 2, 2 risks have increased and 4 are unchanged."),
            .para("Compared with Quarter 4 2023/24, when 31 indicators were on target, two fewer are green."),
            .para("The 9 indicators that are amber or red are listed in the table below.")
        ])
        #expect(record(doc).summaries.isEmpty)
    }

    /// A chart legend set one block per line, its caption after it: one count box, whose
    /// "(30 indicators)" is the total as it is the sum.
    @Test func chartLegendLinesWithTheCaptionAfter() {
        let doc = Build.document([
            .item("■ Green 18"), .item("■ Amber 7"), .item("■ Red 5"),
            .para("Figure 2: Corporate KPIs by RAG status, Quarter 3 2024/25 (30 indicators)")
        ])
        let s = record(doc).summaries
        #expect(s.map(\.scope) == ["overall"])
        #expect(s.first?.total == 30 && s.first?.counts == SummaryCounts(red: 5, amber: 7, green: 18))
    }

    /// Coloured boxes written as the big number over its label.
    @Test func boxNumbersAboveTheirLabels() {
        let doc = Build.document([.para("Indicator summary"), .para("18\nGreen\n7\nAmber\n5\nRed")])
        let s = record(doc).summaries
        #expect(s.count == 1 && s.first?.subject == .indicators)
        #expect(s.first?.counts == SummaryCounts(red: 5, amber: 7, green: 18))
    }

    /// A table of directions of travel only is a summary too.
    @Test func directionOnlyCountTable() {
        let doc = Build.document([
            .para("Direction of travel of the indicators"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Improved"), .t("No change"), .t("Worsened"), .t("Total")],
                        [.t("9"), .t("4"), .t("7"), .t("20")]
                    ]))
        ])
        let s = record(doc).summaries
        #expect(s.map(\.scope) == ["overall"])
        #expect(s.first?.total == 20 && s.first?.counts == SummaryCounts(improving: 9, noChange: 4, worsening: 7))
    }

    /// Two statements of one summary that disagree: the total that the counts overrun is not taken.
    @Test func aDisagreeingTotalIsNotMerged() {
        let doc = Build.document([
            .para("Indicators by directorate"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Directorate"), .t("Green"), .t("Amber")],
                        [.t("Public Health"), .t("3"), .t("3")]
                    ])),
            .para("Public Health – Three out of five KPIs are exceeding target.")
        ])
        let s = record(doc).summaries.filter { $0.scope == "Public Health" }
        #expect(s.count == 1)
        #expect(s.first?.total == nil && s.first?.counts == SummaryCounts(amber: 3, green: 3))
    }

    /// Boxes whose only label is their fill: the colour counts.
    @Test func numbersOnRAGFillsAreCountBoxes() {
        let doc = Build.document([
            .para("KPI RAG ratings at Quarter 2"),
            .table(Build.table([[.fill("12", "#00B050"), .fill("6", "#FFC000"), .fill("4", "#FF0000")]]))
        ])
        let s = record(doc).summaries
        #expect(s.count == 1 && s.first?.subject == .indicators && s.first?.scope == "overall")
        #expect(s.first?.counts == SummaryCounts(red: 4, amber: 6, green: 12))
    }

    /// "… in this priority": the counts are the section's theme, not the council's.
    @Test func proseAboutAPartTakesItsHeading() {
        let doc = Build.document([
            .heading("Healthy Communities"),
            .para("Of the 8 indicators in this priority, 5 are green, 2 are amber and 1 is red."),
            .heading("Performance overview"),
            .para("Of the 6 indicators in this theme, 4 are green and 2 are red.")
        ])
        let s = record(doc).summaries
        #expect(s.map(\.scope) == ["Healthy Communities"])
        #expect(s.first?.total == 8 && s.first?.counts == SummaryCounts(red: 1, amber: 2, green: 5))
    }

    /// Nothing names what is counted: action statuses say actions, target ratings indicators;
    /// colours alone say nothing.
    @Test func theLabelsTellTheSubject() {
        let actions = Build.document([
            .heading("2. Summary of progress"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Priority"), .t("Complete"), .t("On track"), .t("Slippage"), .t("Total")],
                        [.t("Prosperous Places"), .t("2"), .t("3"), .t("1"), .t("6")],
                        [.t("Total"), .t("2"), .t("3"), .t("1"), .t("6")]
                    ]))
        ])
        #expect(record(actions).summaries.map(\.subject) == [.actions, .actions])
        let indicators = Build.document([
            .table(
                Build.table(
                    headerRows: 1, [[.t("On target"), .t("Near target"), .t("Off target")], [.t("6"), .t("4"), .t("3")]]
                ))
        ])
        #expect(record(indicators).summaries.map(\.subject) == [.indicators])
        let colours = Build.document([
            .table(Build.table(headerRows: 1, [[.t("Red"), .t("Amber"), .t("Green")], [.t("2"), .t("5"), .t("3")]]))
        ])
        #expect(record(colours).summaries.isEmpty)
    }

    /// The paper's quarter is the one its text names most: past-tense counts of that quarter are
    /// its summary, of another quarter are not.
    @Test func pastTenseCountsOfThePapersOwnQuarter() {
        let doc = Build.document([
            .heading("Performance Report – Quarter 3 2024/25"),
            .para("This report covers Quarter 3 (October to December 2024)."),
            .para("In Quarter 3, 25 of the 30 indicators were on target and 5 were off target."),
            .para("At Quarter 2, 22 indicators were on target and 8 were off target.")
        ])
        let s = record(doc).summaries
        #expect(s.count == 1)
        #expect(s.first?.total == 30 && s.first?.counts == SummaryCounts(red: 5, green: 25))
    }

    /// A KPI row with a status word beside a number ("Green | 3") is no label/value pair: a
    /// pair row holds nothing but pairs.
    @Test func aStatusBesideANumberInAKPIRowIsNoCount() {
        let doc = Build.document([
            .para("Key performance indicators"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Code"), .t("Indicator"), .t("Status"), .t("Rank")],
                        [.t("A1"), .t("Calls answered within 60 seconds"), .t("Green"), .t("3")],
                        [.t("A2"), .t("Missed bins per 100,000 collections"), .t("Red"), .t("5")]
                    ]))
        ])
        #expect(record(doc).summaries.isEmpty)
    }

    /// Coloured boxes drawn as shapes whose label and number come out as blocks of their own.
    @Test func boxLabelsAndNumbersAsBlocksOfTheirOwn() {
        let doc = Build.document([
            .para("Indicator RAG ratings"),
            .para("Green"), .para("11"), .para("Amber"), .para("5"), .para("Red"), .para("3"),
            .para("Commentary follows for each red indicator.")
        ])
        let s = record(doc).summaries
        #expect(s.count == 1 && s.first?.subject == .indicators && s.first?.scope == "overall")
        #expect(s.first?.counts == SummaryCounts(red: 3, amber: 5, green: 11))
    }

    /// A key of score ranges ("Amber – score 8 to 12") is no count box.
    @Test func aKeyOfRangesIsNoCountBox() {
        let doc = Build.document([
            .para("Indicator RAG key"),
            .para("Red – more than 10 below 15\nAmber – score 8 to 12\nGreen – score 1 to 6")
        ])
        #expect(record(doc).summaries.isEmpty)
    }

    /// Bullets without a lead-in are one list; a paragraph broken over a page goes on.
    @Test func aListAndABrokenParagraph() {
        let list = Build.document([
            .heading("Performance at Quarter 3"),
            .item("• 14 indicators are green"), .item("• 6 are amber"), .item("• 4 are red")
        ])
        #expect(record(list).summaries.first?.counts == SummaryCounts(red: 4, amber: 6, green: 14))
        let broken = Build.document([
            .para("Of the 30 indicators, 18 are green, 7 are", page: 1),
            .para("amber and 5 are red.", page: 2)
        ])
        let s = record(broken).summaries
        #expect(s.count == 1 && s.first?.total == 30 && s.first?.counts == SummaryCounts(red: 5, amber: 7, green: 18))
    }

    /// A sentence that names no subject and does not go on from a counting one counts
    /// something else.
    @Test func countsOfSomethingElseInTheSameList() {
        let doc = Build.document([
            .item("• One more indicator is rated green than last month."),
            .item("• Complaints remain a concern: 61 of the 77 complaints closed in September met the standard.")
        ])
        #expect(record(doc).summaries.isEmpty)
    }

    /// Two "overall" statements with different counts under one key are not one summary: the
    /// first stands, the other is not merged into it.
    @Test func aDisagreeingStatementIsNotMerged() {
        let doc = Build.document([
            .para("Of the 38 indicators, 17 are green, 12 are amber and 9 are red.", page: 1),
            .para(
                "Of the 10 indicators in Adult Social Care, 4 are green, 3 are amber and 3 are red. 6 have improved and 4 have worsened.",
                page: 2)
        ])
        let s = record(doc).summaries
        #expect(s.count == 1)
        #expect(s.first?.total == 38 && s.first?.counts == SummaryCounts(red: 9, amber: 12, green: 17))
    }

    /// Direction columns whose heads are drawn arrows (no text) beside G | A | R heads: each
    /// arrow's column counts the direction it points.
    @Test func arrowHeadsBesideRAGHeadsCountDirections() {
        var table = Build.table(
            headerRows: 1,
            [
                [.t("Service area"), .t("Green"), .t("Amber"), .t("Red"), .t(""), .t(""), .t("")],
                [.t("Highways"), .t("6"), .t("2"), .t("1"), .t("4"), .t("3"), .t("2")],
                [.t("Libraries"), .t("3"), .t("1"), .t("0"), .t("1"), .t("2"), .t("1")]
            ])
        for (col, arrow) in [(4, Arrow.up), (5, .right), (6, .down)] {
            let i = table.cells.firstIndex { $0.row == 0 && $0.col == col }!
            let b = table.cells[i].box
            table.cells[i].images = [
                PageImage(
                    box: Box(x0: b.x0 + 2, y0: b.y0 + 2, x1: b.x0 + 10, y1: b.y0 + 10),
                    color: RGB(hex: "#44546a"), arrow: arrow)
            ]
        }
        let s = record(Build.document([.heading("Performance summary Q2 2024/25"), .table(table)])).summaries
        #expect(s.map(\.scope) == ["Highways", "Libraries"])
        #expect(s.first?.counts == SummaryCounts(red: 1, amber: 2, green: 6, improving: 4, noChange: 3, worsening: 2))
        #expect(s.last?.counts == SummaryCounts(red: 0, amber: 1, green: 3, improving: 1, noChange: 2, worsening: 1))
    }
}

/// One scope spelt two ways across a paper joins one summary: the same words ("&" for "and"),
/// a bracketed part, or (when the counts agree) a scope whose words hold the other's.
@Suite struct ScopeMatchTests {
    static func s(_ scope: String, page: Int, _ counts: [(String, String)]) -> ParsedSummary {
        ParsedSummary(
            subject: .indicators, scope: scope, total: nil,
            counts: counts.map { ParsedCount(label: $0.0, value: $0.1) },
            page: page, origin: "table")
    }

    @Test func spellingsOfOneScopeGiveOneSummary() {
        let merged = SummaryReader.merged([
            Self.s("Governance and Law", page: 3, [("Red", "2"), ("No change", "2")]),
            Self.s(
                "Children, Young People and Education (Education & Skills)", page: 3, [("Red", "1"), ("Green", "2")]),
            Self.s(
                "Children, Young People and Education (Integrated Children’s Services)", page: 3,
                [("Red", "3"), ("Green", "3")]),
            Self.s("Governance, Law & Democracy", page: 15, [("Red", "2")]),
            Self.s("Children, Young People and Education (Education and Skills)", page: 36, [("Amber", "2")]),
            // The bracketed part alone, disagreeing: a second reading of the same scope, left out.
            Self.s("Integrated Children's Services", page: 6, [("Red", "4"), ("Green", "2")])
        ])
        #expect(
            merged.map(\.scope) == [
                "Governance and Law", "Children, Young People and Education (Education & Skills)",
                "Children, Young People and Education (Integrated Children’s Services)"
            ])
        #expect(merged[1].counts.map(\.label) == ["Red", "Green", "Amber"])
    }

    /// Words in common are not enough when the counts differ, or when two scopes could be meant.
    @Test func overlappingScopesWithOtherCountsStayApart() {
        let merged = SummaryReader.merged([
            Self.s("Adult Social Care", page: 3, [("Red", "1")]),
            Self.s("Adult Social Care and Health", page: 9, [("Red", "4")]),
            Self.s("Housing Services", page: 3, [("Green", "2")]),
            Self.s("Housing Services North", page: 3, [("Green", "5")]),
            Self.s("Housing", page: 9, [("Green", "2")])
        ])
        #expect(
            merged.map(\.scope) == [
                "Adult Social Care", "Adult Social Care and Health", "Housing Services",
                "Housing Services North", "Housing"
            ])
    }
}
