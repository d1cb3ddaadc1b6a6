import Record
import SegmentStage

/// The parse stage: recognises what each table and section of the paper is — KPI tables,
/// action-progress tables, RAG count summaries, risk tables, cover metadata, the reporting
/// period and the council — and keeps their values as written.
public enum Parser {
    public static func parse(_ doc: SegmentedDocument) -> ParsedReport {
        var issues: [Issue] = []
        var indicators: [ParsedIndicator] = []
        var actions: [ParsedAction] = []
        var risks: [ParsedRisk] = []
        var summaries: [ParsedSummary] = []
        var cover = CoverParser()
        var inline = Set<Int>()  // tables that are not data tables: read as running text
        var coverTables = Set<Int>()
        let plain = DocumentView(doc, inline: [])
        var carry: ActionTableParser.Carry?
        var overview: [IndicatorOverviewParser.Row] = []

        for (i, table) in doc.tables.enumerated() {
            let v = TableView(table, index: i)
            // Count tables first: their labels ("All Flagship Actions") can look like other headers.
            if let s = SummaryReader.table(v, view: plain) {
                summaries += s
                carry = nil
                continue
            }
            if ActionTableParser.recognises(v) {
                // The theme: a heading just above, else the section the table sits in.
                let theme = ActionTheme.of(blocks: plain.blocksBefore(table: i, limit: Tuning.themeLookBack),
                                           section: table.section)
                let result = ActionTableParser.parse(v, theme: theme, carry: carry, issues: &issues)
                if let (from, to) = result.joined {
                    for k in actions.indices.reversed() where actions[k].outcome == from { actions[k].outcome = to }
                }
                actions += result.actions
                carry = result.carry
                continue
            }
            carry = nil
            if RiskTableParser.recognises(v) {
                risks += RiskTableParser.parse(v)
            } else if cover.read(table: v) {
                inline.insert(i)  // its purpose text may state the period
                coverTables.insert(i)
            } else if let card = LabelledCardParser.parse(v, doc: doc) {
                indicators.append(card)
            } else if case let tiles = TileCardParser.parse(v, marks: doc.marks), !tiles.isEmpty {
                indicators += tiles
            } else if KPICardParser.recognises(v) {
                let notes = plain.blocksAfter(table: i).map(\.text)
                if let card = KPICardParser.parse(v, marks: doc.marks, notes: notes) { indicators.append(card) }
            } else if KPITableParser.recognises(v) {
                indicators += KPITableParser.parse(v, issues: &issues)
            } else if let rows = IndicatorOverviewParser.parse(v) {
                overview += rows
            } else {
                inline.insert(i)
                if v.rowCount > 1 && v.columnCount > 2 {
                    issues.append(Issue(severity: .warning, stage: "parse", code: "unrecognised-table",
                                        message: "A \(v.rowCount)×\(v.columnCount) table was not recognised as KPIs, actions, risks, summary counts or cover metadata.",
                                        page: table.page))
                }
            }
        }

        IndicatorOverviewParser.merge(overview, into: &indicators, issues: &issues)
        let view = DocumentView(doc, inline: inline)
        cover.read(lines: view.lines)
        cover.read(headers: doc.blocks.filter { $0.kind == .header })
        summaries += SummaryReader.lines(view)
        summaries += SummaryReader.prose(view)
        summaries = SummaryReader.merged(summaries)

        let title = TitleFinder.title(doc: doc, view: view, labelled: cover.title)
        let parsedCover = cover.cover
        let kind = DocumentKinds.kind(title: title, cover: parsedCover, indicators: indicators.count,
                                      actions: actions.count, summaries: summaries.count)
        // Where councils are named: the running text (inlined tables' cells are in it already),
        // the data tables' cells, and the running headers and footers, which name the paper's
        // own council on every page ("Charnwood Borough Council – Corporate Delivery Plan").
        let texts = view.lines.map { ($0.text, $0.page) }
            + doc.tables.indices.filter { !inline.contains($0) }.flatMap { t in doc.tables[t].cells.map { ($0.text, $0.page) } }
            + doc.blocks.filter { $0.kind == .header || $0.kind == .footer }.map { ($0.text, $0.page) }
        let riskKey = risks.isEmpty ? [] : RiskKey.find(in: view.paragraphs.map(\.text))
        return ParsedReport(
            fileName: doc.fileName, pageCount: doc.metadata.pageCount, title: title, kind: kind, cover: parsedCover,
            periodTexts: PeriodTexts.find(title: title, view: view, coverTables: coverTables),
            councilMentions: CouncilMentions.find(in: texts), summaries: summaries, actions: actions,
            indicators: indicators, risks: risks,
            riskKey: riskKey.isEmpty ? nil : riskKey, issues: issues
        )
    }
}
