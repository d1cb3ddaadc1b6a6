import Record

/// Polarity from a polarity column or words in an indicator's name/notes.
public enum PolarityWords {
    /// Phrases found anywhere in the text (lower-cased, dash/quote-normalised).
    static let phrases: [(String, Polarity)] = [
        ("lower is better", .lowerIsBetter), ("lower is good", .lowerIsBetter), ("low is good", .lowerIsBetter),
        ("smaller is better", .lowerIsBetter), ("less is better", .lowerIsBetter), ("low is better", .lowerIsBetter),
        ("aim to minimise", .lowerIsBetter), ("aim to minimize", .lowerIsBetter), ("aim to reduce", .lowerIsBetter),
        ("↓ is good", .lowerIsBetter), ("↓ is better", .lowerIsBetter), ("aim low", .lowerIsBetter),
        ("lower figures are better", .lowerIsBetter), ("a lower figure is better", .lowerIsBetter),
        ("higher is better", .higherIsBetter), ("higher is good", .higherIsBetter), ("high is good", .higherIsBetter),
        ("bigger is better", .higherIsBetter), ("larger is better", .higherIsBetter),
        ("more is better", .higherIsBetter),
        ("high is better", .higherIsBetter), ("aim to maximise", .higherIsBetter), ("aim to maximize", .higherIsBetter),
        ("aim to increase", .higherIsBetter), ("↑ is good", .higherIsBetter), ("↑ is better", .higherIsBetter),
        ("aim high", .higherIsBetter), ("higher figures are better", .higherIsBetter),
        ("a higher figure is better", .higherIsBetter)
    ]

    /// A polarity column's bare values.
    static let cells: [String: Polarity] = [
        "low": .lowerIsBetter, "lower": .lowerIsBetter, "smaller": .lowerIsBetter, "minimise": .lowerIsBetter,
        "minimize": .lowerIsBetter, "down": .lowerIsBetter, "↓": .lowerIsBetter, "▼": .lowerIsBetter,
        "decrease": .lowerIsBetter, "reduce": .lowerIsBetter, "lower better": .lowerIsBetter,
        "low good": .lowerIsBetter,
        "high": .higherIsBetter, "higher": .higherIsBetter, "bigger": .higherIsBetter, "larger": .higherIsBetter,
        "maximise": .higherIsBetter, "maximize": .higherIsBetter, "up": .higherIsBetter, "↑": .higherIsBetter,
        "▲": .higherIsBetter, "increase": .higherIsBetter, "higher better": .higherIsBetter,
        "high good": .higherIsBetter
    ]

    /// `.unknown` when nothing states the polarity.
    public static func polarity(_ text: String) -> Polarity {
        let key = ActionStatusWords.trimmedKey(text)
        if let p = cells[key] { return p }
        for (phrase, p) in phrases where key.contains(phrase) { return p }
        return .unknown
    }
}
