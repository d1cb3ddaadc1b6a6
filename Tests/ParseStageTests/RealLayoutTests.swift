import Record
import SegmentStage
import Testing
import TextStage

@testable import ParseStage

/// Shapes the segment stage gives for the sample PDFs: action tables cut at page breaks, RAG
/// counts with labels down the side, label and value columns side by side, period headers
/// with the role in them, theme rows flagged as header rows, icons in a status column.
@Suite struct RealLayoutTests {
    static let header: [Build.C] = [
        "Corporate Strategy Outcome (2020-2024)", "Corporate Delivery Plan Action (2023-2024)",
        "Progress", "Status", "Start Date", "End Date", "RAG"
    ].map(Build.C.t)

    @Test func outcomeSplitByAPageBreakIsJoined() {
        let doc = Build.document([
            .heading("Caring for the Environment", page: 3),
            .table(
                Build.table(
                    page: 3, headerRows: 1,
                    [
                        Self.header,
                        [
                            .tall(
                                "Parks and Open Spaces: Develop, improve, and continue to care for our parks and open spaces, so",
                                2),
                            .t("Deliver the Hope Bell Project."), .t("On course."), .t("In Progress"), .t("Q1"),
                            .t("Q4"), .icon("#00b050")
                        ],
                        [
                            .t("Enhance the space outside the Museum café."), .t("On track."), .t("In Progress"),
                            .t("Q1"), .t("Q4"), .icon("#00b050")
                        ]
                    ])),
            .table(
                Build.table(
                    page: 4, headerRows: 1,
                    [
                        Self.header,
                        [
                            .tall("they can be enjoyed by everyone.", 2), .t("Implement mowing trials."),
                            .t("No narrative."), .t("In Progress"),
                            .t("Q4"), .t("Q4"), .icon("#ffc000")
                        ],
                        [
                            .t("Maintain Green Flag status."), .t("Retained."), .t("Completed"), .t("Q1"), .t("Q4"),
                            .t("")
                        ]
                    ]))
        ])
        let a = record(doc).actions
        #expect(a.count == 4)
        #expect(
            Set(a.compactMap(\.outcome)) == [
                "Parks and Open Spaces: Develop, improve, and continue to care for our parks and open spaces, so they can be enjoyed by everyone."
            ])
        #expect(a.allSatisfy { $0.theme == "Caring for the Environment" })
        #expect(a.map(\.rag) == [.green, .green, .amber, nil])
    }

    @Test func themeFromTheSectionOfAContinuationTable() {
        var continued = Build.table(
            page: 5, headerRows: 1,
            [
                Self.header,
                [
                    .t(""), .t("Use mobile CCTV cameras."), .t("Cameras in place."), .t("Completed"), .t("Q1"),
                    .t("Q2"), .t("")
                ]
            ])
        continued.section = "Caring for the Environment"
        let a = record(Build.document([.table(continued)])).actions
        #expect(a.first?.theme == "Caring for the Environment")
        #expect(a.first?.outcome == nil)  // nothing above to continue: no outcome rather than a guess
    }

    @Test func ragCountsWithLabelsDownTheSide() {
        let doc = Build.document([
            .para("Overall Performance at end of Quarter 2, September 30th 2023: All Flagship Actions (FA)"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [
                            .t("RAG Status"), .t("All Flagship Actions (FA)"), .t("FA - Residents First"),
                            .t("FA – Clean & Safe")
                        ],
                        [.t("Green"), .t("15"), .t("5"), .t("5")],
                        [.t("Amber"), .t("8"), .t("4"), .t("2")],
                        [.t("Red"), .t("4"), .t("1"), .t("1")],
                        [.t("Total"), .t("27"), .t("10"), .t("8")]
                    ])),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("RAG Status"), .t("All Performance Indicators (PI)"), .t("PI - Residents First")],
                        [.t("Green"), .t("23"), .t("9")],
                        [.t("Amber"), .t("8"), .t("2")],
                        [.t("Red"), .t("9"), .t("3")],
                        [.t("Total"), .t("40"), .t("14")]
                    ]))
        ])
        let r = record(doc)
        #expect(r.actions.isEmpty)
        #expect(r.summaries.map(\.subject) == [.actions, .actions, .actions, .indicators, .indicators])
        #expect(
            r.summaries.map(\.scope) == ["overall", "Residents First", "Clean & Safe", "overall", "Residents First"])
        #expect(r.summaries[0].total == 27 && r.summaries[0].counts == SummaryCounts(red: 4, amber: 8, green: 15))
        #expect(r.summaries[3].total == 40 && r.summaries[3].counts == SummaryCounts(red: 9, amber: 8, green: 23))
    }

    @Test func labelColumnBesideValueColumn() {
        func line(_ t: String, x: Double, y: Double) -> TextLine {
            TextLine(text: t, box: Box(x0: x, y0: y, x1: x + 8 * Double(t.count) / 2, y1: y + 11), words: [])
        }
        let labels = ["REPORT TO:", "DATE:", "REPORTING OFFICER:", "PORTFOLIO:", "SUBJECT:"].enumerated()
            .map { line($0.element, x: 70, y: 100 + Double($0.offset) * 16) }
        let values = [
            line("Executive Board", x: 230, y: 100), line("16 November 2023", x: 230, y: 116),
            line("Chief Executive", x: 230, y: 132), line("Corporate Services", x: 230, y: 148),
            line("Directorate Performance Overview Reports for Quarter 2", x: 230, y: 164),
            line("2023 - 24", x: 230, y: 177)
        ]
        let wards = [line("WARD(S):", x: 70, y: 196)]
        let borough = [line("Borough-wide", x: 230, y: 196)]
        func block(_ kind: BlockKind, _ ls: [TextLine]) -> Block {
            Block(
                kind: kind, page: 1, box: ls.dropFirst().reduce(ls[0].box) { $0.union($1.box) },
                text: ls.map(\.text).joined(separator: " "), lines: ls)
        }
        let doc = SegmentedDocument(
            fileName: "eb.pdf", metadata: DocumentMetadata(pageCount: 1),
            blocks: [
                block(.paragraph, labels), block(.heading, wards), block(.paragraph, values), block(.paragraph, borough)
            ], tables: [])
        let d = record(doc).document
        #expect(d.committee == "Executive Board")
        #expect(d.meetingDate == "2023-11-16")
        #expect(d.reportingOfficer == "Chief Executive")
        #expect(d.portfolio == "Corporate Services")
        #expect(d.title == "Directorate Performance Overview Reports for Quarter 2 2023 - 24")
        #expect(d.wardsAffected == "Borough-wide")
    }

    @Test func rolesInsidePeriodHeadersAndThemeRowsFlaggedAsHeader() throws {
        let doc = Build.document([
            .heading("2019/20 QUARTER 2 PERFORMANCE REPORT"),
            .table(
                Build.table(
                    headerRows: 2,
                    [
                        [
                            .t("Ref"), .t("Performance Indicator"), .t("Q2 Target"), .t("Q2 Actual"), .t("Status"),
                            .t("Comments")
                        ],
                        [.span("Value for Money", 6)],
                        [
                            .t("VFM01"), .t("Spend on agency workers (£)"), .t("£250,000"), .t("£312,480"),
                            .icon("#ff0000"), .t("Spend increased.")
                        ],
                        [
                            .t("VFM09"), .t("Staff turnover (%)"), .t("Annual"), .t("Annual"), .t("Annual"),
                            .t("Measured annually.")
                        ]
                    ]))
        ])
        let r = record(doc)
        #expect(r.indicators.count == 2)
        let vfm01 = try #require(r.indicators.first)
        #expect(vfm01.code == "VFM01" && vfm01.name == "Spend on agency workers (£)")
        #expect(
            vfm01.observations == [
                Observation(
                    period: Period(financialYear: "2019-20", quarter: 2),
                    value: Quantity(text: "£312,480", value: 312_480, unit: .gbp),
                    target: Quantity(text: "£250,000", value: 250_000, unit: .gbp))
            ])
        #expect(vfm01.rag == .red && vfm01.ragSource == .reported)
        let vfm09 = r.indicators[1]
        #expect(vfm09.observations.count == 1 && vfm09.observations[0].value?.value == nil && vfm09.rag == nil)
        #expect(!r.issues.contains { $0.code == "unparsed-value" })  // "Annual" is no value, not a value misread
    }

    @Test func statusColumnOfIconsIsRAGNotStatus() {
        let doc = Build.document([
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Council Priority"), .t("Delivery Plan Action"), .t("Q2 Update"), .t("Status")],
                        [
                            .t("Business and Jobs"), .t("Produce a Tourism Strategy"),
                            .t("To be presented later in the year."), .icon("#ffc000")
                        ]
                    ]))
        ])
        let a = record(doc).actions
        #expect(a.count == 1)
        #expect(a[0].rag == .amber && a[0].status == .unknown && a[0].statusText == nil)
        #expect(a[0].outcome == "Business and Jobs" && a[0].progress == "To be presented later in the year.")
    }

    @Test func councilNamesInCapitalsAndLondonBoroughs() {
        let p = Parser.parse(
            Build.document([
                .heading("NORTH WEST LEICESTERSHIRE DISTRICT COUNCIL CABINET - TUESDAY, 14 JANUARY 2020"),
                .heading("6.0 IMPLICATIONS FOR THE COUNCIL'S PRIORITIES"),
                .heading("LONDON BOROUGH OF HARROW")
            ]))
        #expect(
            p.councilMentions.compactMap(\.name) == [
                "NORTH WEST LEICESTERSHIRE DISTRICT COUNCIL", "LONDON BOROUGH OF HARROW"
            ])
        #expect(p.cover.committee == "NORTH WEST LEICESTERSHIRE DISTRICT COUNCIL CABINET")
        #expect(p.cover.meetingDate == "TUESDAY, 14 JANUARY 2020")
    }

    @Test func polarityLineInTheNameCellGaugeFillAndArrowColours() throws {
        let doc = Build.document([
            .heading("Quarter 3 2023-2024"),
            .table(
                Build.table(
                    headerRows: 2,
                    [
                        [
                            .tall("Key Performance Indicator", 2), .span("Q2 2023/24", 2), .span("Q3 2023/24", 2),
                            .tall("Gauge", 2), .tall("Travel", 2)
                        ],
                        [.t("Value"), .t("Target"), .t("Value"), .t("Target")],
                        [
                            .t(
                                "KI 7a Time taken to process Housing Benefit / Council\nTax new claims.\nOwner: Director of Customer\nExperience\nPolarity: Lower is better"
                            ),
                            .t("15.1 Days"), .t("18 Days"), .t("14.09 Days"), .t("18 Days"), .fill("", "#00b050"),
                            .icon("#00b050")
                        ],
                        [
                            .t(
                                "KI 4 % of household waste arisings.\nOwner: Head of Contracts\nPolarity: Higher is better"
                            ),
                            .t("24.28%"), .t("25%"), .t("23.22%"), .t("25%"), .fill("", "#ff0000"), .icon("#066fb9")
                        ]
                    ]))
        ])
        let r = record(doc)
        let ki7a = try #require(r.indicators.first)
        #expect(ki7a.name == "Time taken to process Housing Benefit / Council Tax new claims.")
        #expect(ki7a.owner == "Director of Customer Experience")
        #expect(ki7a.polarity == .lowerIsBetter)
        #expect(ki7a.rag == .green && ki7a.ragSource == .reported && ki7a.direction == .improving)
        #expect(r.indicators[1].polarity == .higherIsBetter && r.indicators[1].rag == .red)
        #expect(r.indicators[1].direction == .noChange)  // a blue arrow
    }

    @Test func committeeLineUnderTheCouncilName() {
        let p = Parser.parse(
            Build.document([
                .heading("NORTH WEST LEICESTERSHIRE DISTRICT COUNCIL\nCABINET – TUESDAY, 14 JANUARY 2020")
            ]))
        #expect(p.cover.committee == "CABINET")
        #expect(p.cover.meetingDate == "TUESDAY, 14 JANUARY 2020")
    }

    @Test func kpiCardWithLatestTargetAndFloor() throws {
        let doc = Build.document([
            .heading("Quarterly Performance Report, Quarter 3, 2024/25"),
            .table(
                Build.table(
                    page: 15, headerRows: 1,
                    [
                        [.span("Freedom of Information", 3), .t("RED")],
                        [.t("Latest: 84%"), .t("Target: 92%, Floor 90%"), .t("Previous: 77% (Red)"), .t("")]
                    ]))
        ])
        let i = try #require(record(doc).indicators.first)
        #expect(i.name == "Freedom of Information" && i.page == 15)
        // "Previous" is the quarter before the report's, its bracketed RAG word not part of it.
        #expect(
            i.observations == [
                Observation(
                    period: Period(financialYear: "2024-25", quarter: 2),
                    value: Quantity(text: "77%", value: 77, unit: .percent), target: nil),
                Observation(
                    period: Period(financialYear: "2024-25", quarter: 3),
                    value: Quantity(text: "84%", value: 84, unit: .percent),
                    target: Quantity(text: "92%", value: 92, unit: .percent),
                    floor: Quantity(text: "90%", value: 90, unit: .percent))
            ])
        #expect(i.rag == .red && i.ragSource == .reported)
    }

    @Test func boldNumberedRecommendationsReadAsHeadings() {
        let p = Parser.parse(
            Build.document([
                .heading("2.0 RECOMMENDED:"),
                .heading("1) Executive Board note the information contained in the reports"),
                .heading(
                    "2) Consider the progress and performance information and raise any questions or\npoints for clarification."
                ),
                .heading("3.0 SUPPORTING INFORMATION"),
                .para("3.1 It is essential that the Council maintains a planning and performance framework.")
            ]))
        #expect(
            p.cover.recommendations == [
                "Executive Board note the information contained in the reports",
                "Consider the progress and performance information and raise any questions or points for clarification."
            ])
    }
}
