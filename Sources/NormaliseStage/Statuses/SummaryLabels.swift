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
    static let colours: [(Phrase, SummaryKey)] = [
        (Phrase("red"), .red), (Phrase("amber"), .amber), (Phrase("green"), .green)
    ]

    /// Status phrases, most specific first: the first one the label contains gives its key.
    /// Action statuses ("at risk", "slippage") and system status words ("OK", "Alert") stand
    /// for a RAG when no colour is named; no target, no data, not rated, deferred → `other`.
    static let statusPhrases: [(String, SummaryKey)] = [
        ("on target or within tolerance", .green), ("significant slippage", .red), ("significantly behind", .red),
        ("behind target", .red), ("below target", .red), ("off target", .red), ("not on target", .red),
        ("outside tolerance", .red), ("off track", .red), ("alert", .red), ("target not met", .red),
        ("within tolerance", .amber), ("near target", .amber), ("close to target", .amber), ("slippage", .amber),
        ("at risk", .amber), ("warning", .amber), ("under control", .amber),
        ("no target", .other), ("not rated", .other), ("cannot be rated", .other), ("not yet rated", .other),
        ("unable to rate", .other), ("no data", .other), ("data not available", .other), ("not available", .other),
        ("not yet available", .other),
        ("data only", .other), ("unknown", .other), ("partially", .other), ("in progress", .other), ("ongoing", .other),
        ("paused", .other), ("suspended", .other), ("postponed", .other), ("cancelled", .other), ("canceled", .other),
        ("withdrawn", .other), ("superseded", .other), ("discontinued", .other), ("no longer required", .other),
        ("overdue", .red), ("delayed", .red), ("behind schedule", .red), ("deferred", .other), ("on hold", .other),
        ("not applicable", .other),
        ("did not meet target", .red), ("did not achieve target", .red), ("missed target", .red), ("not met", .red),
        ("on target", .green), ("achieved target", .green), ("achieved their target", .green),
        ("met or exceeded", .green),
        ("exceeded target", .green), ("exceeding target", .green), ("met their target", .green),
        ("meeting target", .green), ("above target", .green), ("target met", .green), ("met target", .green),
        ("on track", .green), ("ok", .green),
        ("other", .other), ("n a", .other), ("grey", .other), ("not reported", .other)
    ]
    /// `statusPhrases`, each split once.
    static let phrases: [(Phrase, SummaryKey)] = statusPhrases.map { (Phrase($0.0), $0.1) }

    // The phrases `key` asks about, besides the status `phrases`, each list read in its order.
    static let annualPhrases = Phrase.list(["annual", "annually"])
    static let totalPhrases = Phrase.list(["total", "number of", "no of", "all"])
    static let notStartedPhrases = Phrase.list(["not started", "not yet started", "not due", "not yet due"])
    // And "achieved", not "not achieved".
    static let completedPhrases = Phrase.list(["completed", "complete", "closed", "blue"])
    static let improvingPhrases = Phrase.list(["improving", "improved", "better", "positive trend"])
    static let worseningPhrases = Phrase.list([
        "worsening", "worsened", "declining", "declined", "worse", "deteriorated",
        "deteriorating", "negative trend"
    ])
    // And "same", not "same as".
    static let noChangePhrases = Phrase.list([
        "no change", "static", "unchanged", "maintained", "stable", "no clear trend"
    ])

    /// The first word of every phrase that can give a key: a label with none of them is no count
    /// label (bar the lone letters and subject words `key` tests whole). Most lines of a paper
    /// are asked, so they are turned away by one set lookup per word.
    static let leadWords: Set<String> = {
        let all =
            annualPhrases + totalPhrases + notStartedPhrases + completedPhrases + improvingPhrases
            + worseningPhrases + noChangePhrases + [Asked.achieved, Asked.same] + colours.map(\.0) + phrases.map(\.0)
        return Set(all.map(\.first))
    }()

    /// The key for a count label in a RAG summary table, count box or prose, or nil when the
    /// label is not a count label. SPEC rules: any mention of annual measures → `annual`;
    /// "on target or within tolerance" → `green`; "behind/below target" → `red`. A colour the
    /// label names wins over its words ("at risk (red)"); a label naming two colours ("amber or
    /// red") is no one count.
    public static func key(_ label: String) -> SummaryKey? {
        let words = TextCleanup.words(label)
        if words.isEmpty { return nil }
        let text = " " + words.joined(separator: " ") + " "
        if text == " actions " || text == " indicators " { return .total }
        guard words.contains(where: leadWords.contains) else { return letters[text] }
        let wordSet = Set(words)
        // The phrase's words stand together among the label's; a phrase whose first word the
        // label lacks is out at once.
        func has(_ phrase: Phrase) -> Bool {
            guard wordSet.contains(phrase.first) else { return false }
            return phrase.spaced.map { text.containsBytes($0) } ?? true
        }
        func hasAny(_ list: [Phrase]) -> Bool { list.contains(where: has) }
        if hasAny(annualPhrases) { return .annual }
        let named = colours.filter { has($0.0) }.map(\.1)
        if named.count > 1 { return nil }
        if hasAny(totalPhrases), named.isEmpty, !has(Asked.completed) { return .total }
        if hasAny(notStartedPhrases) { return .notStarted }
        if hasAny(completedPhrases) || has(Asked.achieved) && !has(Asked.notAchieved) {
            if !has(Asked.target) && !has(Asked.partially) && named.isEmpty { return .completed }
        }
        if let colour = named.first { return colour }
        if hasAny(improvingPhrases) { return .improving }
        if hasAny(worseningPhrases) { return .worsening }
        // "the same as last quarter" compares a count; it is no direction.
        if hasAny(noChangePhrases) || has(Asked.same) && !has(Asked.sameAs) { return .noChange }
        // Column heads of a RAG count table ("G A R").
        if let single = letters[text] { return single }
        return phrases.first { has($0.0) }?.1
    }
}

/// A phrase `key` looks for, split once rather than at every label a paper has: its first word
/// (a label without it is out at once) and, for more than one word, the phrase between spaces as
/// it stands in the label's spaced words.
struct Phrase: Sendable {
    let first: String
    let spaced: String?

    init(_ text: String) {
        let first = text.prefix { $0 != " " }
        self.first = String(first)
        spaced = first.endIndex == text.endIndex ? nil : " " + text + " "
    }

    static func list(_ texts: [String]) -> [Phrase] { texts.map(Phrase.init) }
}

/// Words `key` asks about on their own, besides the lists.
private enum Asked {
    static let achieved = Phrase("achieved")
    static let notAchieved = Phrase("not achieved")
    static let completed = Phrase("completed")
    static let target = Phrase("target")
    static let partially = Phrase("partially")
    static let same = Phrase("same")
    static let sameAs = Phrase("same as")
}

extension SummaryKey {
    /// The count under this key (nil for `total`, which lives on `Summary`).
    public func count(in counts: SummaryCounts) -> Int? {
        switch self {
        case .total: nil
        case .red: counts.red
        case .amber: counts.amber
        case .green: counts.green
        case .completed: counts.completed
        case .notStarted: counts.notStarted
        case .annual: counts.annual
        case .other: counts.other
        case .improving: counts.improving
        case .noChange: counts.noChange
        case .worsening: counts.worsening
        }
    }

    /// A label that `SummaryLabels.key` reads back as this key.
    public var label: String {
        switch self {
        case .total: "Total"
        case .red: "Red"
        case .amber: "Amber"
        case .green: "Green"
        case .completed: "Completed"
        case .notStarted: "Not started"
        case .annual: "Annual"
        case .other: "Other"
        case .improving: "Improving"
        case .noChange: "No change"
        case .worsening: "Worsening"
        }
    }
}
