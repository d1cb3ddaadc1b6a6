import Record
import SegmentStage

/// Reads a risk table: description, likelihood, impact, overall score, RAG and mitigation.
enum RiskTableParser {
    /// A risk column with scores or mitigations; or likelihood and impact both scored beside a
    /// plain "Description" or "Title" column ("Ref | Description | Likelihood | Impact | Score").
    static func recognises(_ v: TableView) -> Bool {
        if v.hasRole(.risk) {
            return v.hasRole(.likelihood) || v.hasRole(.impact) || v.hasRole(.mitigation) || v.hasRole(.overallRisk)
        }
        return v.hasRole(.likelihood) && v.hasRole(.impact) && v.hasRole(.name)
    }

    static func parse(_ v: TableView) -> [ParsedRisk] {
        let cols = RiskColumns(v)
        guard let descriptionCol = cols.description else { return [] }
        var out: [ParsedRisk] = []
        for row in cols.bodyStart..<v.rowCount where !v.repeatsHeader(row: row) && !isSectionRow(v, row) {
            guard let d = v.cell(row, descriptionCol), d.row == row, let text = CellText.multiline(d) else { continue }
            // A rating column's word or fill; else the fill of the score cell itself.
            let ragCell = v.cell(row, cols.rag ?? cols.overall ?? -1)
            let rag = ParsedRAG(
                text: cols.rag == nil ? nil : ragCell.flatMap { $0.text.collapsed.nonBlank },
                colour: CellColour.of(ragCell))
            out.append(
                ParsedRisk(
                    description: text, likelihood: v.text(row, cols.likelihood).nonBlank,
                    impact: v.text(row, cols.impact).nonBlank,
                    overall: v.text(row, cols.overall).nonBlank, rag: rag.isEmpty ? nil : rag,
                    mitigation: v.cell(row, v.columns(.mitigation).first ?? -1).flatMap(CellText.multiline),
                    page: d.page
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
