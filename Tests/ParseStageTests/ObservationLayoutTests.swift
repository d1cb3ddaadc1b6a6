import NormaliseStage
import Record
import SegmentStage
import Testing
import TextStage

@testable import ParseStage

/// Where a table puts an indicator's periods: a year spanning its quarters, headers relative to
/// the report's own quarter, a target column apart from the value it is the comparator of, and
/// KPI cards written as labelled lines around a small grid.
@Suite struct ObservationLayoutTests {
    static func q(_ fy: String, _ q: Int? = nil) -> Period { Period(financialYear: fy, quarter: q) }

    @Test func yearSpanningQuartersGivesEachQuarterItsYear() {
        let doc = Build.document([
            .heading("Corporate Scorecard Quarter 3 2024/25"),
            .table(
                Build.table(
                    headerRows: 2,
                    [
                        [
                            .tall("Code", 2), .tall("Measure", 2), .tall("2023/24 Outturn", 2),
                            .tall("2024/25 Target", 2),
                            .span("2024/25", 3)
                        ],
                        [.t("Q1"), .t("Q2"), .t("Q3")],
                        [
                            .t("PL01"), .t("Household waste recycled"), .t("49.2%"), .t("50.0%"), .t("53.1%"),
                            .t("51.7%"), .t("45.2%")
                        ]
                    ]))
        ])
        let i = record(doc).indicators[0]
        #expect(
            i.observations.map(\.period) == [
                Self.q("2023-24"), Self.q("2024-25", 1), Self.q("2024-25", 2),
                Self.q("2024-25", 3), Self.q("2024-25")
            ])
        // The year's target stays the year's: several quarters stand beside it.
        #expect(i.observations.last?.value == nil && i.observations.last?.target?.value == 50)
        #expect(i.observations[3].value?.value == 45.2 && i.observations[3].target == nil)
    }

    @Test func relativeHeadersResolveAgainstTheReportQuarter() {
        let doc = Build.document([
            .heading("Performance exception report Quarter 1 2025/26"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [
                            .t("Indicator"), .t("Same quarter last year"), .t("Previous quarter"), .t("This quarter"),
                            .t("Target")
                        ],
                        [.t("Households in temporary accommodation"), .t("58"), .t("66"), .t("71"), .t("60")]
                    ]))
        ])
        let i = record(doc).indicators[0]
        #expect(i.observations.map(\.period) == [Self.q("2024-25", 1), Self.q("2024-25", 4), Self.q("2025-26", 1)])
        // The unlabelled target is the report period's, so it joins "This quarter".
        #expect(i.observations.map { $0.target?.value } == [nil, nil, 60])
    }

    @Test func yearTargetBesideOneValueInThatYearIsItsComparator() {
        let doc = Build.document([
            .heading("Corporate Plan progress Quarter 2 2024/25"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Measure"), .t("Baseline 2023/24"), .t("Target 2024/25"), .t("Q2 2024/25")],
                        [.t("Town centre vacancy rate"), .t("11.8%"), .t("10.5%"), .t("10.9%")]
                    ]))
        ])
        let i = record(doc).indicators[0]
        #expect(i.observations.map(\.period) == [Self.q("2023-24"), Self.q("2024-25", 2)])
        #expect(i.observations[1].value?.value == 10.9 && i.observations[1].target?.value == 10.5)
        #expect(i.observations[0].target == nil)
    }

    static let cards = Build.document([
        .heading("Corporate Performance Report Quarter 3 2024/25"),
        .heading("How to read the cards"),
        .item("• Good performance is: High means that a higher figure is better"),
        .heading("Homes and Communities"),
        .para("Indicator: Households prevented from becoming homeless"),
        .para("Reference: HC02 Owner: Housing Options Manager"),
        .heading("Good performance is: High"),
        .para("Reporting: Cumulative (year to date)"),
        .table(
            Build.table([
                [.t(""), .t("Q1"), .t("Q2"), .t("Q3")],
                [.t("Actual"), .t("58"), .t("121"), .t("176")],
                [.t("Target"), .t("60"), .t("–"), .t("180")]
            ])),
        .para(
            "RAG: Amber Direction of travel: Improving\nCommentary: 176 preventions to 31 December, up from 162\nat the same point last year."
        ),
        .para("Indicator: Residents satisfied with their area"),
        .para("Reference: HC04"),
        .table(
            Build.table([
                [.t(""), .t("Q1"), .t("Q2"), .t("Q3")],
                [.t("Actual"), .t("–"), .t("–"), .t("–")],
                [.t("Target"), .t("–"), .t("–"), .t("–")]
            ])),
        .para("RAG: Not applicable (annual measure) Direction of travel: Not applicable")
    ])

    @Test func labelledCardAroundAGridIsOneIndicator() {
        let r = record(Self.cards)
        #expect(r.indicators.map(\.code) == ["HC02", "HC04"])
        let hc02 = r.indicators[0]
        #expect(hc02.name == "Households prevented from becoming homeless")
        #expect(hc02.owner == "Housing Options Manager")
        #expect(hc02.polarity == .higherIsBetter && hc02.cumulative)
        #expect(hc02.observations.map(\.period) == [Self.q("2024-25", 1), Self.q("2024-25", 2), Self.q("2024-25", 3)])
        #expect(hc02.observations.map { $0.value?.value } == [58, 121, 176])
        #expect(hc02.observations.map { $0.target?.value } == [60, nil, 180])
        #expect(hc02.rag == .amber && hc02.ragSource == .reported && hc02.direction == .improving)
        #expect(hc02.commentary == "176 preventions to 31 December, up from 162 at the same point last year.")
        let hc04 = r.indicators[1]
        #expect(hc04.rag == nil && hc04.direction == nil && hc04.polarity == .unknown)
    }

    @Test func cardLineSplitsAtItsLabelsOnly() {
        let segs = LabelledCardParser.segments("RAG: Red Direction of travel: Worsening Commentary: RAG: see note")
        #expect(segs.map(\.field) == [.rag, .direction, .commentary])
        #expect(segs.map(\.value) == ["Red", "Worsening", "RAG: see note"])
        #expect(LabelledCardParser.segments("The trend: rising").isEmpty)
        #expect(LabelledCardParser.segments("Actual 58 121 176").isEmpty)
    }
}

/// Dashboards: a monthly target column over every month, and tiles of name, figure, target and
/// an earlier month's figure.
@Suite struct DashboardLayoutTests {
    @Test func monthlyTargetIsTheTargetOfEveryMonth() {
        let doc = Build.document([
            .heading("Performance dashboard Month 6 – Quarter 2 2024/25"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Indicator"), .t("Monthly target"), .t("Apr-24"), .t("May-24"), .t("Jun-24")],
                        [.t("Leisure centre visits"), .t("42,000"), .t("41,220"), .t("43,870"), .t("39,915")]
                    ]))
        ])
        let i = record(doc).indicators[0]
        #expect(i.observations.map(\.period.month) == ["2024-04", "2024-05", "2024-06"])
        #expect(i.observations.allSatisfy { $0.target?.value == 42_000 })
    }

    @Test func tilesAreIndicatorsWithTheirEarlierMonth() {
        let doc = Build.document([
            .heading("Monthly Performance Dashboard September 2024"),
            .table(
                Build.table([
                    [.t("Calls answered within 60 seconds"), .t("Council Tax collected (year to date)")],
                    [.t("92%"), .t("57.1%")],
                    [.t("Target 95%"), .t("Target 57.5%")],
                    [.t("Aug-24: 88%"), .t("Aug-24: 47.9%")]
                ]))
        ])
        let r = record(doc)
        #expect(
            r.indicators.map(\.name) == ["Calls answered within 60 seconds", "Council Tax collected (year to date)"])
        let calls = r.indicators[0]
        #expect(calls.observations.map(\.period.month) == ["2024-08", "2024-09"])
        #expect(calls.observations.map { $0.value?.value } == [88, 92])
        #expect(calls.observations.map { $0.target?.value } == [nil, 95])
        #expect(!calls.cumulative && r.indicators[1].cumulative)
    }

    @Test func oneTileAloneIsNotADashboard() {
        let doc = Build.document([
            .table(Build.table([[.t("Budget")], [.t("£4.2m")], [.t("Target £4.0m")]]))
        ])
        #expect(record(doc).indicators.isEmpty)
    }
}

@Suite struct ItemContractTests {
    @Test func indicatorWithoutANameIsLeftOutWithAWarning() {
        let doc = Build.document([
            .heading("Corporate Scorecard Quarter 1 2024/25"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Ref"), .t("Indicator"), .t("Actual"), .t("Target")],
                        [.t("PI 12"), .t("Calls answered within 20 seconds"), .t("81.5%"), .t("80%")],
                        [.t("PI 13"), .t(""), .t("12"), .t("10")]
                    ]))
        ])
        let r = record(doc)
        #expect(r.indicators.map(\.code) == ["PI 12"])
        #expect(r.issues.contains { $0.code == "item-without-text" && $0.severity == .warning })
    }
}

/// Direction of travel drawn as an arrow: where an uncoloured arrow points says it; a tile's
/// dot and arrow, beside its text, are its RAG and direction.
@Suite struct ArrowDirectionTests {
    static func arrowCell(_ arrow: Arrow) -> Cell {
        Cell(
            row: 1, col: 3, text: "", lines: [], page: 1, box: Box(x0: 300, y0: 40, x1: 320, y1: 60),
            images: [PageImage(box: Box(x0: 305, y0: 45, x1: 315, y1: 55), color: RGB(hex: "#44546a"), arrow: arrow)])
    }

    @Test func uncolouredArrowIconGivesTheDirection() {
        var table = Build.table(
            headerRows: 1,
            [
                [.t("Indicator"), .t("Q2 2024/25 Value"), .t("Q2 2024/25 Target"), .t("Short Trend")],
                [.t("Calls answered within 60 seconds"), .t("87.5%"), .t("85%"), .t("")],
                [.t("Complaints answered in time"), .t("86%"), .t("95%"), .t("")]
            ])
        table.cells.removeAll { $0.col == 3 && $0.row > 0 }
        var second = Self.arrowCell(.down)
        second.row = 2
        table.cells += [Self.arrowCell(.up), second]
        let r = record(Build.document([.heading("PI report Q2 2024/25"), .table(table)]))
        #expect(r.indicators.map(\.direction) == [.improving, .worsening])
    }

    @Test func tileMarksGoOneToEachTileAlongTheRow() {
        let doc = SegmentedDocument(
            fileName: "dashboard.pdf", metadata: DocumentMetadata(pageCount: 1),
            blocks: [
                Block(
                    kind: .heading, page: 1, box: Box(x0: 0, y0: 0, x1: 100, y1: 10), text: "Dashboard September 2024",
                    lines: []),
                Block(kind: .table, page: 1, box: Build.box(0, 0, 3, 2), text: "", lines: [], table: 0)
            ],
            tables: [
                Build.table([
                    [.t("Calls answered within 60 seconds"), .t("Council Tax collected")],
                    [.t("92%"), .t("57.1%")],
                    [.t("Target 95%"), .t("Target 57.5%")]
                ])
            ],
            marks: [
                // Each tile's mark sits just past its text: the first tile's nearer the second
                // tile than its own, so only the one-to-each reading gets both right.
                Mark(page: 1, box: Box(x0: 101, y0: 85, x1: 111, y1: 95), color: RGB(hex: "#ffb800"), arrow: nil),
                Mark(page: 1, box: Box(x0: 161, y0: 85, x1: 171, y1: 95), color: RGB(hex: "#00a651"), arrow: nil),
                Mark(page: 1, box: Box(x0: 101, y0: 105, x1: 111, y1: 115), color: RGB(hex: "#1b2a41"), arrow: .down),
                Mark(page: 1, box: Box(x0: 161, y0: 105, x1: 171, y1: 115), color: RGB(hex: "#1b2a41"), arrow: .up)
            ])
        let r = record(doc)
        #expect(r.indicators.map(\.rag) == [.amber, .green])
        #expect(r.indicators.map(\.direction) == [.worsening, .improving])
    }
}

/// What the latest period says: a derived RAG rates the latest figure only, a measure with no
/// figure yet takes its unit from its name, and a card's arrow may be a mark drawn on its cell.
@Suite struct LatestPeriodTests {
    @Test func noFigureForTheLatestPeriodMeansNoDerivedRAG() {
        let doc = Build.document([
            .heading("KPI monitoring Quarter 3 2024/25"),
            .table(
                Build.table(
                    headerRows: 2,
                    [
                        [.t("Ref"), .t("Indicator"), .t("Polarity"), .span("Q2 2024/25", 2), .span("Q3 2024/25", 2)],
                        [.t(""), .t(""), .t(""), .t("Actual"), .t("Target"), .t("Actual"), .t("Target")],
                        [
                            .t("AS03"), .t("Older people at home 91 days after discharge"), .t("Bigger is better"),
                            .t("86.0%"), .t("82.0%"), .t("Data due Q4"), .t("82.0%")
                        ],
                        [
                            .t("CS08"), .t("Percentage of pupils meeting the expected standard"),
                            .t("Bigger is better"),
                            .t("Annual"), .t(""), .t("Annual"), .t("")
                        ]
                    ]))
        ])
        let r = record(doc)
        #expect(r.indicators[0].rag == nil && r.indicators[0].ragSource == nil)
        #expect(r.indicators[1].unit == .percent)
    }

    @Test func relativeWordsOnlyAloneOrAsAPhrase() {
        let report = ReportPeriod(financialYear: "2024-25", quarter: 3, start: "2024-10-01", end: "2024-12-31")
        #expect(
            RelativePeriod.period(header: "Previous", report: report) == Period(financialYear: "2024-25", quarter: 2))
        #expect(RelativePeriod.period(header: "Latest data", report: report) == nil)
        #expect(RelativePeriod.period(header: "Previous quarter (Q2 2024/25)", report: report) == nil)
        let q1 = ReportPeriod(financialYear: "2025-26", quarter: 1, start: "2025-04-01", end: "2025-06-30")
        #expect(
            RelativePeriod.period(header: "Previous quarter", report: q1)
                == Period(financialYear: "2024-25", quarter: 4))
    }

    @Test func cardArrowDrawnWhiteOnItsRedCell() {
        let table = Build.table(
            page: 1,
            [
                [.span("Percentage of complaints responded to within timescale", 3), .fill("RED", "#ff0000")],
                [.t("Latest: 71%"), .t("Target: 85%, Floor: 80%"), .t("Previous: 71% (Red)"), .t("")]
            ])
        var doc = Build.document([.heading("Quarterly Performance Report, Quarter 3, 2024/25"), .table(table)])
        let red = table.cells.first { $0.text == "RED" }!.box
        doc.marks = [
            Mark(
                page: 1, box: Box(x0: red.midX - 5, y0: red.midY - 4, x1: red.midX + 5, y1: red.midY + 4),
                color: RGB(hex: "#ffffff"), arrow: .right)
        ]
        let i = record(doc).indicators[0]
        #expect(i.direction == .noChange && i.rag == .red)
        #expect(i.observations.map { $0.value?.value } == [71, 71])
    }

    @Test func cardInArrearsFilesItsFiguresUnderTheQuartersTheyCover() {
        func card(_ note: String) -> Record {
            record(
                Build.document([
                    .heading("Quarterly Performance Report, Quarter 3, 2024/25"),
                    .table(
                        Build.table([
                            [.span("Number of adults in structured treatment", 3), .t("AMBER")],
                            [
                                .t("Latest: 5,534"), .t("Target: 5,998, Floor: 5,000"), .t("Previous 5,473 (Amber)"),
                                .t("")
                            ]
                        ])),
                    .para(note)
                ]))
        }
        for note in [
            "No data for Dec-24 available at time of reporting",
            "Reported on a 12-month rolling basis and one Quarter in arrears"
        ] {
            let i = card(note).indicators[0]
            #expect(i.observations.map(\.period.quarter) == [1, 2], "\(note)")
            #expect(i.observations.map { $0.value?.value } == [5473, 5534])
        }
        #expect(card("Demand rose in the quarter.").indicators[0].observations.map(\.period.quarter) == [2, 3])
    }
}

/// An overview table of RAG ratings and arrows repeats the KPIs a paper shows in full on cards.
@Suite struct IndicatorOverviewTests {
    static func overview(_ rows: [[Build.C]]) -> Table {
        Build.table(
            headerRows: 2,
            [
                [.tall("Customer Services KPIs", 2), .span("RAG rating", 2), .tall("DoT", 2)],
                [.t("Latest"), .t("Previous")]
            ] + rows)
    }

    static func card(_ name: String, _ latest: String) -> Table {
        Build.table([
            [.span(name, 3), .t("GREEN")],
            [.t("Latest: \(latest)"), .t("Target: 90%, Floor: 85%"), .t("Previous: 89% (Amber)"), .t("")]
        ])
    }

    @Test func overviewRowsFillInTheCardsTheyName() {
        let doc = Build.document([
            .heading("Quarterly Performance Report, Quarter 3, 2024/25"),
            .table(
                Self.overview([
                    [.t("% of phone calls to Contact Point which were answered"), .t("GREEN"), .t("AMBER"), .t("⇧")],
                    [.t("% of complaints answered on time"), .t("RED"), .t("RED"), .t("⇩")]
                ])),
            .table(Self.card("Percentage of phone calls to Contact Point which were answered", "94%")),
            .table(Self.card("Percentage of complaints responded to within timescale", "71%"))
        ])
        let r = record(doc)
        #expect(r.indicators.count == 2)
        #expect(r.indicators[0].direction == .improving && r.indicators[0].observations.count == 2)
        // The second row is worded unlike its card: a warning, not a third indicator.
        #expect(r.issues.contains { $0.code == "overview-row-unmatched" })
        #expect(!r.issues.contains { $0.code == "unrecognised-table" })
    }

    /// A row worded longer than its card still names it when it clearly shares the most words
    /// with a card no other row named; an overview headed by its service area's name alone
    /// (no "KPIs") is one too.
    @Test func aRewordedRowTakesTheCardNoOtherRowNamed() {
        let doc = Build.document([
            .heading("Quarterly Performance Report, Quarter 3, 2024/25"),
            .table(
                Build.table(
                    headerRows: 2,
                    [
                        [.tall("Governance and Law", 2), .span("RAG rating", 2), .tall("DoT", 2)],
                        [.t("Latest"), .t("Previous")],
                        [
                            .t(
                                "% of Data Protection Act (DPA) Subject Access requests completed within statutory timescales"
                            ),
                            .t("RED"), .t("RED"), .t("⇧")
                        ],
                        [.t("% of phone calls to Contact Point which were answered"), .t("GREEN"), .t("AMBER"), .t("⇩")]
                    ])),
            .table(
                Self.card(
                    "Subject Access requests, made under Art 15 of the General Data Protection Regulations, completed within statutory timescales",
                    "60%")),
            .table(Self.card("Percentage of phone calls to Contact Point which were answered", "94%"))
        ])
        let r = record(doc)
        #expect(r.indicators.count == 2)
        #expect(r.indicators.map(\.direction) == [.improving, .worsening])
        #expect(!r.issues.contains { $0.code == "overview-row-unmatched" || $0.code == "unrecognised-table" })
    }

    @Test func anOverviewAloneListsThePapersIndicators() {
        let doc = Build.document([
            .heading("Quarterly Performance Report, Quarter 3, 2024/25"),
            .table(Self.overview([[.t("% of complaints answered on time"), .t("RED"), .t("AMBER"), .t("⇩")]]))
        ])
        let r = record(doc)
        #expect(r.indicators.map(\.name) == ["% of complaints answered on time"])
        #expect(
            r.indicators[0].rag == .red && r.indicators[0].direction == .worsening
                && r.indicators[0].observations.isEmpty)
    }
}

/// Row kinds, decided once for every reader: a group banner, a merged commentary under its
/// indicator, a total row and a key are never indicators.
@Suite struct RowKindTests {
    static let table = Build.table(
        headerRows: 1,
        [
            [.t("Ref"), .t("Indicator"), .t("Q1 2024/25"), .t("Target")],
            [.span("Place Directorate", 4)],
            [.t("PL01"), .t("Household waste recycled"), .t("47.2%"), .t("48%")],
            [.span("Commentary: 1,204 tonnes collected, 3% fewer than in Q1 2023/24.", 4)],
            [.t("Total"), .t(""), .t("12"), .t("10")],
            [.t("Key"), .t("Green: on target"), .t(""), .t("")]
        ])

    @Test func eachRowHasOneKind() {
        let v = TableView(Self.table, index: 0)
        #expect((0..<v.rowCount).map { v.kind(row: $0) } == [.header, .group, .data, .note, .total, .key])
    }

    @Test func onlyDataRowsAreIndicatorsAndNotesAreTheirCommentary() {
        let r = record(Build.document([.heading("Scorecard Quarter 1 2024/25"), .table(Self.table)]))
        #expect(r.indicators.map(\.code) == ["PL01"])
        #expect(r.indicators[0].commentary == "Commentary: 1,204 tonnes collected, 3% fewer than in Q1 2023/24.")
    }
}
