import NormaliseStage
import PropertyBased
import Record
import Testing

@Test func countsStatedInProse() {
    // North West Leicestershire Q2 2019/20 cabinet report
    let nwl = SummaryProse.counts(
        in:
            "The performance indicators show out of 32 indicators, 20 are on target or within tolerance, 3 are behind target and 9 are measured on annual targets."
    )
    #expect(nwl == ProseCounts(subject: .indicators, total: 32, counts: SummaryCounts(red: 3, green: 20, annual: 9)))
    // Kent County Council Q3 2024/25 QPR, cover report and executive summary (footnote removed)
    let kent = SummaryProse.counts(
        in:
            "Of the 38 Key Performance Indicators (KPIs) contained within the QPR, 17 achieved target (Green), and 12 achieved or exceeded the floor standard but did not meet target (Amber). Nine KPIs did not meet the floor standard (Red)."
    )
    #expect(kent == ProseCounts(subject: .indicators, total: 38, counts: SummaryCounts(red: 9, amber: 12, green: 17)))
    let summary = SummaryProse.counts(
        in:
            "In Quarter 3, 2024/25, 17 of the 38 indicators are rated as Green, on or ahead of target (one more than last Quarter). 12 indicators reached or exceeded the floor standard and are rated Amber (three fewer than last Quarter), with nine indicators not achieving the floor standard and so RAG rated Red (one more than last Quarter)."
    )
    #expect(summary?.total == 38)
    #expect(summary?.counts == SummaryCounts(red: 9, amber: 12, green: 17))
    let trend = SummaryProse.counts(
        in:
            "With regards to Direction of Travel, 10 indicators show a positive trend (one fewer than the previous Quarter), 22 are stable or with no clear trend (the same as the previous Quarter), and six are showing a negative trend (the same as the previous Quarter)."
    )
    #expect(trend?.counts == SummaryCounts(improving: 10, noChange: 22, worsening: 6))
    #expect(SummaryProse.counts(in: "Performance remains good across the vast majority of the indicators") == nil)
}

@Test func proseCountsRoundTrip() async {
    let phrases: [(String, SummaryKey)] = [
        ("are on target", .green), ("are behind target", .red), ("are rated Amber", .amber),
        ("are measured on annual targets", .annual), ("are completed", .completed)
    ]
    await propertyCheck(input: Gen.int(in: 1...999).array(of: 5), Gen.int(in: 1...999)) { values, total in
        let sentence =
            "Out of \(total) indicators, " + zip(values, phrases).map { "\($0) \($1.0)" }.joined(separator: ", ") + "."
        let c = SummaryProse.counts(in: sentence)
        #expect(c?.total == total)
        #expect(
            c?.counts
                == SummaryCounts(
                    red: values[1], amber: values[2], green: values[0], completed: values[4], annual: values[3]))
    }
}

@Test func whatProseNumbersAreNotCounts() {
    // percentages in brackets, "Quarter 3", years and paragraph numbers are not counts
    let bullet = SummaryProse.counts(
        in: "4.1 At the end of Quarter 3 2024/25: 14 indicators (58%) are on or above target (green)")
    #expect(bullet?.counts == SummaryCounts(green: 14))
    #expect(
        SummaryProse.counts(in: "58 per cent are green and 42 percent are red")?.counts ?? SummaryCounts()
            == SummaryCounts())
    // another period's RAG counts: after a comparison phrase, or in the past tense
    #expect(
        SummaryProse.counts(in: "This compares with 12 green, 8 amber and 4 red indicators at the end of Quarter 2")?
            .counts
            ?? SummaryCounts() == SummaryCounts())
    #expect(
        SummaryProse.counts(
            in: "Compared with Quarter 4 2024/25, when 33 indicators were on target, three fewer are green")?.counts
            ?? SummaryCounts() == SummaryCounts())
    // direction counts are comparisons by nature and stay
    let trend = SummaryProse.counts(
        in:
            "Compared with the previous quarter (or, for year-to-date measures, the same point last year), 6 have improved, 1 is unchanged and 5 have worsened"
    )
    #expect(trend?.counts == SummaryCounts(improving: 6, noChange: 1, worsening: 5))
    // a comparison after the count does not touch it
    let same = SummaryProse.counts(in: "Two of the eight indicators met target, the same as the previous quarter")
    #expect(same?.total == 8 && same?.counts == SummaryCounts(green: 2))
    // a number naming the subject is only a candidate total
    let named = SummaryProse.counts(in: "24 corporate KPIs¹ have a target for Quarter 3")
    #expect(named?.totalCandidates == [24] && named?.counts == SummaryCounts())
    // counts of risks are not a summary subject's
    #expect(
        SummaryProse.counts(in: "At the residual level 2 risks are rated red, 5 amber and 3 green")?.countsOtherThings
            == true)
    // numbers in words; "not yet available" is other
    #expect(SummaryProse.counts(in: "Data for one indicator is not yet available")?.counts == SummaryCounts(other: 1))
}

@Test func proseCountShapes() {
    // "N …, of which": the number naming the subject is the total when it is the sum
    let which = SummaryProse.counts(
        in: "35 indicators are reported this quarter, of which 20 are green, 10 amber and 5 red")
    #expect(which?.totalCandidates == [35] && which?.counts == SummaryCounts(red: 5, amber: 10, green: 20))
    // compound number words
    let words = SummaryProse.counts(
        in: "Of the forty-two indicators, twenty-one are green, eleven are amber and ten are red")
    #expect(words?.total == 42 && words?.counts == SummaryCounts(red: 10, amber: 11, green: 21))
    // target words; past tense alone is the current period
    let met = SummaryProse.counts(
        in:
            "Of the 20 measures with a target, 12 achieved their target, 5 were within tolerance and 3 did not meet target"
    )
    #expect(met?.total == 20 && met?.counts == SummaryCounts(red: 3, amber: 5, green: 12))
    // past tense in a sentence naming a period is that period's
    #expect(
        SummaryProse.counts(in: "At Quarter 2, 29 actions were on track and 3 were completed")?.counts
            ?? SummaryCounts() == SummaryCounts())
    // a part of one colour's count is no count
    #expect(
        SummaryProse.counts(in: "Two of the red indicators were also red a year ago")?.counts ?? SummaryCounts()
            == SummaryCounts())
    #expect(
        SummaryProse.counts(in: "3 of the 4 red indicators were red last quarter")?.counts ?? SummaryCounts()
            == SummaryCounts())
    // "the N" names the whole, unless a colour follows: "the two Amber and four Red KPIs" counts
    let the = SummaryProse.counts(in: "The two Amber and four Red KPIs continue to reflect the pressures")
    #expect(the?.counts == SummaryCounts(red: 4, amber: 2) && the?.totalCandidates == [])
    #expect(SummaryProse.counts(in: "All 38 KPIs have a target this year")?.totalCandidates == [38])
}

@Test func pastTenseAndThePapersQuarter() {
    let current = "In Quarter 3, 25 of the 30 indicators were on target and 5 were off target"
    #expect(SummaryProse.counts(in: current, quarter: 3)?.counts == SummaryCounts(red: 5, green: 25))
    #expect(SummaryProse.counts(in: current, quarter: 4)?.counts ?? SummaryCounts() == SummaryCounts())
    #expect(
        SummaryProse.counts(in: "At Quarter 2, 29 actions were on track", quarter: 3)?.counts ?? SummaryCounts()
            == SummaryCounts())
    #expect(SummaryProse.quarters(in: TextCleanup.words("Q3 2024/25 compared with Quarter two")) == [3, 2])
}
