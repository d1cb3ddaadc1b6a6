/// Markdown tables, the one way every command writes them (`extract --format markdown`,
/// `tables --format markdown`, `diff --format markdown`).
public enum MarkdownTable {
    /// A cell's text made safe inside a table row: a `|` would end the cell and a line break
    /// the row, so the first is escaped and the second becomes `<br>`, which GitHub renders.
    public static func cell(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "|": out += "\\|"
            case "\n", "\r\n", "\r": out += "<br>"
            default: out.append(c)
            }
        }
        return out
    }

    /// One row: `| a | b |` and a newline.
    public static func row(_ cells: [String]) -> String {
        "| " + cells.map(cell).joined(separator: " | ") + " |\n"
    }

    /// The line under the header row, for `columns` columns.
    public static func rule(columns: Int) -> String {
        "|" + String(repeating: " --- |", count: columns) + "\n"
    }
}
