import Record
import SegmentStage
import Testing
import TextStage

@testable import ParseStage

/// Layouts other councils use, beyond the seeds: single-period scorecards with RAG fills and
/// polarity columns, monthly columns, RAG icons, theme × RAG count matrices, count boxes as
/// lines, superscript footnote markers, spanning outcome cells, and tables not understood.
@Suite struct LayoutVarietyTests {
    static let green = "#00b050", amber = "#ffc000", red = "#ff0000"

    static let scorecard = Build.document(
        [
            .heading("Corporate Scorecard Quarter 1 2024/25"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [
                            .t("Ref"), .t("Indicator"), .t("Polarity"), .t("Actual"), .t("Target"), .t("RAG"),
                            .t("DoT"), .t("Owner"), .t("Comments")
                        ],
                        [
                            .t("PI 12"), .t("Percentage of calls answered within 20 seconds"), .t("Higher is better"),
                            .t("81.5%"), .t("80%"),
                            .fill("", green), .t("↑"), .t("Head of Customer Services"), .t("Improved staffing.")
                        ],
                        [
                            .t("PI 13"), .t("Average days to re-let council homes"), .t("Lower is better"),
                            .t("34.2 days"), .t("28 days"),
                            .t(""), .t("↑"), .t("Head of Housing"), .t("")
                        ],
                        [
                            .t("PI 14"), .t("Missed bins per 100,000 collections"), .t("Lower is better"), .t("N/A"),
                            .t("50"),
                            .t("Amber"), .t("No change"), .t(""), .t("Data delayed.")
                        ],
                        [
                            .t("PI 15"), .t("Income from fees and charges"), .t(""), .t("£1.2m"), .t("£1.5m"),
                            .icon(red), .t(""), .t(""), .t("")
                        ]
                    ]))
        ], fileName: "scorecard.pdf")

    @Test func singlePeriodScorecardTakesTheReportPeriod() throws {
        let r = record(Self.scorecard)
        #expect(r.document.kind == .scorecard)
        #expect(r.period?.financialYear == "2024-25" && r.period?.quarter == 1)
        #expect(r.indicators.count == 4)
        let pi12 = r.indicators[0]
        #expect(pi12.code == "PI 12" && pi12.owner == "Head of Customer Services")
        #expect(
            pi12.observations == [
                Observation(
                    period: Period(financialYear: "2024-25", quarter: 1),
                    value: Quantity(text: "81.5%", value: 81.5, unit: .percent),
                    target: Quantity(text: "80%", value: 80, unit: .percent))
            ])
        #expect(pi12.polarity == .higherIsBetter)
        #expect(pi12.rag == .green && pi12.ragSource == .reported)  // from the cell fill
        #expect(pi12.direction == .improving)
        #expect(pi12.commentary == "Improved staffing.")
    }

    @Test func ragDerivedOnlyWithPolarityValueAndTarget() {
        let r = record(Self.scorecard)
        let pi13 = r.indicators[1]
        #expect(pi13.rag == .red && pi13.ragSource == .derived)  // 34.2 days against 28, lower is better
        #expect(pi13.direction == .improving)  // a DoT arrow shows how performance moved
        #expect(pi13.unit == .days)
        let pi14 = r.indicators[2]
        #expect(pi14.rag == .amber && pi14.ragSource == .reported)
        #expect(pi14.observations[0].value == Quantity(text: "N/A", value: nil, unit: .number))
        #expect(pi14.direction == .noChange)
        let pi15 = r.indicators[3]
        #expect(pi15.rag == .red && pi15.ragSource == .reported)  // from the icon colour
        #expect(pi15.polarity == .unknown && pi15.unit == .gbp)
        #expect(pi15.observations[0].value?.value == 1_200_000)
    }

    @Test func naIsNotAnUnparsedValue() {
        #expect(!record(Self.scorecard).issues.contains { $0.code == "unparsed-value" })
    }

    static let monthly = Build.document([
        .heading("Performance Report – June 2023 (Quarter 1 2023/24)"),
        .table(
            Build.table(
                headerRows: 1,
                [
                    [.t("Measure"), .t("Apr-23"), .t("May-23"), .t("Jun-23"), .t("Target")],
                    [
                        .t("NI191 Residual household waste per household (kg) (lower is better)"), .t("38"), .t("41"),
                        .t("39"), .t("40")
                    ]
                ]))
    ])

    @Test func monthlyColumnsAndPolarityWords() throws {
        let r = record(Self.monthly)
        let i = try #require(r.indicators.first)
        #expect(i.code == "NI191")
        #expect(i.polarity == .lowerIsBetter)
        #expect(
            i.observations.map(\.period) == [
                Period(financialYear: "2023-24", month: "2023-04"), Period(financialYear: "2023-24", month: "2023-05"),
                Period(financialYear: "2023-24", month: "2023-06"), Period(financialYear: "2023-24", quarter: 1)
            ])
        #expect(i.observations[3].target?.value == 40 && i.observations[3].value == nil)
        #expect(i.rag == nil)  // the latest observation with both value and target: none
    }

    @Test func observationsOldestFirst() throws {
        let doc = Build.document([
            .heading("Quarter 3 2023/24"),
            .table(
                Build.table(
                    headerRows: 2,
                    [
                        [.t("Indicator"), .span("Q3 2023/24", 2), .span("Q2 2023/24", 2)],
                        [.t(""), .t("Actual"), .t("Target"), .t("Actual"), .t("Target")],
                        [.t("KPI 1 Sickness days per FTE"), .t("4.79"), .t("5.3"), .t("2.71"), .t("3.4")]
                    ]))
        ])
        let i = try #require(record(doc).indicators.first)
        #expect(i.observations.map(\.period.quarter) == [2, 3])
        #expect(i.observations.map { $0.value?.text } == ["2.71", "4.79"])
    }

    @Test func themeByRAGMatrix() {
        let doc = Build.document([
            .para("Performance indicators by priority: Q2 2023/24"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Priority"), .t("Red"), .t("Amber"), .t("Green"), .t("Total")],
                        [.t("A council that puts residents first"), .t("2"), .t("3"), .t("10"), .t("15")],
                        [.t("A borough that is clean and safe"), .t("1"), .t("0"), .t("6"), .t("7")],
                        [.t("All indicators"), .t("3"), .t("3"), .t("16"), .t("22")]
                    ]))
        ])
        let s = record(doc).summaries
        #expect(
            s.map(\.scope) == ["A council that puts residents first", "A borough that is clean and safe", "overall"])
        #expect(s.allSatisfy { $0.subject == .indicators })
        #expect(s[2].total == 22 && s[2].counts == SummaryCounts(red: 3, amber: 3, green: 16))
    }

    /// The Kent quarterly report's executive summary: a paragraph that goes on counting after
    /// its first sentence, then a directorate × RAG table headed by the initials G, A, R (and
    /// arrow icons without text), whose subject the paragraph names.
    @Test func summaryParagraphAndRAGInitialsMatrix() {
        let doc = Build.document([
            .para(
                "In Quarter 3, 2024/25, 17 of the 38 indicators are rated as Green, on or ahead of target (one more than last Quarter). "
                    + "12 indicators reached or exceeded the floor standard and are rated Amber (three fewer than last Quarter), with nine "
                    + "indicators not achieving the floor standard and so RAG rated Red (one more than last Quarter). Ten indicators were "
                    + "showing an improving trend (one fewer than last Quarter), with six showing a worsening trend (the same as last Quarter)."
            ),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t(""), .t("G"), .t("A"), .t("R"), .t(""), .t("")],
                        [.t("Customer Services"), .t("2"), .t(""), .t("1"), .t(""), .t("2")],
                        [.t("Adult Social Care"), .t("2"), .t("3"), .t("1"), .t("2"), .t("4")],
                        [.t("TOTAL"), .t("17"), .t("12"), .t("9"), .t("10"), .t("22")]
                    ]))
        ])
        let s = record(doc).summaries
        // The TOTAL row and the paragraph are one overall summary (one per subject and scope).
        let overall = s.filter { $0.scope == "overall" }
        #expect(overall.count == 1)
        #expect(overall.first?.total == 38)
        #expect(overall.first?.counts == SummaryCounts(red: 9, amber: 12, green: 17, improving: 10, worsening: 6))
        let table = s.filter { $0.total == nil }
        #expect(table.map(\.scope) == ["Customer Services", "Adult Social Care"])
        #expect(table.allSatisfy { $0.subject == .indicators })
        #expect(table.map(\.counts) == [SummaryCounts(red: 1, green: 2), SummaryCounts(red: 1, amber: 3, green: 2)])
    }

    /// A directorate's page: "KPI Summary" beside its RAG counts names only what is counted;
    /// the summary is the directorate's, the section the table sits in.
    @Test func aKPISummaryRowIsItsSectionsSummary() {
        var table = Build.table([
            [.tall("KPI Summary", 2), .t("GREEN"), .t("AMBER"), .t("RED")],
            [.t("1"), .t(""), .t("2")]
        ])
        table.section = "Governance, Law & Democracy"
        let doc = Build.document([
            .heading("Governance, Law & Democracy"), .para("Key Performance Indicators"), .table(table)
        ])
        let s = record(doc).summaries
        #expect(s.map(\.scope) == ["Governance, Law & Democracy"])
        #expect(s.first?.subject == .indicators && s.first?.counts == SummaryCounts(red: 2, green: 1))
    }

    @Test func countBoxesWrittenAsLines() {
        let doc = Build.document([
            .para("Your Council Actions: Quarter 3 2023-2024"),
            .para("Number of Actions 19\nRed 4\nAmber 1\nGreen 8\nCompleted 6")
        ])
        let s = record(doc).summaries
        #expect(s.count == 1)
        #expect(s.first?.scope == "Your Council" && s.first?.subject == .actions && s.first?.total == 19)
        #expect(s.first?.counts == SummaryCounts(red: 4, amber: 1, green: 8, completed: 6))
    }

    @Test func footnoteMarkerIsNotADigit() {
        func w(_ t: String, _ x: Double, sup: Bool = false) -> Word {
            Word(
                text: t, box: Box(x0: x, y0: 100, x1: x + 20, y1: 110), font: 0, size: sup ? 6 : 11, color: .black,
                superscript: sup)
        }
        let words = [
            w("Overall,", 0), w("17", 30), w("of", 50), w("the", 70), w("38", 90), w("1", 110, sup: true),
            w("indicators", 120), w("are", 170), w("on", 190), w("target.", 210)
        ]
        let line = TextLine(
            text: "Overall, 17 of the 381 indicators are on target.", box: Box(x0: 0, y0: 100, x1: 240, y1: 110),
            words: words)
        let doc = SegmentedDocument(
            fileName: "f.pdf", metadata: DocumentMetadata(pageCount: 1),
            blocks: [
                Block(kind: .paragraph, page: 1, box: line.box, text: line.text, lines: [line])
            ], tables: [])
        let s = record(doc).summaries
        #expect(s.first?.total == 38)
        #expect(s.first?.counts == SummaryCounts(green: 17))
    }

    @Test func spanningOutcomeFillRAGAndDates() throws {
        let doc = Build.document([
            .heading("Priority 1: A Thriving Economy"),
            .para("Quarter 4 2022/23"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Outcome"), .t("Action"), .t("Status"), .t("Due Date"), .t("RAG"), .t("Update")],
                        [
                            .tall("More jobs in the borough", 3), .t("Open the enterprise hub"), .t("Complete"),
                            .t("31/03/2023"), .fill("", Self.green), .t("Opened in March.")
                        ],
                        [
                            .t("Run a jobs fair"), .t("On hold"), .t("March 2023"), .fill("", Self.amber),
                            .t("Venue unavailable.")
                        ],
                        [.t("Adopt the skills strategy"), .t("Not started"), .t("Q1 2023/24"), .t("Red"), .t("")]
                    ]))
        ])
        let a = record(doc).actions
        #expect(a.count == 3)
        #expect(
            a.allSatisfy { $0.outcome == "More jobs in the borough" && $0.theme == "Priority 1: A Thriving Economy" })
        #expect(a.map(\.status) == [.completed, .onHold, .notStarted])
        #expect(a.map(\.rag) == [.green, .amber, .red])
        #expect(a[0].end == Period(financialYear: "2022-23", month: "2023-03"))
        #expect(a[1].end == Period(financialYear: "2022-23", month: "2023-03"))
        #expect(a[2].end == Period(financialYear: "2023-24", quarter: 1))
        #expect(a[0].progress == "Opened in March.")
    }

    /// An action plan written as commitments ("What we have committed to | Led by | Timescale"),
    /// with a merged row introducing the actions and a merged theme row, both starting in the
    /// action column (the Kent integrated care strategy's appendix).
    @Test func commitmentsWithMergedIntroAndThemeRows() throws {
        let intro =
            "CYPE recognise the importance of early years influences on life-long health and wellbeing. "
            + "There is a need to influence the whole system in undertaking effective action in this space. Key priorities include:-"
        let doc = Build.document([
            .heading("Shared Delivery Plan- Shared Outcomes"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [
                            .t("What we have committed to"), .t("Led by"), .t("Timescale"), .t("Measure"),
                            .t("Shared Outcome")
                        ],
                        [.span(intro, 5)],
                        [
                            .t("Optimise the opportunity of family hubs"), .t("Lead for Family Hubs"), .t("Mar 2026"),
                            .t("Agreed metrics"), .t("SO1")
                        ],
                        [.span("Prevention Programme supporting the Integrated Care", 5)],
                        [
                            .t("Deliver Ageing Well Programme"), .t("CPH lead"), .t("2027"),
                            .t("A whole system approach"), .t("SO3,SO4")
                        ]
                    ]))
        ])
        let r = record(doc)
        let a = r.actions
        #expect(a.map(\.text) == ["Optimise the opportunity of family hubs", "Deliver Ageing Well Programme"])
        #expect(
            a.map(\.theme) == [
                "Shared Delivery Plan- Shared Outcomes", "Prevention Programme supporting the Integrated Care"
            ])
        #expect(a.map(\.outcome) == ["SO1", "SO3,SO4"])
        #expect(a[0].end == Period(financialYear: "2025-26", month: "2026-03") && a[0].status == .unknown)
        // A bare calendar year is not a period: a warning, never a guess.
        #expect(
            a[1].end == nil && r.issues.contains { $0.code == "unparsed-period" && $0.message.contains("\"2027\"") })
    }

    /// A risk register with merged section rows ("Significant Risks (over £10m)" across the
    /// first columns): a section row is no risk.
    @Test func riskRegisterSectionRowsAreNoRisks() {
        let doc = Build.document([
            .heading("Budget Risks Register 2025-26"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [
                            .t("Directorate"), .t("Risk Title"), .t("Risk Event"), .t("Current Likelihood (1-5)"),
                            .t("Exposure £m")
                        ],
                        [.span("Significant Risks (over £10m)", 3), .t(""), .t("")],
                        [
                            .t("CYPE"), .t("High Needs Spending"), .t("The Safety Valve programme does not deliver"),
                            .t("4"), .t("165.0")
                        ],
                        [
                            .t("ALL"), .t("Revenue Inflation"), .t("Inflation rises above the current forecasts"),
                            .t("3"), .t("14.0")
                        ]
                    ]))
        ])
        let risks = record(doc).risks
        #expect(risks.map(\.description) == ["High Needs Spending", "Revenue Inflation"])
        #expect(risks.map(\.likelihood?.score) == [4, 3])
    }

    @Test func unknownTableBecomesAWarningNotData() {
        let doc = Build.document([
            .table(
                Build.table(
                    page: 4,
                    [
                        [.t("Year"), .t("Quarter Ended"), .t("Value £")],
                        [.t("2023/24"), .t("30-Jun-2023"), .t("2283675")]
                    ]))
        ])
        let r = record(doc)
        #expect(r.indicators.isEmpty && r.actions.isEmpty && r.summaries.isEmpty)
        #expect(
            r.issues.contains {
                $0.code == "unrecognised-table" && $0.stage == "parse" && $0.page == 4 && $0.severity == .warning
            })
        #expect(r.issues.contains { $0.code == "period-not-found" && $0.stage == "normalise" })
        #expect(r.period == nil && r.document.kind == .other)
    }
}
