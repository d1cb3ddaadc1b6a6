import Record
import SegmentStage

/// Reads an action-progress table: one action per body row; the outcome cell spans the rows of
/// its actions (or is left empty in continuation rows); a full-width row names the theme.
enum ActionTableParser {
    static func recognises(_ v: TableView) -> Bool {
        // "Actions completed | Actions outstanding" over numbers counts actions; it lists none.
        if let col = textColumn(v), holdsCounts(v, col) { return false }
        if v.hasRole(.action) {
            return v.hasRole(.status) || v.hasRole(.progress) || v.hasRole(.end) || v.hasRole(.rag)
                || v.hasRole(.commentary)
        }
        return describedActions(v)
    }

    /// "Ref | Description | Due date | Status": items with a due date and a status but no value,
    /// target or period column are actions, when their text column does not call them indicators
    /// ("Objectively Verifiable Indicator | Timescale | Progress" lists measures).
    static func describedActions(_ v: TableView) -> Bool {
        guard let name = v.columns(.name).first, v.hasRole(.end), v.hasRole(.status),
            ![.value, .target, .period, .floor, .likelihood, .impact, .overallRisk].contains(where: v.hasRole)
        else { return false }
        let header = v.columnHeaders[name].joined(separator: " ").key
        return !measureWords.contains { header.containsWord($0) }
    }

    /// True when every filled body cell of the column is a bare number: an action's text never is.
    static func holdsCounts(_ v: TableView, _ col: Int) -> Bool {
        let texts = (v.bodyStart..<v.rowCount).map { v.text($0, col) }.filter { !$0.isEmpty }
        return !texts.isEmpty
            && texts.allSatisfy { t in t.allSatisfy { $0.isNumber || $0 == "," || $0 == "." || $0 == "%" } }
    }

    /// What a text column calls measures rather than actions.
    static let measureWords = ["indicator", "measure", "kpi", "metric", "pi"]

    /// The column holding each action's text.
    static func textColumn(_ v: TableView) -> Int? {
        v.columns(.action).first ?? (describedActions(v) ? v.columns(.name).first : nil)
    }

    /// What carries over from one action table to the next when the second continues the first.
    struct Carry {
        var theme: String?
        var outcome: String?
        /// The theme named above the table (a heading), not by a row inside it.
        var headingTheme: String?
    }

    struct Result {
        var actions: [ParsedAction]
        var carry: Carry
        /// A spanning outcome cut by a page break: the earlier actions' outcome `from` is really `to`.
        var joined: (from: String, to: String)?
    }

    static func parse(_ v: TableView, theme: String?, carry: Carry?, issues: inout [Issue]) -> Result {
        guard let actionCol = textColumn(v) else { return Result(actions: [], carry: Carry(), joined: nil) }
        let outcomeCol = v.columns(.outcome).first
        let progressCol = v.columns(.progress).first ?? v.columns(.commentary).first
        let statusCol = v.columns(.status).first
        let startCol = v.columns(.start).first
        let endCol = v.columns(.end).first
        let ragCol = v.columns(.rag).first
        // A table with no heading of its own continues the one before (split by a page break):
        // it keeps the theme named above that one; a theme row inside a table stays in it.
        let headingTheme = theme ?? carry?.headingTheme
        var theme = v.preambleRows.compactMap { v.spanningText(row: $0) }.last ?? headingTheme
        var outcome: String?
        var joined: (String, String)?
        var tailOfJoined: String?
        var out: [ParsedAction] = []
        for row in v.bodyStart..<v.rowCount {
            if v.repeatsHeader(row: row) { continue }
            // A row whose one text names a numbered priority ("Priority 2 – Safe Communities") is
            // a theme row even when its cell is not merged across.
            if let only = v.onlyFilledCell(row: row), only.colSpan * 2 < v.columnCount,
                ActionTheme.isNumberedTheme(only.text)
            {
                theme = only.text.collapsed
                outcome = nil
                continue
            }
            // A row of one text across the table: a theme heading, or (longer than a caption)
            // a paragraph introducing the actions below. A merged cell is such a row even where
            // it starts in the action column.
            if let cell = v.spanningCell(row: row),
                v.text(row, actionCol).isEmpty || v.columnCount == 1 || cell.colSpan > 1
            {
                let t = cell.text.collapsed
                if t.count <= ParseTuning.maxCaptionLength {
                    theme = t
                    outcome = nil
                }
                continue
            }
            let actionCell = v.cell(row, actionCol)
            let text = v.text(row, actionCol)
            var rowOutcome = v.text(row, outcomeCol).nonBlank
            if out.isEmpty, outcome == nil, let tail = rowOutcome, let previous = carry?.outcome,
                OutcomeText.continues(previous, with: tail)
            {
                joined = (previous, previous + " " + tail)
                tailOfJoined = tail
                if theme == nil { theme = carry?.theme }
            }
            // Every row the split cell spans carries the whole outcome, not its tail.
            if let j = joined, rowOutcome != nil, rowOutcome == tailOfJoined { rowOutcome = j.1 }
            if let rowOutcome { outcome = rowOutcome }
            if text.isEmpty {
                let rest = [progressCol, statusCol, endCol].map { v.text(row, $0) }.joined()
                if !rest.isEmpty {
                    issues.append(
                        Issue(
                            severity: .warning, stage: "parse", code: "action-row-without-text",
                            message: "An action table row has progress or status but no action text.",
                            page: actionCell?.page))
                }
                continue
            }
            // First row of a table without its outcome: the outcome continues from the table before.
            if outcome == nil, outcomeCol != nil, let carry {
                outcome = carry.outcome
                if theme == nil { theme = carry.theme }
            }
            // Without a RAG column, the status cell's icon or fill is the RAG (its words are the status).
            let statusCell = v.cell(row, statusCol ?? -1)
            let statusText = statusCell.flatMap { $0.text.collapsed.nonBlank }
            let ragCell = v.cell(row, ragCol ?? -1) ?? statusCell
            let rag = ParsedRAG(
                text: ragCol == nil ? nil : ragCell.flatMap { $0.text.collapsed.nonBlank },
                colour: CellColour.of(ragCell))
            out.append(
                ParsedAction(
                    theme: theme, outcome: outcome, text: text,
                    progress: v.cell(row, progressCol ?? -1).flatMap(CellText.multiline),
                    statusText: statusText, start: v.text(row, startCol).nonBlank,
                    end: v.text(row, endCol).nonBlank, rag: rag.isEmpty ? nil : rag,
                    page: actionCell?.page ?? v.table.page
                ))
        }
        return Result(
            actions: out, carry: Carry(theme: theme, outcome: outcome, headingTheme: headingTheme), joined: joined)
    }
}

/// An outcome cell split by a page break: the earlier part stops mid-sentence and the rest
/// starts in lower case ("… open spaces, so" / "they can be enjoyed by everyone.").
enum OutcomeText {
    static func continues(_ previous: String, with tail: String) -> Bool {
        guard let last = previous.last, let first = tail.first else { return false }
        return !".!?:;".contains(last) && first.isLowercase
    }
}
