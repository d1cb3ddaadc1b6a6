/// What a table row is, decided once from its geometry and text (`TableView.kind(row:)`), so
/// every reader skips and uses the same rows: a header (or a header repeated after a page
/// break), a group heading (one merged cell across the table: a theme, directorate or
/// priority), a note under the row before ("Commentary: …" merged across), a total, a key or
/// legend, or data.
enum RowKind: Equatable, Sendable {
    case header, group, note, total, key, data

    /// Words that open a note row (as lower-cased words, before a colon).
    static let noteLabels = [
        "commentary", "comment", "comments", "note", "notes", "narrative", "update",
        "explanation", "reason", "remedial action", "action plan"
    ]
    /// First-cell words of a total row.
    static let totalLabels = ["total", "totals", "grand total", "overall", "all", "sub total", "subtotal"]
    /// First-cell words of a key or legend row.
    static let keyLabels = ["key", "legend", "rag key", "key to symbols", "status key"]
}

extension TableView {
    /// The kind of a row (see `RowKind`).
    func kind(row: Int) -> RowKind {
        if headerRows.contains(row) || repeatsHeader(row: row) { return .header }
        let cells = cells(inRow: row).filter { !$0.text.collapsed.isEmpty }
        guard let first = cells.first else { return .data }
        let firstKey = first.text.collapsed.key
        func opens(_ labels: [String]) -> Bool {
            labels.contains { firstKey == $0 || firstKey.hasPrefix($0 + ":") || firstKey.hasPrefix($0 + " :") }
        }
        if RowKind.keyLabels.contains(firstKey) || opens(RowKind.keyLabels) { return .key }
        if let only = spanningCell(row: row) {
            return opens(RowKind.noteLabels) || only.text.collapsed.count > ParseTuning.maxCaptionLength
                ? .note : .group
        }
        if cells.count > 1, RowKind.totalLabels.contains(firstKey) { return .total }
        return .data
    }
}
