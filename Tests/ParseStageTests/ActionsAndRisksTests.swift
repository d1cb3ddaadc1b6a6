import Record
import SegmentStage
import Testing
import TextStage

@testable import ParseStage

/// Delivery-plan milestones and risk registers as other councils write them: status words on
/// RAG fills, a "Due" column, priorities named above the table, tables continued over a page
/// break, off-track actions past their due date, and registers scored before and after controls.
@Suite struct ActionsAndRisksTests {
    static let green = "#00b050", amber = "#ffc000", red = "#ff0000", blue = "#5b9bd5", grey = "#bfbfbf"

    static func milestones(_ rows: [[Build.C]], page: Int = 1) -> Build.Part {
        .table(Build.table(page: page, headerRows: 1, [[.t("Milestone"), .t("Due"), .t("Status")]] + rows))
    }

    /// The priority named by a line above a generic "Milestones" heading is the theme, also of
    /// the table's continuation on the next page; the fill under the status words is the RAG; a
    /// due day ("31-Mar-25") is its month.
    @Test func milestoneTablesUnderANumberedPriority() throws {
        let doc = Build.document([
            .heading("Corporate Plan: Quarter 2 2024/25 Progress Report"),
            .para("Priority 1: A Thriving Economy"),
            .para("The strategy was adopted in July."),
            .heading("Milestones"),
            Self.milestones([
                [.t("Adopt the growth strategy"), .t("Jul 2024"), .fill("Complete", Self.blue)],
                [.t("Secure a development partner"), .t("31-Mar-25"), .fill("Slippage", Self.amber)]
            ]),
            .footer("Page 1 of 2"),
            Self.milestones(
                [
                    [.t("Reopen the market hall"), .t("Q3 2024/25"), .fill("Significant slippage", Self.red)],
                    [.t("Run the business workshops"), .t("Apr 2025"), .fill("On track", Self.green)],
                    [.t("Launch the skills hub"), .t("Jun 2025"), .fill("Not due to start", Self.grey)]
                ], page: 2)
        ])
        let a = record(doc).actions
        #expect(a.count == 5)
        #expect(a.allSatisfy { $0.theme == "Priority 1: A Thriving Economy" })
        #expect(a.map(\.status) == [.completed, .inProgress, .inProgress, .inProgress, .notStarted])
        #expect(a.map(\.rag) == [nil, .amber, .red, .green, nil])
        #expect(
            a.map(\.end) == [
                Period(financialYear: "2024-25", month: "2024-07"), Period(financialYear: "2024-25", month: "2025-03"),
                Period(financialYear: "2024-25", quarter: 3), Period(financialYear: "2025-26", month: "2025-04"),
                Period(financialYear: "2025-26", month: "2025-06")
            ])
    }

    /// "Off track" is overdue once its due date has passed by the end of the reporting period.
    @Test func offTrackIsOverdueOnlyPastItsDueDate() {
        let doc = Build.document([
            .heading("Delivery Plan: Quarter 3 2024/25 Action Tracker"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Ref"), .t("Action"), .t("Due Date"), .t("Status")],
                        [
                            .t("1.4"), .t("Complete the shopfront scheme"), .t("Q3 2024/25"),
                            .fill("Off track", Self.red)
                        ],
                        [
                            .t("2.3"), .t("Refurbish the changing village"), .t("30/11/2024"),
                            .fill("Off track", Self.red)
                        ],
                        [.t("3.1"), .t("Replace the street lights"), .t("March 2025"), .fill("Off track", Self.red)]
                    ]))
        ])
        let a = record(doc).actions
        #expect(a.map(\.status) == [.overdue, .overdue, .inProgress])
        #expect(a.allSatisfy { $0.statusText == "Off track" && $0.rag == .red })
    }

    /// Inherent and residual scores side by side: the record holds the residual ones, the RAG is
    /// the residual score cell's fill, and "4 x 3 = 12" is a score of 12.
    @Test func registerScoredBeforeAndAfterControls() throws {
        let doc = Build.document([
            .heading("Strategic Risk Register – Quarter 3 2024/25"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [
                            .t("Risk Ref"), .t("Risk Description"), .t("Inherent Likelihood"), .t("Inherent Impact"),
                            .t("Inherent Score"),
                            .t("Controls"), .t("Residual L"), .t("Residual I"), .t("Residual Score"), .t("Target Score")
                        ],
                        [
                            .t("SR01"), .t("The budget cannot be balanced"), .t("Almost certain (5)"),
                            .t("Critical (5)"),
                            .fill("5 x 5 = 25", Self.red), .t("Savings programme"), .t("Likely (4)"), .t("Major (4)"),
                            .fill("16", Self.red),
                            .fill("4", Self.green)
                        ],
                        [
                            .t("SR02"), .t("A contractor fails"), .t("3"), .t("4"), .fill("3 x 4 = 12", Self.amber),
                            .t("Contract meetings"),
                            .t("1"), .t("4"), .fill("4", Self.green), .fill("4", Self.green)
                        ]
                    ]))
        ])
        let r = record(doc).risks
        #expect(r.count == 2)
        #expect(r.map(\.likelihood) == [Score(text: "Likely", score: 4), Score(text: "1", score: 1)])
        #expect(r.map(\.impact) == [Score(text: "Major", score: 4), Score(text: "4", score: 4)])
        #expect(r.map(\.overall?.score) == [16, 4])
        #expect(r.map(\.rag) == [.red, .green])
        #expect(r.map(\.mitigation) == ["Savings programme", "Contract meetings"])
    }

    /// A register with only the before-controls score written as a product reads that.
    @Test func productScoreWithARatingWord() throws {
        let doc = Build.document([
            .heading("Risks to delivery"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Risk"), .t("Likelihood"), .t("Impact"), .t("Score"), .t("Rating"), .t("Mitigation")],
                        [
                            .t("The site cannot attract a partner"), .t("Likely (4)"), .t("Major (4)"), .t("16"),
                            .fill("High", Self.red),
                            .t("Soft market testing")
                        ]
                    ]))
        ])
        let risk = try #require(record(doc).risks.first)
        #expect(risk.overall == Score(text: "16", score: 16) && risk.rag == .red)
    }

    /// Likelihood and impact written as words take their scores from the key the paper prints;
    /// a word the key does not list keeps no score. A rating word High / Medium / Low is the RAG.
    @Test func wordsScoredThroughThePrintedKey() throws {
        let risks: [[Build.C]] = [
            [.t("Risk"), .t("Likelihood"), .t("Impact"), .t("Rating"), .t("Mitigation")],
            [.t("The depot floods"), .t("Likely"), .t("Almost certain"), .t("High"), .t("Flood barriers")],
            [.t("A supplier fails"), .t("Possible"), .t("Severe"), .t("Low"), .t("Second supplier")]
        ]
        let doc = Build.document([
            .heading("Risk register"),
            .table(Build.table(headerRows: 1, risks)),
            .para(
                "Likelihood: 1 Rare; 2 Unlikely; 3 Possible; 4 Likely; 5 Almost certain Impact: 1 Negligible; 2 Minor; 3 Moderate; 4 Major; 5 Almost certain"
            )
        ])
        let r = record(doc).risks
        #expect(r.map(\.likelihood) == [Score(text: "Likely", score: 4), Score(text: "Possible", score: 3)])
        #expect(r.map(\.impact) == [Score(text: "Almost certain", score: 5), Score(text: "Severe", score: nil)])
        #expect(r.map(\.rag) == [.red, .green])
        // Without a printed key, no score is guessed.
        let unkeyed = record(Build.document([.heading("Risk register"), .table(Build.table(headerRows: 1, risks))]))
            .risks
        #expect(unkeyed.map(\.likelihood?.score) == [nil, nil])
    }

    /// A status column written in RAG words states the RAG (the status stays unknown).
    @Test func statusColumnOfRAGWords() {
        let doc = Build.document([
            .heading("Action plan 2024/25"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Action"), .t("Due date"), .t("Status")],
                        [.t("Open the enterprise hub"), .t("March 2025"), .t("Green")],
                        [.t("Adopt the skills strategy"), .t("June 2025"), .t("Amber")]
                    ]))
        ])
        let a = record(doc).actions
        #expect(a.map(\.rag) == [.green, .amber] && a.allSatisfy { $0.status == .unknown })
    }

    /// A "RAG status" column holding status words on fills gives both the status and the RAG.
    @Test func ragStatusColumnOfStatusWords() {
        let doc = Build.document([
            .heading("Action plan 2024/25"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Action"), .t("Due date"), .t("RAG Status")],
                        [.t("Open the enterprise hub"), .t("March 2025"), .fill("On track", Self.green)],
                        [.t("Adopt the skills strategy"), .t("June 2025"), .fill("Complete", Self.blue)]
                    ]))
        ])
        let a = record(doc).actions
        #expect(a.map(\.status) == [.inProgress, .completed])
        #expect(a.map(\.statusText) == ["On track", "Complete"])
        #expect(a.map(\.rag) == [.green, nil])
    }

    /// With no status column, a short progress cell of status words is the status; commentary is not.
    @Test func progressColumnOfStatusWords() {
        let doc = Build.document([
            .heading("Action plan 2024/25"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Action"), .t("Due date"), .t("Progress")],
                        [.t("Open the enterprise hub"), .t("March 2025"), .t("Complete")],
                        [
                            .t("Adopt the skills strategy"), .t("June 2025"),
                            .t("Complete. The strategy was adopted by Cabinet in May after consultation.")
                        ]
                    ]))
        ])
        let a = record(doc).actions
        #expect(a.map(\.status) == [.completed, .unknown])
        #expect(a.map(\.statusText) == ["Complete", nil])
    }

    /// An earlier review's score is not the score; a rating column's word (no fill) is the RAG.
    @Test func previousScoreAndARatingWord() throws {
        let doc = Build.document([
            .heading("Corporate risk register"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [
                            .t("Risk"), .t("Previous Score"), .t("Likelihood"), .t("Impact"), .t("Score"), .t("Rating"),
                            .t("Mitigation")
                        ],
                        [.t("The depot floods"), .t("9"), .t("4"), .t("4"), .t("16"), .t("High"), .t("Flood barriers")],
                        [
                            .t("A supplier fails"), .t("9"), .t("3"), .t("4"), .t("12"), .t("Amber (12)"),
                            .t("Second supplier")
                        ]
                    ]))
        ])
        let r = record(doc).risks
        #expect(r.map(\.overall?.score) == [16, 12] && r.map(\.rag) == [.red, .amber])
    }

    /// Likelihood and impact scored beside a plain "Description" column make a risk register; a
    /// scoring matrix (one likelihood axis, impact numbers across) does not.
    @Test func registerWithADescriptionColumnButNotTheMatrix() {
        let doc = Build.document([
            .heading("Risk register"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Ref"), .t("Description"), .t("Likelihood"), .t("Impact"), .t("Score"), .t("Owner")],
                        [.t("R1"), .t("The depot floods"), .t("4"), .t("4"), .t("16"), .t("Head of Waste")]
                    ])),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Likelihood / Impact"), .t("1 Negligible"), .t("2 Minor"), .t("3 Moderate")],
                        [.t("3 Possible"), .t("3"), .t("6"), .t("9")],
                        [.t("2 Unlikely"), .t("2"), .t("4"), .t("6")]
                    ]))
        ])
        let r = record(doc).risks
        #expect(r.map(\.description) == ["The depot floods"] && r.first?.overall?.score == 16)
    }

    /// A priority row that is not merged across (its words in one cell, the rest empty) is a
    /// theme row, never an action.
    @Test func unmergedPriorityRowIsATheme() {
        let doc = Build.document([
            .heading("Delivery Plan 2024/25: Quarter 3 Action Tracker"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Ref"), .t("Action"), .t("Due Date"), .t("Status")],
                        [.t(""), .t("Priority 1 – A Thriving Local Economy"), .t(""), .t("")],
                        [.t("1.1"), .t("Open the business incubator"), .t("March 2025"), .t("On track")],
                        [.t("Priority 2 – Safe Communities"), .t(""), .t(""), .t("")],
                        [.t("2.1"), .t("Hold six community safety days"), .t("31/03/2025"), .t("On track")]
                    ]))
        ])
        let a = record(doc).actions
        #expect(a.map(\.text) == ["Open the business incubator", "Hold six community safety days"])
        #expect(a.map(\.theme) == ["Priority 1 – A Thriving Local Economy", "Priority 2 – Safe Communities"])
    }

    /// "Inherent risk" and "Residual risk" each over "L | I | Score": the residual three are read,
    /// the row of measure names is header, not a risk.
    @Test func twoLevelHeaderOverMeasureNames() {
        let doc = Build.document([
            .heading("Strategic risk register"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [
                            .tall("Ref", 2), .tall("Risk description", 2), .span("Inherent risk", 3),
                            .tall("Controls", 2), .span("Residual risk", 3)
                        ],
                        [.t("L"), .t("I"), .t("Score"), .t("L"), .t("I"), .t("Score")],
                        [
                            .t("SR01"), .t("The budget cannot be balanced"), .t("5"), .t("5"), .t("25"),
                            .t("Savings plan"), .t("4"), .t("3"),
                            .fill("12", Self.amber)
                        ]
                    ]))
        ])
        let r = record(doc).risks
        #expect(r.map(\.description) == ["The budget cannot be balanced"])
        #expect(r.first?.likelihood?.score == 4 && r.first?.impact?.score == 3 && r.first?.overall?.score == 12)
        #expect(r.first?.rag == .amber && r.first?.mitigation == "Savings plan")
    }

    /// "Key milestones" names the table; "Housing Projects" names a theme.
    @Test func headingsNamingTheTableOrATheme() {
        #expect(
            ActionTheme.namesTableKind("Milestones") && ActionTheme.namesTableKind("Key actions")
                && ActionTheme.namesTableKind("Progress on actions"))
        #expect(
            !ActionTheme.namesTableKind("Housing Projects")
                && !ActionTheme.namesTableKind("Priority 1: A Thriving Economy"))
        #expect(ActionTheme.of(blocks: [], section: "Housing Projects") == "Housing Projects")
    }

    /// "Due" alone is a due date; "Data due" is no date column.
    @Test func dueHeader() {
        #expect(ColumnRole.of(header: "Due") == .end && ColumnRole.of(header: "Due Date") == .end)
        #expect(ColumnRole.of(header: "Data due") != .end)
    }

    /// Items with a due date and a status under a "Description" header are actions; a KPI table
    /// with values and targets beside a status is not, nor a list of indicators with timescales.
    @Test func describedActionsButNotKPIs() {
        let doc = Build.document([
            .heading("Improvement plan 2024/25"),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Ref"), .t("Description"), .t("Due date"), .t("Status")],
                        [.t("IP1"), .t("Review the complaints process"), .t("March 2025"), .t("On track")]
                    ])),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Indicator"), .t("Actual"), .t("Target"), .t("Due date"), .t("Status")],
                        [.t("Calls answered"), .t("82%"), .t("85%"), .t("March 2025"), .t("Amber")]
                    ])),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Objectively Verifiable Indicator"), .t("Timescale"), .t("Status")],
                        [.t("By 2028, smoking prevalence will have fallen to 15%"), .t("2028"), .t("")]
                    ]))
        ])
        let a = record(doc).actions
        #expect(a.map(\.text) == ["Review the complaints process"] && a.first?.status == .inProgress)
    }
}
