/// The labels of a KPI card written as `Label: value` lines ("Indicator: …", "Reference: …",
/// "Good performance is: High", "RAG: Amber", "Direction of travel: Improving"). Vocabulary
/// only: `LabelledCardParser` reads the lines.
enum CardField: Sendable, CaseIterable {
    case name, code, owner, polarity, reporting, rag, direction, commentary, unit

    /// Labels as lower-cased words, each field's longest first.
    static let labels: [(CardField, [String])] = [
        (.name, ["performance indicator", "key performance indicator", "indicator", "measure", "kpi", "pi"]),
        (.code, ["reference", "ref", "code", "pi code", "kpi ref", "indicator ref", "measure ref", "id"]),
        (.owner, ["responsible officer", "accountable officer", "lead officer", "indicator owner", "owner", "lead"]),
        (.polarity, ["good performance is", "good performance", "polarity", "good is", "aim", "higher or lower"]),
        (.reporting, ["reporting frequency", "reporting", "frequency", "measure type", "type"]),
        (.rag, ["rag status", "rag rating", "rag", "status", "rating"]),
        (.direction, ["direction of travel", "direction", "dot", "trend"]),
        (.commentary, ["commentary", "comments", "comment", "narrative", "update", "explanation"]),
        (.unit, ["unit", "units", "unit of measure"])
    ]

    /// Every label of every field, longest first (so "rag status" is tried before "rag").
    static let ordered: [(label: String, field: CardField)] =
        labels
        .flatMap { f, ls in ls.map { (label: $0, field: f) } }
        .sorted { $0.label.count > $1.label.count }

    /// `ordered` with each label's characters.
    static let orderedCharacters: [(label: String, characters: [Character], field: CardField)] =
        ordered.map { ($0.label, Array($0.label), $0.field) }

    /// Words of a reporting line that make a measure cumulative.
    static let cumulativeWords = ["cumulative", "year to date", "ytd"]
}

/// The labels of a card's figures written in its cells: "Latest: 97%", "Target: 97%, Floor:
/// 90%", "Previous: 97% (Green)" (a colon may be missing). Alternatives any of which may stand.
enum CardFigureLabels {
    static let latest = ["latest", "current", "actual"]
    static let target = ["target"]
    static let floor = ["floor", "floor standard", "minimum"]
    static let previous = ["previous", "last quarter", "previous quarter"]

    /// "(?i:latest|current|actual)": a regular-expression alternation of the labels.
    static func pattern(_ labels: [String]) -> String {
        "(?i:" + labels.sorted { $0.count > $1.count }.joined(separator: "|") + ")"
    }
}
