/// Cells that stand for "no value": "N/A", "-", "–", "TBC", "Not available"…
public enum MissingValue {
    /// Lower-cased, dash-normalised forms (see `TextCleanup.key`).
    static let markers: Set<String> = [
        "", "-", "--", "---", "n/a", "na", "n.a.", "n.a", "n / a", "nil", "none", "null", "tbc", "tba", "tbd",
        "not available", "not applicable", "not yet available", "no data", "data not available",
        "awaiting data", "not reported", "not due", "not measured", "unavailable", "x", "*", "?", "..",
        "...", "nd", "n/k", "not known", "unknown", "pending", "to follow"
    ]

    /// True when the whole cell is a "no value" marker.
    public static func isMissing(_ text: String) -> Bool {
        markers.contains(TextCleanup.key(text))
    }
}
