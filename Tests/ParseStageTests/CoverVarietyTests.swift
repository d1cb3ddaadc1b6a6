import Record
import SegmentStage
import Testing

@testable import ParseStage

/// Front sheets and appendix furniture beyond the seeds: paragraph-numbered recommendations,
/// committee and date in a running header or an appendix line, bilingual labels and values, a
/// value wrapped onto a row of its own, and what makes a paper a cover report.
@Suite struct CoverVarietyTests {
    /// "2.1 That …" items lose their paragraph numbers; the next numbered heading ends them.
    @Test func paragraphNumberedRecommendations() {
        let doc = Build.document([
            .heading("Corporate Performance Report – Quarter 3 2024/25"),
            .heading("2. Recommendations"),
            .para("2.1 That the Committee notes the performance for Quarter 3."),
            .para("2.2 That the Committee considers the four indicators rated red."),
            .heading("3. Year-end summary"),
            .para("The table below summarises the year-end RAG ratings.")
        ])
        #expect(
            record(doc).document.recommendations == [
                "That the Committee notes the performance for Quarter 3.",
                "That the Committee considers the four indicators rated red."
            ])
    }

    /// A lettered list in a box stops at the next numbered heading, even one with a year in it.
    @Test func numberedHeadingEndsTheRecommendations() {
        let doc = Build.document([
            .heading("Annual Performance Report 2024/25"),
            .heading("2. Recommendations"),
            .para("The Executive is recommended to:"),
            .item("a. notes the performance of the Council;"),
            .item("b. agrees the improvement priorities."),
            .heading("4. Improvement priorities for 2025/26"),
            .para("4.1 Targets for 2025/26 were agreed by the Executive on 12 March 2025.")
        ])
        #expect(
            record(doc).document.recommendations == [
                "notes the performance of the Council;", "agrees the improvement priorities."
            ])
    }

    /// An appendix names its committee and meeting in the running header, around paper references.
    @Test func committeeAndDateFromARunningHeader() {
        let doc = Build.document([
            .header("Cabinet – 11 February 2025 – Agenda Item 8 – Appendix 2"),
            .heading("Council Delivery Plan 2024/25: Quarter 3 Action Tracker"),
            .para("Progress at 31 December 2024.")
        ])
        let d = record(doc).document
        #expect(d.committee == "Cabinet" && d.meetingDate == "2025-02-11")
        #expect(d.kind != .coverReport)
        // A header naming a plan and a date names no committee.
        let plan = record(
            Build.document([.header("Council Plan Annual Report – 31 March 2025"), .heading("Annual Report")])
        ).document
        #expect(plan.committee == nil && plan.meetingDate == nil)
    }

    @Test func committeeAndDateFromAnAppendixLine() {
        let doc = Build.document([
            .heading("Performance Indicator Report"),
            .para("Appendix B – Audit and Performance Committee, 14 November 2024"),
            .para("Generated on: 21 October 2024 09:14")
        ])
        let d = record(doc).document
        #expect(d.committee == "Audit and Performance Committee" && d.meetingDate == "2024-11-14")
    }

    /// "Welsh / English" labels name the field on either side; the value keeps its English side.
    @Test func bilingualLabelsAndValues() {
        let doc = Build.document([
            .heading("Quarter 2 2024-25 Performance Report"),
            .table(
                Build.table([
                    [.t("Pwyllgor / Committee:"), .t("Pwyllgor Craffu Perfformiad / Performance Scrutiny Committee")],
                    [.t("Dyddiad y cyfarfod / Date of\nmeeting:"), .t("26 Tachwedd 2024 / 26 November 2024")],
                    [.t("Portffolio / Portfolio:"), .t("Cyllid a Pherfformiad / Finance and Performance")],
                    [.t("Wardiau / Wards affected:"), .t("Pob ward / All wards")]
                ]))
        ])
        let d = record(doc).document
        #expect(d.committee == "Performance Scrutiny Committee" && d.meetingDate == "2024-11-26")
        #expect(d.portfolio == "Finance and Performance" && d.wardsAffected == "All wards")
        #expect(d.kind == .coverReport)
        // An English label with a slash keeps its value whole.
        let english = record(
            Build.document([
                .table(
                    Build.table([
                        [.t("Report to:"), .t("Cabinet")],
                        [.t("Wards / Divisions affected:"), .t("Northgate / Southgate")]
                    ]))
            ])
        ).document
        #expect(english.wardsAffected == "Northgate / Southgate")
    }

    /// A value wrapped onto the next row (empty label cell) continues; "Councillor X, Cabinet
    /// Member for Y" is the holder and the portfolio.
    @Test func wrappedValueAndHolderWithPortfolio() {
        let doc = Build.document([
            .table(
                Build.table([
                    [.t("Report to:"), .t("Overview and Scrutiny Committee")],
                    [.t("Portfolio Holder:"), .t("Councillor Helen Marsh-Okoye, Cabinet Member for Finance and")],
                    [.t(""), .t("Performance")],
                    [.t("Wards affected:"), .t("All")]
                ]))
        ])
        let d = record(doc).document
        #expect(d.portfolioHolder == "Councillor Helen Marsh-Okoye" && d.portfolio == "Finance and Performance")
        #expect(d.wardsAffected == "All")
    }

    /// A dashboard naming its meeting and author but putting no decision is a scorecard.
    @Test func meetingLinesAloneDoNotMakeACoverReport() {
        let doc = Build.document([
            .heading("Monthly Performance Dashboard"),
            .para(
                "Report to: Scrutiny Management Board\nMeeting date: Tuesday 22 October 2024\nReport of: Head of Business Intelligence"
            ),
            .table(
                Build.table(
                    headerRows: 1,
                    [
                        [.t("Indicator"), .t("Actual"), .t("Target")],
                        [.t("Calls answered within 60 seconds"), .t("82%"), .t("85%")]
                    ]))
        ])
        let d = record(doc).document
        #expect(d.committee == "Scrutiny Management Board" && d.reportingOfficer == "Head of Business Intelligence")
        #expect(d.kind == .scorecard)
    }

    /// The holder's title in brackets, and a portfolio written as the member's title.
    @Test func holderTitleInBracketsAndPortfolioAsATitle() {
        let bracketed = Build.document([
            .table(
                Build.table([
                    [.t("Report to:"), .t("Cabinet")],
                    [.t("Lead Member:"), .t("Cllr Amir Khan (Cabinet Member for Housing)")]
                ]))
        ])
        let d = record(bracketed).document
        #expect(d.portfolioHolder == "Cllr Amir Khan" && d.portfolio == "Housing")
        let titled = Build.document([
            .table(
                Build.table([
                    [.t("Report to:"), .t("Cabinet")],
                    [.t("Portfolio:"), .t("Cabinet Member for Finance and Performance")]
                ]))
        ])
        #expect(record(titled).document.portfolio == "Finance and Performance")
    }

    /// A memo's "To:" cell holding a line run in from above and "Cabinet, 30 January 2025":
    /// the committee is that line's.
    @Test func committeeLineInsideAMemoCell() {
        let doc = Build.document([
            .table(
                Build.table([
                    [.t("To:"), .t("Dr A Ghosh, Director of Public Health\nCabinet, 30 January 2025")],
                    [.t("Subject:"), .t("Delivery Plan")]
                ]))
        ])
        let d = record(doc).document
        #expect(d.committee == "Cabinet" && d.meetingDate == "2025-01-30")
    }

    /// Roman and bracketed capital item markers start items too.
    @Test func romanAndCapitalItemMarkers() {
        #expect(
            RecommendationItems.split(lines: [
                "That Cabinet:", "i. notes the report;", "ii. agrees the plan;", "iii. asks for an update."
            ])
                == ["notes the report;", "agrees the plan;", "asks for an update."])
        #expect(
            RecommendationItems.split(lines: ["(A) notes the report;", "(B) agrees the plan."]) == [
                "notes the report;", "agrees the plan."
            ])
    }

    /// A definition list with each value stacked under its label, and a memo's "From:" / "To:".
    @Test func stackedDefinitionListAndMemo() {
        let stacked = Build.document([
            .heading("Annual Performance Report 2024/25"),
            .para("Meeting"), .para("Executive"),
            .para("Date"), .para("Wednesday 16 July 2025"),
            .para("Report of"), .para("Head of Strategy and Performance"),
            .para("Wards affected"), .para("All wards")
        ])
        let d = record(stacked).document
        #expect(d.committee == "Executive" && d.meetingDate == "2025-07-16")
        #expect(d.reportingOfficer == "Head of Strategy and Performance" && d.wardsAffected == "All wards")
        let memo = Build.document([
            .para("From: Director of Finance"),
            .para("To: Audit Committee, 14 November 2024"),
            .heading("Quarter 2 Performance Report")
        ])
        let m = record(memo).document
        #expect(
            m.reportingOfficer == "Director of Finance" && m.committee == "Audit Committee"
                && m.meetingDate == "2024-11-14")
    }

    /// A committee label's value naming the meeting day without a dash.
    @Test func committeeValueWithItsMeetingDay() {
        let doc = Build.document([
            .para("Report to: Cabinet on 11 February 2025"), .heading("Quarter 3 Performance Report")
        ])
        let d = record(doc).document
        #expect(d.committee == "Cabinet" && d.meetingDate == "2025-02-11")
        // Running text keeps needing the dash: a sentence naming a meeting is not the paper's.
        let prose = Build.document([
            .heading("Quarter 3 Performance Report"), .para("The target was approved by Cabinet on 14 January 2025.")
        ])
        #expect(record(prose).document.committee == nil)
    }

    /// More ways front sheets name the meeting date, the officer and the holder.
    @Test func moreLabelWords() {
        let doc = Build.document([
            .table(
                Build.table([
                    [.t("Report to the:"), .t("Cabinet")],
                    [.t("Date of Cabinet:"), .t("11 February 2025")],
                    [.t("Submitted by:"), .t("Jane Smith, Corporate Director of Resources")],
                    [.t("Portfolio Holder(s):"), .t("Cllr Amir Khan")]
                ]))
        ])
        let d = record(doc).document
        #expect(d.committee == "Cabinet" && d.meetingDate == "2025-02-11")
        #expect(
            d.reportingOfficer == "Jane Smith, Corporate Director of Resources" && d.portfolioHolder == "Cllr Amir Khan"
        )
    }

    /// A lead-in without its colon is no recommendation either.
    @Test func leadInWithoutAColon() {
        #expect(
            RecommendationItems.split(lines: [
                "It is recommended that", "1. the report be noted;", "2. the plan be agreed."
            ])
                == ["the report be noted;", "the plan be agreed."])
        #expect(
            RecommendationItems.split(lines: [
                "The Committee is asked to", "(a) note the report;", "(b) agree the plan."
            ])
                == ["note the report;", "agree the plan."])
    }
    /// A "From:" block naming an elected member and an officer: the officer reports, whether the
    /// block is one paragraph or a line above a table whose label-less first rows go on with it.
    @Test func officerBesideAMemberInAFromBlock() {
        let table = Build.document([
            .para("From: Alex Rowe – Leader of the Council"),
            .table(
                Build.table([
                    [.t(""), .t("Sam Patel – Chief Executive")],
                    [.t("To:"), .t("Cabinet – 4 March 2025")],
                    [.t("Subject:"), .t("Quarterly Performance Report")]
                ]))
        ])
        let d = record(table).document
        #expect(d.reportingOfficer == "Sam Patel – Chief Executive")
        #expect(d.committee == "Cabinet" && d.meetingDate == "2025-03-04")
        // A member's title wrapped over two lines is one entry, not two.
        #expect(
            CoverParser.people([
                "Deputy Leader and Cabinet Member for Finance, Corporate and", "Traded Services",
                "Interim Director of Finance"
            ])
                == [
                    "Deputy Leader and Cabinet Member for Finance, Corporate and Traded Services",
                    "Interim Director of Finance"
                ])
        // An officer's title wrapped over two lines stays one value.
        #expect(CoverParser.people(["Director of Corporate", "Resources"]) == ["Director of Corporate Resources"])
        // A member alone is still the one named.
        let member = record(
            Build.document([.para("From: Councillor Jo Bell, Cabinet Member for Finance"), .para("To: Cabinet")]))
        #expect(member.document.reportingOfficer == "Councillor Jo Bell, Cabinet Member for Finance")
    }
}
