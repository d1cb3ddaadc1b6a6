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

        for (i, table) in doc.tables.enumerated() {
            let v = TableView(table, index: i)
            // Count tables first: their labels ("All Flagship Actions") can look like other headers.
            if let s = summaryTable(v, view: plain) {
                summaries += s
                carry = nil
                continue
            }
            if ActionTableParser.recognises(v) {
                // The theme: a heading (or a numbered priority line) just above, else the section.
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
            } else if KPICardParser.recognises(v) {
                if let card = KPICardParser.parse(v) { indicators.append(card) }
            } else if KPITableParser.recognises(v) {
                indicators += KPITableParser.parse(v, issues: &issues)
            } else {
                inline.insert(i)
                if v.rowCount > 1 && v.columnCount > 2 {
                    issues.append(Issue(severity: .warning, stage: "parse", code: "unrecognised-table",
                                        message: "A \(v.rowCount)×\(v.columnCount) table was not recognised as KPIs, actions, risks, summary counts or cover metadata.",
                                        page: table.page))
                }
            }
        }

        let view = DocumentView(doc, inline: inline)
        cover.read(lines: view.lines)
        cover.read(headers: doc.blocks.filter { $0.kind == .header })
        summaries += lineSummaries(view)
        summaries += view.paragraphs.flatMap { ProseCountParser.parse($0.text, page: $0.page) }

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

    /// A summary table: label/value count pairs (one summary), or a matrix of themes × RAG counts.
    private static func summaryTable(_ v: TableView, view: DocumentView) -> [ParsedSummary]? {
        let captions = view.blocksBefore(table: v.index).map { $0.text.collapsed }
            .filter { $0.count <= Tuning.maxCaptionLength }
        // What is counted: named in a caption, else in the nearest text before the table (a
        // summary paragraph: "17 of the 38 indicators are rated as Green …").
        let captionSubject = captions.lazy.compactMap(SummaryParser.subjectOf).first
            ?? view.blocksBefore(table: v.index).lazy.compactMap { SummaryParser.subjectOf($0.text) }.first
        if let m = SummaryParser.matrix(v, subject: captionSubject, page: v.table.page)
            ?? SummaryParser.transposed(v, subject: captionSubject, page: v.table.page) { return m }
        guard SummaryParser.recognises(v) else { return nil }
        let pairs = SummaryParser.pairs(v)
        let caption = captions.first { SummaryParser.subjectOf($0) != nil } ?? captions.first
        guard let subject = pairs.lazy.compactMap({ SummaryParser.subjectOf($0.label) }).first ?? captionSubject else {
            return nil
        }
        let scope = caption.map(SummaryParser.scope) ?? "overall"
        return [SummaryParser.split(counts: pairs, subject: subject, scope: scope, page: v.table.page, origin: "table")]
    }

    /// Count boxes written as lines of running text.
    private static func lineSummaries(_ view: DocumentView) -> [ParsedSummary] {
        var out: [ParsedSummary] = []
        var byBlock: [(Int, [DocLine])] = []
        for l in view.lines {
            if byBlock.last?.0 == l.block { byBlock[byBlock.count - 1].1.append(l) } else { byBlock.append((l.block, [l])) }
        }
        var previous: String?
        for (_, lines) in byBlock {
            let pairs = SummaryParser.linePairs(lines.map(\.text))
            defer { previous = lines.map(\.text).joined(separator: " ") }
            guard !pairs.isEmpty else { continue }
            let caption = previous.flatMap { $0.count <= Tuning.maxCaptionLength ? $0 : nil }
            guard let subject = pairs.lazy.compactMap({ SummaryParser.subjectOf($0.label) }).first
                ?? caption.flatMap(SummaryParser.subjectOf) else { continue }
            out.append(SummaryParser.split(counts: pairs, subject: subject, scope: caption.map(SummaryParser.scope) ?? "overall",
                                           page: lines[0].page, origin: "lines"))
        }
        return out
    }
}
