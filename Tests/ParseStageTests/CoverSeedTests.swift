import Record
import Testing

@testable import ParseStage

/// Cover metadata, periods, risks and prose counts from the four cover-report seeds, each laid
/// out as the segment stage gives it: a heading-line committee (Charnwood), a label | value
/// table (Harrow, North West Leicestershire), `LABEL: value` lines (Executive Board).
@Suite struct CoverSeedTests {
    static let charnwoodCover = Build.document(
        [
            .heading("FINANCE & PERFORMANCE SCRUTINY COMMITTEE - TUESDAY, 28\nNOVEMBER 2023"),
            .heading("Report of the Head of Transformation, Strategy and Performance\nLead Member: Cllr Miah"),
            .para("Part A"),
            .heading("PERFORMANCE MONITORING (QUARTER 2) REPORT"),
            .heading("Purpose of Report"),
            .para(
                "To provide performance monitoring information and results for the second quarter of 2023-24, in respect of the Corporate Delivery Plan objectives and Key Performance Indicators for Charnwood Borough Council."
            ),
            .heading("Recommendations"),
            .para(
                "That the Committee note the performance results; associated commentary and the explanations provided."),
            .heading("Reasons"),
            .para(
                "To ensure that targets and objectives are being met, and to identify areas where performance could be improved."
            ),
            .heading("Risk Management", page: 2),
            .para(
                "The risks associated with the decision Committee is asked to make and proposed actions to mitigate those risks are set out in the table below.",
                page: 2),
            .table(
                Build.table(
                    page: 2, headerRows: 1,
                    [
                        [
                            .t("Risk Identified"), .t("Likelihood"), .t("Impact"), .t("Overall Risk"),
                            .t("Risk Management Actions Planned")
                        ],
                        [
                            .t(
                                "Failure to maintain a rigorous and embedded performance management framework could adversely impact on the achievement of the outcomes and objectives set out in the Council's Corporate Strategy."
                            ),
                            .t("Unlikely (2)"), .t("Significant (2)"), .t("Low (4)"),
                            .t(
                                "Quarterly performance monitoring, including reporting to Senior Leadership Team, and this Committee."
                            )
                        ]
                    ])),
            .heading("Wards Affected", page: 2),
            .para("All wards.", page: 2),
            .heading("Links to the Corporate Strategy", page: 2),
            .table(
                Build.table(
                    page: 2, [[.t("Caring for the Environment"), .t("Yes")], [.t("Healthy Communities"), .t("Yes")]])),
            .para(
                "Officers to contact: Helen Gretton\nHead of Transformation, Strategy and Performance\nTel: 01509 634556\nHelen.Gretton@charnwood.gov.uk",
                page: 3)
        ], fileName: "charnwood-2023-24-q2-cover-report.pdf")

    @Test func charnwoodCoverFromHeadingLines() {
        let r = record(Self.charnwoodCover)
        #expect(r.document.kind == .coverReport)
        #expect(r.document.title == "PERFORMANCE MONITORING (QUARTER 2) REPORT")
        #expect(r.document.committee == "FINANCE & PERFORMANCE SCRUTINY COMMITTEE")
        #expect(r.document.meetingDate == "2023-11-28")
        #expect(r.document.reportingOfficer == "Head of Transformation, Strategy and Performance")
        #expect(r.document.portfolioHolder == "Cllr Miah")
        #expect(r.document.wardsAffected == "All wards.")
        #expect(
            r.document.recommendations == [
                "That the Committee note the performance results; associated commentary and the explanations provided."
            ])
        #expect(r.period == ReportPeriod(financialYear: "2023-24", quarter: 2, start: "2023-07-01", end: "2023-09-30"))
        #expect(r.council?.name == "Charnwood Borough Council")
    }

    @Test func charnwoodRiskScores() throws {
        let r = record(Self.charnwoodCover)
        #expect(r.risks.count == 1)
        let risk = try #require(r.risks.first)
        #expect(
            risk.description.hasPrefix("Failure to maintain a rigorous and embedded performance management framework"))
        #expect(risk.likelihood == Score(text: "Unlikely", score: 2))
        #expect(risk.impact == Score(text: "Significant", score: 2))
        #expect(risk.overall == Score(text: "Low", score: 4))
        #expect(
            risk.mitigation
                == "Quarterly performance monitoring, including reporting to Senior Leadership Team, and this Committee."
        )
        #expect(risk.rag == nil && risk.page == 2)
    }

    static let harrow = Build.document(
        [
            .table(
                Build.table([
                    [.t("Report for:"), .t("Cabinet")],
                    [.t("Date of Meeting:"), .t("24 January 2024")],
                    [.t("Subject:"), .t("Strategic Performance Report Q2 2023-24")],
                    [.t("Key Decision:"), .t("No")],
                    [.t("Responsible Officer:"), .t("Alex Dewsnap, Managing Director")],
                    [
                        .t("Portfolio Holder:"),
                        .t(
                            "Cllr Stephen Greek, Portfolio Holder for Performance, Communications and Customer Experience"
                        )
                    ],
                    [.t("Exempt:"), .t("No")],
                    [.t("Decision subject to Call-in:"), .t("Yes")],
                    [.t("Wards affected:"), .t("All wards")],
                    [
                        .t("Enclosures:"),
                        .t("Appendix 1 – Strategic Performance Report\nAppendix 2 – Corporate Scorecard")
                    ]
                ])),
            .table(
                Build.table([
                    [.t("Section 1 – Summary and Recommendations")],
                    [
                        .t(
                            "This report summarises Council and service performance for Quarter 2 against key measures and draws attention to areas requiring action.\nRecommendations:\nThat\n1. Portfolio Holders continue to work with officers to achieve improvement against identified key\nchallenges (Appendix 1)\n2. the report be noted and any changes be identified for future reports.\nReason: (for recommendations)\nTo enable Cabinet to be informed of performance against key measures and to identify and assign corrective action where necessary."
                        )
                    ]
                ])),
            .heading("Risk Management Implications", page: 3),
            .table(
                Build.table(
                    page: 3, headerRows: 1,
                    [
                        [.t("Risk Description"), .t("Mitigations"), .t("RAG Status")],
                        [
                            .t(
                                "Corporate performance information is not reported in a timely manner and this may prevent remedial action being taken promptly (where appropriate) in key areas"
                            ),
                            .t(
                                "· Performance scorecards exist at service and Directorate level which include all the indicators in the\nCorporate Scorecard\n· Managers receive real time data in critical areas e,g, outstanding assessments\n· Information is available quickly and action is taken to address performance issues as they arise."
                            ),
                            .t("Green")
                        ]
                    ])),
            .para(
                "Statutory Officer: Sharon Daniels\nSigned off by the Chief Financial Officer\nDate: 20 December 2023",
                page: 4),
            .para("Contact: David Harrington david.harrington@harrow.gov.uk 07714 089170", page: 4)
        ], fileName: "harrow-2023-24-q2-strategic-performance-report.pdf")

    @Test func harrowCoverFromLabelValueTable() {
        let r = record(Self.harrow)
        #expect(r.document.kind == .coverReport)
        #expect(r.document.title == "Strategic Performance Report Q2 2023-24")
        #expect(r.document.committee == "Cabinet")
        #expect(r.document.meetingDate == "2024-01-24")
        #expect(r.document.reportingOfficer == "Alex Dewsnap, Managing Director")
        // "Cllr X, Portfolio Holder for Y": the holder, and the portfolio they hold.
        #expect(r.document.portfolioHolder == "Cllr Stephen Greek")
        #expect(r.document.portfolio == "Performance, Communications and Customer Experience")
        #expect(r.document.wardsAffected == "All wards")
        #expect(
            r.document.recommendations == [
                "Portfolio Holders continue to work with officers to achieve improvement against identified key challenges (Appendix 1)",
                "the report be noted and any changes be identified for future reports."
            ])
        #expect(r.period == ReportPeriod(financialYear: "2023-24", quarter: 2, start: "2023-07-01", end: "2023-09-30"))
    }

    @Test func harrowRiskWithWordRAGAndBulletedMitigations() throws {
        let r = record(Self.harrow)
        let risk = try #require(r.risks.first)
        #expect(r.risks.count == 1)
        #expect(risk.rag == .green)
        #expect(risk.mitigation?.split(separator: "\n").count == 3)
        #expect(
            risk.mitigation?.hasPrefix(
                "Performance scorecards exist at service and Directorate level which include all the indicators in the Corporate Scorecard"
            ) == true)
        #expect(risk.likelihood == nil && risk.impact == nil)
    }

    @Test func harrowCouncilFromItsDomain() {
        let p = Parser.parse(Self.harrow)
        #expect(p.councilMentions.contains { $0.domain == "harrow.gov.uk" })
    }

    static let executiveBoard = Build.document(
        [
            .para("REPORT TO: Executive Board"),
            .para("DATE: 16 November 2023"),
            .para("REPORTING OFFICER: Chief Executive"),
            .para("PORTFOLIO: Corporate Services"),
            .para("SUBJECT: Directorate Performance Overview Reports for Quarter 2\n2023 - 24"),
            .para("WARD(S): Borough-wide"),
            .heading("1.0 PURPOSE OF REPORT"),
            .item("1.1 To report the Council's performance for the second quarter period to 30th September 2023."),
            .heading("2.0 RECOMMENDED:"),
            .item("1) Executive Board note the information contained in the reports"),
            .item(
                "2) Consider the progress and performance information and raise any questions or points for clarification."
            ),
            .heading("3.0 SUPPORTING INFORMATION"),
            .item("3.1 It is essential that the Council maintains a planning and performance framework.")
        ], fileName: "executive-board-2023-24-q2-directorate-overview-report.pdf")

    @Test func executiveBoardFromLabelLines() {
        let r = record(Self.executiveBoard)
        #expect(r.document.kind == .coverReport)
        #expect(r.document.committee == "Executive Board")
        #expect(r.document.meetingDate == "2023-11-16")
        #expect(r.document.reportingOfficer == "Chief Executive")
        #expect(r.document.portfolio == "Corporate Services")
        #expect(r.document.wardsAffected == "Borough-wide")
        #expect(r.document.title == "Directorate Performance Overview Reports for Quarter 2 2023 - 24")
        #expect(
            r.document.recommendations == [
                "Executive Board note the information contained in the reports",
                "Consider the progress and performance information and raise any questions or points for clarification."
            ])
        #expect(r.period == ReportPeriod(financialYear: "2023-24", quarter: 2, start: "2023-07-01", end: "2023-09-30"))
    }

    @Test func councilNeverGuessed() {
        // "the Council's performance" names no council, and there is no address: null, or the hint.
        #expect(record(Self.executiveBoard).council == nil)
        #expect(
            record(Self.executiveBoard, council: "Halton Borough Council").council?.name == "Halton Borough Council")
    }

    static let coalville = Build.document(
        [
            .table(
                Build.table([
                    [.t("Title of Report"), .t("2019/20 QUARTER 2 PERFORMANCE REPORT"), .t("")],
                    [.t("Presented by"), .t("Councillor Richard Blunt Leader"), .t("")],
                    [
                        .t("Background Papers"), .t("Various documents on the In-Phase performance management system."),
                        .t("Public Report: Yes")
                    ],
                    [.t(""), .t(""), .t("Key Decision: No")],
                    [.t("Financial Implications"), .t("No additional financial implications."), .t("")],
                    [
                        .t("Purpose of Report"),
                        .t(
                            "The report provides members of the Cabinet with information on the performance and progress made against the Council Delivery Plan actions and performance indicators for Quarter 2 (Q2) (July - September 2019)."
                        ), .t("")
                    ],
                    [
                        .t("Reason for Decision"),
                        .t(
                            "The report be provided for members to effectively monitor the performance of the organisation."
                        ), .t("")
                    ],
                    [
                        .t("Recommendations"),
                        .t(
                            "THAT CABINET NOTES THE PROGRESS AGAINST THE CORPORATE OBJECTIVES AND PERFORMANCE INDICATORS."
                        ), .t("")
                    ]
                ])),
            .heading("1 INTRODUCTION", page: 2),
            .heading("2. SUMMARY OF PERFORMANCE QUARTER 2", page: 2),
            .para(
                "The use of both qualitative and quantitative measures to supplement the delivery of the actions set out within the corporate plan provides a picture of how well the council is delivering against the expected outcomes.",
                page: 3),
            .para(
                "The performance indicators show out of 32 indicators, 20 are on target or within tolerance, 3 are behind target and 9 are measured on annual targets.",
                page: 3)
        ], fileName: "coalville-district-2019-20-q2-cabinet-performance-report.pdf")

    @Test func coalvilleCoverTableAndPeriod() {
        let r = record(Self.coalville)
        #expect(r.document.kind == .coverReport)
        #expect(r.document.title == "2019/20 QUARTER 2 PERFORMANCE REPORT")
        #expect(r.document.portfolioHolder == "Councillor Richard Blunt Leader")
        #expect(
            r.document.recommendations == [
                "THAT CABINET NOTES THE PROGRESS AGAINST THE CORPORATE OBJECTIVES AND PERFORMANCE INDICATORS."
            ])
        #expect(r.period == ReportPeriod(financialYear: "2019-20", quarter: 2, start: "2019-07-01", end: "2019-09-30"))
        #expect(r.council == nil)
    }

    @Test func coalvilleProseCounts() {
        let r = record(Self.coalville)
        #expect(r.summaries.count == 1)
        let s = r.summaries[0]
        #expect(s.subject == .indicators && s.scope == "overall" && s.total == 32 && s.page == 3)
        #expect(s.counts == SummaryCounts(red: 3, green: 20, annual: 9))
    }
}

/// A Kent-style cover: "From:" / "To: Cabinet, 30 January 2025" / "Subject:" label lines and
/// lettered recommendations after a lead-in.
@Suite struct LabelLineCoverTests {
    static let doc = Build.document([
        .para("From:\nDeputy Leader and Cabinet Member for Finance, Peter Oakford"),
        .para("To:\nCabinet, 30 January 2025"),
        .para("Subject:\nRevenue and Capital Budget Monitoring Report – November 2024-25"),
        .para("Recommendation(s):\nCabinet is asked to:"),
        .item("a) NOTE the forecast revenue overspend of £23.3m (excluding Schools)"),
        .item("b) NOTE the forecast capital underspend of £111.6m."),
        .para("1."),
        .heading("Introduction"),
        .para("2.1 The attached report sets out the overall forecast position as at Quarter 3 of 2024-25."),
        .para("Contact: finance@kent.gov.uk")
    ])

    @Test func committeeDateSubjectAndLetteredRecommendations() {
        let r = record(Self.doc)
        #expect(r.document.committee == "Cabinet")
        #expect(r.document.meetingDate == "2025-01-30")
        #expect(r.document.title == "Revenue and Capital Budget Monitoring Report – November 2024-25")
        #expect(
            r.document.recommendations == [
                "NOTE the forecast revenue overspend of £23.3m (excluding Schools)",
                "NOTE the forecast capital underspend of £111.6m."
            ])
        #expect(r.period?.financialYear == "2024-25" && r.period?.quarter == 3)
    }
}
