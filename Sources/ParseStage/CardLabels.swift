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
        (.unit, ["unit", "units", "unit of measure"]),
    ]

    /// Every label of every field, longest first (so "rag status" is tried before "rag").
    static let ordered: [(label: String, field: CardField)] = labels
        .flatMap { f, ls in ls.map { (label: $0, field: f) } }
        .sorted { $0.label.count > $1.label.count }

    /// Words of a reporting line that make a measure cumulative.
    static let cumulativeWords = ["cumulative", "year to date", "ytd"]
}
