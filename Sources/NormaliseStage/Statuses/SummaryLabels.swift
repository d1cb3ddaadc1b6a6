import Record

/// A summary count's label → the SPEC's summary count key.
public enum SummaryKey: String, Sendable, CaseIterable {
    case total, red, amber, green, completed, notStarted, annual, other, improving, noChange, worsening

    /// Adds `count` under this key (`total` lives on `Summary`, not in the counts: use
    /// `Summary.total`). Two labels with one key ("Completed", "Complete") add up.
    public func add(_ count: Int, to counts: inout SummaryCounts) {
        func plus(_ v: Int?) -> Int { (v ?? 0) + count }
        switch self {
        case .total: return
        case .red: counts.red = plus(counts.red)
        case .amber: counts.amber = plus(counts.amber)
        case .green: counts.green = plus(counts.green)
        case .completed: counts.completed = plus(counts.completed)
        case .notStarted: counts.notStarted = plus(counts.notStarted)
        case .annual: counts.annual = plus(counts.annual)
        case .other: counts.other = plus(counts.other)
        case .improving: counts.improving = plus(counts.improving)
        case .noChange: counts.noChange = plus(counts.noChange)
        case .worsening: counts.worsening = plus(counts.worsening)
        }
    }
}

public enum SummaryLabels {
    static let letters: [String: SummaryKey] = [" r ": .red, " a ": .amber, " g ": .green, " c ": .completed]

    /// The key for a count label in a RAG summary table, count box or prose, or nil when the
    /// label is not a count label. SPEC rules: any mention of annual measures → `annual`;
    /// "on target or within tolerance" → `green`; "behind/below target" → `red`.
    public static func key(_ label: String) -> SummaryKey? {
        let words = TextCleanup.words(label)
        let text = " " + words.joined(separator: " ") + " "
        func has(_ phrase: String) -> Bool { text.contains(" " + phrase + " ") }
        if words.isEmpty { return nil }
        if has("annual") || has("annually") || has("annual targets") { return .annual }
        if has("total") || has("number of") || has("no of") || has("all") || text == " actions " || text == " indicators " {
            if !(has("red") || has("amber") || has("green") || has("completed")) { return .total }
        }
        if has("not started") || has("not yet started") || has("not due") || has("not yet due") { return .notStarted }
        if has("completed") || has("complete") || has("achieved") && !has("not achieved") || has("closed") || has("blue") {
            if !has("target") { return .completed }
        }
        if has("improving") || has("improved") || has("better") || has("positive trend") { return .improving }
        if has("worsening") || has("worsened") || has("declining") || has("declined") || has("worse")
            || has("negative trend") { return .worsening }
        if has("no change") || has("static") || has("same") || has("unchanged") || has("stable")
            || has("no clear trend") { return .noChange }
        // Column heads of a RAG count table ("G A R").
        if let single = SummaryLabels.letters[text] { return single }
        if has("on target or within tolerance") || has("on target") || has("on track") || has("green") { return .green }
        if has("behind target") || has("below target") || has("off target") || has("red") || has("off track")
            || has("not on target") || has("outside tolerance") { return .red }
        if has("within tolerance") || has("amber") || has("under control") { return .amber }
        if has("other") || has("n a") || has("not applicable") || has("no data") || has("data not available")
            || has("grey") || has("not reported") || has("no target") { return .other }
        return nil
    }
}
