import Record
import SegmentStage

/// Reads a risk table: description, likelihood, impact, overall score, RAG and mitigation.
enum RiskTableParser {
    static func recognises(_ v: TableView) -> Bool {
        v.hasRole(.risk) && (v.hasRole(.likelihood) || v.hasRole(.impact) || v.hasRole(.mitigation)
            || v.hasRole(.overallRisk))
    }

    static func parse(_ v: TableView) -> [ParsedRisk] {
        let ragCol = v.columns(.rag).first ?? v.columns(.status).first
        var out: [ParsedRisk] = []
        for row in v.bodyStart..<v.rowCount where !v.repeatsHeader(row: row) && !isSectionRow(v, row) {
            guard let d = v.cell(row, v.columns(.risk).first!), d.row == row, let text = CellText.multiline(d) else { continue }
            let ragCell = v.cell(row, ragCol ?? -1)
            let rag = ParsedRAG(text: ragCell.flatMap { $0.text.collapsed.nonBlank }, colour: CellColour.of(ragCell))
            out.append(ParsedRisk(
                description: text, likelihood: v.text(row, v.columns(.likelihood).first).nonBlank,
                impact: v.text(row, v.columns(.impact).first).nonBlank,
                overall: v.text(row, v.columns(.overallRisk).first).nonBlank, rag: rag.isEmpty ? nil : rag,
                mitigation: v.cell(row, v.columns(.mitigation).first ?? -1).flatMap(CellText.multiline), page: d.page
            ))
        }
        return out
    }

    /// A row whose one text is a merged cell across several columns: a section label
    /// ("Significant Risks (over £10m)"), not a risk.
    static func isSectionRow(_ v: TableView, _ row: Int) -> Bool {
        (v.onlyFilledCell(row: row)?.colSpan ?? 1) > 1
    }
}
