import NormaliseStage
import Record
import Testing

@Test func summaryCountLabels() {
    let cases: [(String, SummaryKey?)] = [
        ("Number of Actions", .total), ("Number of PI's", .total), ("Number of PI’s", .total), ("Total", .total),
        ("Red", .red), ("Amber", .amber), ("Green", .green), ("Completed ", .completed), ("Complete", .completed),
        ("Not started", .notStarted), ("Not started (annual KPIs)", .annual), ("measured on annual targets", .annual),
        ("Annual", .annual), ("on target or within tolerance", .green), ("behind target", .red), ("below target", .red),
        ("within tolerance", .amber), ("Improving", .improving), ("No change", .noChange), ("Worsening", .worsening),
        ("Static", .noChange),
        // Kent County Council Q3 2024/25 QPR
        ("17 achieved target (Green)", .green),
        ("achieved or exceeded the floor standard but did not meet target (Amber)", .amber),
        ("did not meet the floor standard (Red)", .red), ("show a positive trend", .improving),
        ("are stable or with no clear trend", .noChange), ("are showing a negative trend", .worsening),
        ("G", .green), ("A", .amber), ("R", .red), ("TOTAL", .total), ("Data not available", .other),
        ("Caring for the Environment", nil), ("", nil)
    ]
    for (label, key) in cases {
        #expect(SummaryLabels.key(label) == key, "\(label)")
    }
}

@Test func countsAddUnderTheirKeys() {
    // Charnwood Q3 "Corporate Performance Indicators" box.
    var counts = SummaryCounts()
    var total: Int?
    for (label, n) in [("Number of PI’s", 24), ("Red", 9), ("Amber", 3), ("Green", 3), ("Not started (annual KPIs)", 9)]
    {
        let key = SummaryLabels.key(label)!
        if key == .total { total = n } else { key.add(n, to: &counts) }
    }
    #expect(total == 24)
    #expect(counts == SummaryCounts(red: 9, amber: 3, green: 3, annual: 9))
    #expect(counts.statusTotal == 24)
    SummaryKey.completed.add(2, to: &counts)
    SummaryKey.completed.add(3, to: &counts)
    #expect(counts.completed == 5)
}

@Test func statusWordsAsSummaryLabels() {
    let cases: [(String, SummaryKey?)] = [
        // a named colour wins; two colours are no one count
        ("at risk of not being delivered this year (red)", .red), ("some slippage (amber)", .amber),
        ("Amber or red", nil),
        // action statuses and system status words
        ("At risk", .amber), ("Slippage", .amber), ("Significant slippage", .red), ("Off track", .red),
        ("On track", .green),
        ("OK", .green), ("Warning", .amber), ("Alert", .red), ("Near target", .amber), ("on or above target", .green),
        ("Not due to start", .notStarted), ("Partially complete", .other), ("In progress", .other),
        ("Cancelled", .other),
        ("On hold", .other), ("Overdue", .red), ("Delayed", .red),
        // no rating
        ("Unknown", .other), ("Data Only", .other), ("No target set", .other), ("Deferred", .other),
        ("cannot be rated (no target yet, or data not yet available)", .other),
        // bilingual heads
        ("Ar y targed / On target", .green), ("Mesur blynyddol / Annual measure", .annual),
        ("Cyfanswm / Total", .total),
        // a comparison is no direction
        ("the same as the previous quarter", nil), ("have improved", .improving), ("are unchanged", .noChange),
        ("have declined", .worsening)
    ]
    for (label, key) in cases {
        #expect(SummaryLabels.key(label) == key, "\(label)")
    }
}
