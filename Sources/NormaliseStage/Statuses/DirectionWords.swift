import Record

/// Direction-of-travel words and arrows → `Direction`.
public enum DirectionWords {
    /// How a table's arrows are meant.
    public enum ArrowMeaning: Sendable {
        /// ↑ means performance improved (the common "direction of travel" column).
        case performance
        /// ↑ means the value went up; improving or worsening then depends on polarity.
        case value
    }

    static let words: [String: Direction] = [
        "improving": .improving, "improved": .improving, "improvement": .improving, "better": .improving,
        "up": .improving, "increasing": .improving,
        "worsening": .worsening, "worsened": .worsening, "worse": .worsening, "declining": .worsening,
        "declined": .worsening, "deteriorating": .worsening, "deteriorated": .worsening, "decline": .worsening,
        "getting worse": .worsening, "down": .worsening, "decreasing": .worsening,
        "no change": .noChange, "static": .noChange, "same": .noChange, "unchanged": .noChange,
        "stable": .noChange, "maintained": .noChange, "no movement": .noChange, "steady": .noChange,
        "consistent": .noChange, "level": .noChange, "no change in performance": .noChange,
        "the same": .noChange, "sustained": .noChange,
        "getting better": .improving, "performance improved": .improving, "performance declined": .worsening
    ]

    enum Arrow { case up, down, level }
    static let arrows: [Character: Arrow] = [
        "↑": .up, "▲": .up, "⬆": .up, "↗": .up, "⇑": .up, "△": .up, "⇧": .up, "🡅": .up, "⏶": .up,
        "↓": .down, "▼": .down, "⬇": .down, "↘": .down, "⇓": .down, "▽": .down, "⇩": .down, "🡇": .down, "⏷": .down,
        "→": .level, "↔": .level, "►": .level, "▶": .level, "⇔": .level, "⬌": .level, "=": .level,
        "⟷": .level, "⇒": .level, "➔": .level, "➡": .level
    ]

    /// A direction from a word or an arrow; nil when neither is present. With
    /// `.value` arrows, ↑ is improving only when higher is better (and nil when the polarity
    /// is unknown: never guessed). Words ("Improving") always say the direction itself.
    public static func direction(
        _ text: String, arrows meaning: ArrowMeaning = .performance,
        polarity: Polarity = .unknown
    ) -> Direction? {
        let key = ActionStatusWords.trimmedKey(text)
        if let d = words[key] { return d }
        let marks = key.compactMap { arrows[$0] }
        guard let arrow = marks.first, marks.allSatisfy({ $0 == arrow }),
            key.allSatisfy({ arrows[$0] != nil || $0 == " " })
        else { return nil }
        switch (arrow, meaning, polarity) {
        case (.level, _, _): return .noChange
        case (.up, .performance, _): return .improving
        case (.down, .performance, _): return .worsening
        case (_, .value, .unknown): return nil
        case (.up, .value, .higherIsBetter), (.down, .value, .lowerIsBetter): return .improving
        case (.up, .value, .lowerIsBetter), (.down, .value, .higherIsBetter): return .worsening
        }
    }
}
