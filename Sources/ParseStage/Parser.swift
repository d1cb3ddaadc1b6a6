import Record
import SegmentStage

/// The parse stage: recognises what each table and section of the paper is — KPI tables,
/// action-progress tables, RAG count summaries, risk tables, cover metadata, the reporting
/// period and the council — and keeps their values as written.
public enum Parser {
    public static func parse(_ doc: SegmentedDocument) -> ParsedReport {
        var state = ParseState(doc: doc)
        for (i, table) in doc.tables.enumerated() {
            let v = TableView(table, index: i)
            state.carriedIn = state.carry
            state.carry = nil
            guard !TableReaders.ordered.contains(where: { $0.read(v, into: &state) }) else { continue }
            state.inline.insert(i)
            if v.rowCount > 1 && v.columnCount > 2 {
                state.issues.append(
                    Issue(
                        severity: .warning, stage: "parse", code: "unrecognised-table",
                        message:
                            "A \(v.rowCount)×\(v.columnCount) table was not recognised as KPIs, actions, risks, "
                            + "summary counts or cover metadata.",
                        page: table.page))
            }
        }
        IndicatorOverviewParser.merge(state.overview, into: &state.indicators, issues: &state.issues)
        let view = DocumentView(doc, inline: state.inline)
        state.actions += ActionListReader.actions(view)
        state.cover.read(lines: view.lines)
        state.cover.read(headers: doc.blocks.filter { $0.kind == .header })
        let summaries = SummaryReader.merged(state.summaries + SummaryReader.lines(view) + SummaryReader.prose(view))

        let title = TitleFinder.title(doc: doc, view: view, labelled: state.cover.title)
        let cover = state.cover.cover
        let kind = DocumentKinds.kind(
            title: title, cover: cover, indicators: state.indicators.count,
            actions: state.actions.count, summaries: summaries.count)
        // Where councils are named: the running text (inlined tables' cells are in it already),
        // the data tables' cells, and the running headers and footers, which name the paper's
        // own council on every page ("Charnwood Borough Council – Corporate Delivery Plan").
        let texts =
            view.lines.map { ($0.text, $0.page) }
            + doc.tables.indices.filter { !state.inline.contains($0) }
            .flatMap { t in doc.tables[t].cells.map { ($0.text, $0.page) } }
            + doc.blocks.filter { $0.kind == .header || $0.kind == .footer }.map { ($0.text, $0.page) }
        let riskKey = state.risks.isEmpty ? [] : RiskKey.find(in: view.paragraphs.map(\.text))
        return ParsedReport(
            fileName: doc.fileName, pageCount: doc.metadata.pageCount, title: title, kind: kind, cover: cover,
            periodTexts: PeriodTexts.find(title: title, view: view, coverTables: state.coverTables),
            councilMentions: CouncilMentions.find(in: texts), summaries: summaries, actions: state.actions,
            indicators: state.indicators, risks: state.risks,
            riskKey: riskKey.isEmpty ? nil : riskKey, issues: state.issues
        )
    }
}
