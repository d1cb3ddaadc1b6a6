import Record
import Testing

@testable import ValidateStage

/// Each rule: a record that breaks it gives exactly that finding; a close one that does not
/// break it gives none.
@Suite struct RuleTests {
    func codes(_ r: Record) -> [String] { Validator.validate(r).map(\.code) }

    func expectOnly(_ code: RuleCode, in r: Record, count: Int = 1, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = Validator.validate(r)
        #expect(found.map(\.code) == Array(repeating: code.rawValue, count: count), sourceLocation: sourceLocation)
        #expect(
            found.allSatisfy { $0.severity == code.severity && $0.stage == "validate" && !$0.message.isEmpty },
            sourceLocation: sourceLocation)
    }

    @Test func consistentRecordsHaveNoFindings() {
        #expect(codes(Samples.consistent()) == [])
        #expect(codes(Samples.full()) == [])
        #expect(codes(Samples.minimal()) == [])
    }

    @Test func reportIdMustBeTheHashPrefix() {
        var r = Samples.consistent()
        r.reportId = "0000000000000000"
        expectOnly(.reportIdMismatch, in: r)
    }

    @Test func pagesMustExistInThePDF() {
        var r = Samples.consistent()
        r.indicators[1].page = 11
        expectOnly(.pageOutOfRange, in: r)
        #expect(Validator.validate(r).first?.page == 11)
        r.indicators[1].page = 10
        #expect(codes(r) == [])
    }

    @Test func datesMustBeRealCalendarDates() {
        var r = Samples.consistent()
        r.document.meetingDate = "2023-02-30"
        #expect(codes(r) == ["invalid-date"])
        r.document.meetingDate = "2024-02-29"  // a leap day, within a year of the period
        #expect(codes(r) == [])
    }

    @Test func ragAndRagSourceComeTogether() {
        var r = Samples.consistent()
        r.indicators[0].ragSource = nil
        expectOnly(.ragSourceInconsistent, in: r)
        r.indicators[0].rag = nil
        #expect(codes(r) == [])
    }

    @Test func periodMustNotEndBeforeItStarts() {
        var r = Samples.consistent()
        r.period?.start = "2023-09-30"
        r.period?.end = "2023-07-01"
        expectOnly(.periodReversed, in: r)
    }

    @Test func quarterDatesMustBeInsideTheirFinancialYear() {
        var r = Samples.consistent()
        r.period = ReportPeriod(financialYear: "2023-24", quarter: 2, start: "2024-07-01", end: "2024-09-30")
        expectOnly(.quarterOutsideYear, in: r)
        // Q2 that ends in Q3 of the right year is still wrong.
        r.period = ReportPeriod(financialYear: "2023-24", quarter: 2, start: "2023-07-01", end: "2023-10-31")
        expectOnly(.quarterOutsideYear, in: r)
        // Year to date up to the end of Q2 is fine.
        r.period = ReportPeriod(financialYear: "2023-24", quarter: 2, start: "2023-04-01", end: "2023-09-30")
        #expect(codes(r) == [])
    }

    @Test func annualPeriodMustBeInsideItsFinancialYear() {
        var r = Samples.consistent()
        r.indicators = []
        r.summaries = []
        r.period = ReportPeriod(financialYear: "2023-24", quarter: nil, start: "2023-01-01", end: "2023-12-31")
        expectOnly(.periodOutsideYear, in: r)
        r.period = ReportPeriod(financialYear: "2023-24", quarter: nil, start: "2023-04-01", end: "2024-03-31")
        #expect(codes(r) == [])
    }

    @Test func monthsMustBeInsideTheirQuarterAndYear() {
        var r = Samples.consistent()
        r.indicators[0].observations[0].period = Period(financialYear: "2023-24", quarter: 1, month: "2023-07")
        expectOnly(.monthOutsidePeriod, in: r)
        r.indicators[0].observations[0].period = Period(financialYear: "2023-24", quarter: 1, month: "2023-05")
        #expect(codes(r) == [])
        r.actions[1].end = Period(financialYear: "2023-24", month: "2023-03")  // March 2023 is in 2022-23
        expectOnly(.monthOutsidePeriod, in: r)
        r.actions[1].end = Period(financialYear: "2023-24", month: "2024-03")
        #expect(codes(r) == [])
    }

    @Test func meetingDateMustFollowThePeriodItReportsOn() {
        var r = Samples.consistent()
        r.document.meetingDate = "2023-06-01"
        expectOnly(.dateOutsidePeriod, in: r)
        r.document.meetingDate = "2024-10-01"  // 367 days after the period ends
        expectOnly(.dateOutsidePeriod, in: r)
        r.document.meetingDate = "2024-09-29"  // 365 days after
        #expect(codes(r) == [])
    }

    @Test func actionsCannotBeCompletedOrOverdueAfterThePeriod() {
        var r = Samples.consistent()
        r.actions[0].start = Samples.q(1, "2024-25")
        expectOnly(.dateOutsidePeriod, in: r)
        r = Samples.consistent()
        r.actions[1].status = .overdue
        expectOnly(.dateOutsidePeriod, in: r)  // due in Q4, but the report ends in Q2
        r.actions[1].end = Samples.q(2)
        #expect(codes(r) == [])
    }

    @Test func valuesCannotBeMeasuredForALaterPeriod() {
        var r = Samples.consistent()
        r.indicators[0].observations.append(
            Observation(period: Samples.q(3), value: Samples.pct(97), target: Samples.pct(95)))
        expectOnly(.dateOutsidePeriod, in: r)
        r.indicators[0].observations[2].value = nil  // a target for a later quarter is normal
        #expect(codes(r) == [])
    }

    @Test func summaryCountsMustAddUpToTheTotal() {
        var r = Samples.consistent()
        r.indicators = []
        // "out of 32 indicators, 20 are on target or within tolerance, 3 are behind target and 9 are annual"
        r.summaries = [
            Summary(
                subject: .indicators, scope: "overall", total: 32, counts: SummaryCounts(red: 3, green: 20, annual: 8),
                page: 2)
        ]
        expectOnly(.summaryCountsMismatch, in: r)
        #expect(Validator.validate(r).first?.message.contains("31") == true)
        r.summaries[0].counts.annual = 9
        #expect(codes(r) == [])
        r.summaries[0].total = nil  // no stated total: nothing to check
        r.summaries[0].counts.annual = 8
        #expect(codes(r) == [])
    }

    @Test func directionCountsCannotExceedTheTotal() {
        var r = Samples.consistent()
        r.summaries[0].counts.improving = 3
        r.summaries[0].counts.worsening = 1
        expectOnly(.directionCountsExceedTotal, in: r)
        r.summaries[0].counts.improving = 2
        #expect(codes(r) == [])
    }

    @Test func themeSummariesMustAddUpToTheOverall() {
        var r = Samples.consistent()
        r.actions = []
        r.summaries = [
            Summary(subject: .actions, scope: "overall", total: 10, counts: SummaryCounts(red: 2, green: 8), page: 2),
            Summary(
                subject: .actions, scope: "Residents First", total: 6, counts: SummaryCounts(red: 1, green: 5), page: 2),
            Summary(
                subject: .actions, scope: "Clean & Safe", total: 3, counts: SummaryCounts(red: 1, green: 2), page: 2)
        ]
        expectOnly(.themeSummariesMismatch, in: r)
        #expect(Validator.validate(r).first?.message.contains("green 7 vs 8") == true)
        r.summaries[2] = Summary(
            subject: .actions, scope: "Clean & Safe", total: 4, counts: SummaryCounts(red: 1, green: 3), page: 2)
        #expect(codes(r) == [])
        // Themes of another subject are not mixed in.
        r.summaries.append(
            Summary(subject: .indicators, scope: "Residents First", total: 5, counts: SummaryCounts(green: 5), page: 2))
        #expect(codes(r) == [])
    }

    @Test func listedIndicatorsMustAgreeWithTheStatedTotal() {
        var r = Samples.consistent()
        r.summaries[0] = Summary(
            subject: .indicators, scope: "overall", total: 4, counts: SummaryCounts(red: 1, green: 3), page: 2)
        expectOnly(.listedCountMismatch, in: r)
        r.indicators = []  // a cover report with the summary only
        #expect(codes(r) == [])
    }

    @Test func listedActionsOfAThemeMustAgreeWithItsSummary() {
        var r = Samples.consistent()
        r.actions[0].theme = "Clean & Safe"
        r.summaries.append(
            Summary(subject: .actions, scope: "Clean & Safe", total: 2, counts: SummaryCounts(completed: 2), page: 2))
        expectOnly(.listedCountMismatch, in: r)
        r.actions[1].theme = "clean & safe"
        #expect(codes(r) == [])
    }

    @Test func indicatorCodesMustBeUnique() {
        var r = Samples.consistent()
        r.indicators[1].code = "pi 01"
        expectOnly(.duplicateIndicatorCode, in: r)
        #expect(Validator.validate(r).first?.message.contains("page 3") == true)
        r.indicators[1].code = "PI04"
        #expect(codes(r) == [])
    }

    @Test func observationsMustBeOldestFirst() {
        var r = Samples.consistent()
        r.indicators[0].observations.reverse()
        expectOnly(.observationsOutOfOrder, in: r)
        // Last year's outturn, then the quarters, then this year's target: all in order.
        r.indicators[0].observations = [
            Observation(period: Period(financialYear: "2022-23"), value: Samples.pct(88), target: nil),
            Observation(period: Samples.q(1), value: Samples.pct(90), target: Samples.pct(95)),
            Observation(
                period: Period(financialYear: "2023-24", quarter: 2, month: "2023-09"), value: Samples.pct(96),
                target: Samples.pct(95)),
            Observation(period: Period(financialYear: "2023-24"), value: nil, target: Samples.pct(95))
        ]
        #expect(codes(r) == [])
    }

    @Test func aPeriodAppearsOnceInASeries() {
        var r = Samples.consistent()
        r.indicators[0].observations.append(r.indicators[0].observations[1])
        expectOnly(.duplicateObservationPeriod, in: r)
    }

    @Test func percentagesOutside0To100AreFlagged() {
        var r = Samples.consistent()
        r.indicators[0].observations[1].value = Samples.pct(250)
        r.indicators[0].observations[0].target = Samples.pct(-5)
        expectOnly(.percentOutOfRange, in: r, count: 2)
        r.indicators[0].observations[1].value = Samples.pct(100)
        r.indicators[0].observations[0].target = Samples.pct(0)
        #expect(codes(r) == [])
        // Other units may exceed 100.
        r.indicators[2].observations[1].value = Samples.qty(250_000, .count)
        #expect(codes(r) == [])
    }

    @Test func countsAndDurationsCannotBeNegative() {
        var r = Samples.consistent()
        r.indicators[1].rag = .amber
        r.indicators[1].observations[0].value = Samples.qty(-2, .days)
        expectOnly(.negativeQuantity, in: r)
        r.indicators[1].observations[0].value = Samples.qty(-1000, .gbp)  // a deficit is fine
        r.indicators[1].unit = .gbp
        r.indicators[1].observations[0].target = Samples.qty(-2000, .gbp)
        #expect(!codes(r).contains("negative-quantity"))
    }

    @Test func cumulativeSeriesDoNotGoBackwardsWithinAYear() {
        var r = Samples.consistent()
        r.indicators[2].observations[0].value = Samples.qty(300, .count)
        expectOnly(.cumulativeDecrease, in: r)
        // A new financial year starts again from zero.
        r.indicators[2].observations = [
            Observation(period: Samples.q(4, "2022-23"), value: Samples.qty(400, .count), target: nil),
            Observation(period: Samples.q(1), value: Samples.qty(100, .count), target: nil)
        ]
        #expect(codes(r) == [])
        // The same fall in a series that is not cumulative is fine.
        r.indicators[2].observations[0].period = Samples.q(1)
        r.indicators[2].observations[1].period = Samples.q(2)
        r.indicators[2].cumulative = false
        #expect(codes(r) == [])
    }

    @Test func reportedRedCannotMeetItsTarget() {
        var r = Samples.consistent()
        r.indicators[0].rag = .red  // 96% against 95%, higher is better
        r.summaries[0].counts = SummaryCounts(red: 2, green: 1)
        expectOnly(.ragContradictsFigures, in: r)
        r.indicators[0].polarity = .lowerIsBetter  // now 96 misses 95
        #expect(codes(r) == [])
    }

    @Test func reportedGreenCannotMissItsTargetBeyondTolerance() {
        var r = Samples.consistent()
        r.indicators[1].rag = .green  // 12 days against 10, lower is better: 20% over
        r.summaries[0].counts = SummaryCounts(green: 3)
        expectOnly(.ragContradictsFigures, in: r)
        r.indicators[1].observations[0].value = Samples.qty(10.5, .days)  // within 10%: "within tolerance" is green
        #expect(codes(r) == [])
    }

    @Test func ragIsNotJudgedWithoutFiguresPolarityOrWhenDerivedOrAmber() {
        var r = Samples.consistent()
        r.indicators[0].rag = .red
        r.summaries = []
        r.indicators[0].polarity = .unknown
        #expect(codes(r) == [])
        r.indicators[0].polarity = .higherIsBetter
        r.indicators[0].ragSource = .derived
        #expect(codes(r) == [])
        r.indicators[0].ragSource = .reported
        r.indicators[0].rag = .amber
        #expect(codes(r) == [])
        r.indicators[0].rag = .red
        r.indicators[0].observations = r.indicators[0].observations.map {
            Observation(period: $0.period, value: $0.value, target: nil)
        }
        #expect(codes(r) == [])
    }

    @Test func schemaProblemsOfABuiltRecordAreErrors() {
        var r = Samples.consistent()
        r.indicators[1].name = ""
        r.document.meetingDate = "28 November 2023"
        let found = Validator.validate(r)
        #expect(found.map(\.code) == ["invalid-format", "invalid-format"])
        #expect(found.map(\.severity) == [.error, .error])
        #expect(
            found.map(\.message) == [
                "document.meetingDate: \"28 November 2023\" is not a date YYYY-MM-DD",
                "indicators[1].name: must not be empty"
            ])
        #expect(found.map(\.page) == [nil, 3])
    }

    @Test func everyRuleCodeIsKebabCaseAndUnique() {
        let raw = RuleCode.allCases.map(\.rawValue) + DecodingCode.allCases.map(\.rawValue)
        #expect(Set(raw).count == raw.count)
        #expect(raw.allSatisfy(Format.issueCode.matches))
    }
}
