import Record

/// Counts stated in a sentence: "out of 32 indicators, 20 are on target or within tolerance,
/// 3 are behind target and 9 are measured on annual targets".
public struct ProseCounts: Equatable, Sendable {
    public var subject: SummarySubject?
    public var total: Int?
    public var counts: SummaryCounts

    public init(subject: SummarySubject?, total: Int?, counts: SummaryCounts) {
        self.subject = subject
        self.total = total
        self.counts = counts
    }
}

public enum SummaryProse {
    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    ]
    static let indicatorWords: Set<String> = ["indicators", "indicator", "kpis", "kpi", "pis", "pi", "measures"]
    static let actionWords: Set<String> = ["actions", "action", "projects", "milestones", "commitments"]

    /// Each number (digits or a word up to "fifty") with the words after it up to the next
    /// number is one count; its label is read by `SummaryLabels.key`. A number after "out of"
    /// or "of the" is the total ("17 of the 38 indicators are rated Green" → total 38,
    /// green 17). Nil when the sentence states no count. Pass text with footnote markers
    /// removed (`Footnotes.join`).
    public static func counts(in sentence: String) -> ProseCounts? {
        let words = TextCleanup.words(sentence)
        var numbers: [(index: Int, value: Int, isTotal: Bool)] = []
        for (i, w) in words.enumerated() {
            guard let n = w.allSatisfy(\.isASCIIDigit) && w.count <= 6 ? Int(w) : numberWords[w] else { continue }
            let before = words[max(0, i - 2)..<i].joined(separator: " ")
            numbers.append((i, n, before == "out of" || before == "of the"))
        }
        var result = ProseCounts(subject: nil, total: nil, counts: SummaryCounts())
        var found = false
        let counted = numbers.filter { !$0.isTotal }
        for (k, n) in counted.enumerated() {
            let end = k + 1 < counted.count ? counted[k + 1].index : words.count
            // The label runs to the next count, skipping a total met on the way.
            let label = words[(n.index + 1)..<end].enumerated()
                .filter { offset, _ in !numbers.contains { $0.isTotal && $0.index == n.index + 1 + offset } }
                .map(\.element)
            guard let key = SummaryLabels.key(label.joined(separator: " ")) else { continue }
            if key == .total { result.total = n.value } else { key.add(n.value, to: &result.counts) }
            found = true
        }
        if let total = numbers.first(where: \.isTotal) { result.total = total.value; found = true }
        if words.contains(where: indicatorWords.contains) { result.subject = .indicators }
        else if words.contains(where: actionWords.contains) { result.subject = .actions }
        return found ? result : nil
    }
}
