import Record
import SegmentStage

/// What the table readers build while the parse stage walks a paper's tables in order.
struct ParseState {
    let doc: SegmentedDocument
    /// The running text with no table inlined: captions, headings and notes around a table.
    let plain: DocumentView
    var issues: [Issue] = []
    var indicators: [ParsedIndicator] = []
    var actions: [ParsedAction] = []
    var risks: [ParsedRisk] = []
    var summaries: [ParsedSummary] = []
    var cover = CoverParser()
    /// Tables that are no data tables, read as running text in their place.
    var inline = Set<Int>()
    var coverTables = Set<Int>()
    /// What an action table leaves for the next table, should it continue it overleaf; what the
    /// table before left is in `carriedIn`.
    var carry: ActionTableParser.Carry?
    var carriedIn: ActionTableParser.Carry?
    var overview: [IndicatorOverviewParser.Row] = []

    init(doc: SegmentedDocument) {
        self.doc = doc
        plain = DocumentView(doc, inline: [])
    }
}

/// A reader of one kind of table: it reads the table into the state and returns true, or
/// returns false, changing nothing, when the table is not of its kind.
protocol TableReader {
    static func read(_ v: TableView, into state: inout ParseState) -> Bool
}

enum TableReaders {
    /// Tried in this order; the first that recognises a table reads it. Count tables come first:
    /// their labels ("All Flagship Actions") can look like other headers; the overview of RAG
    /// ratings last, as it asks least of a table.
    static var ordered: [any TableReader.Type] {
        [
            SummaryReader.self, ActionTableParser.self, RiskTableParser.self, CoverTableReader.self,
            LabelledCardParser.self, TileCardParser.self, KPICardParser.self, KPITableParser.self,
            IndicatorOverviewParser.self
        ]
    }
}

extension SummaryReader: TableReader {
    static func read(_ v: TableView, into state: inout ParseState) -> Bool {
        guard let s = table(v, view: state.plain) else { return false }
        state.summaries += s
        return true
    }
}

extension ActionTableParser: TableReader {
    static func read(_ v: TableView, into state: inout ParseState) -> Bool {
        guard recognises(v) else { return false }
        // The theme: a heading (or a numbered priority line) just above, else the section.
        let theme = ActionTheme.of(
            blocks: state.plain.blocksBefore(table: v.index, limit: ParseTuning.themeLookBack),
            section: v.table.section)
        let result = parse(v, theme: theme, carry: state.carriedIn, issues: &state.issues)
        if let (from, to) = result.joined {
            for k in state.actions.indices.reversed() where state.actions[k].outcome == from {
                state.actions[k].outcome = to
            }
        }
        state.actions += result.actions
        state.carry = result.carry
        return true
    }
}

extension RiskTableParser: TableReader {
    static func read(_ v: TableView, into state: inout ParseState) -> Bool {
        guard recognises(v) else { return false }
        state.risks += parse(v)
        return true
    }
}

/// A label/value table of cover metadata ("Report to | Cabinet").
enum CoverTableReader: TableReader {
    static func read(_ v: TableView, into state: inout ParseState) -> Bool {
        // The text block right above the table on its page, which its first row may go on.
        let above = state.plain.blocksBefore(table: v.index, limit: 1).first.flatMap {
            $0.page == v.table.page ? $0.text : nil
        }
        guard state.cover.read(table: v, lead: above) else { return false }
        state.inline.insert(v.index)  // its purpose text may state the period
        state.coverTables.insert(v.index)
        return true
    }
}

extension LabelledCardParser: TableReader {
    static func read(_ v: TableView, into state: inout ParseState) -> Bool {
        guard let card = parse(v, view: state.plain) else { return false }
        state.indicators.append(card)
        return true
    }
}

extension TileCardParser: TableReader {
    static func read(_ v: TableView, into state: inout ParseState) -> Bool {
        let tiles = parse(v, marks: state.doc.marks)
        state.indicators += tiles
        return !tiles.isEmpty
    }
}

extension KPICardParser: TableReader {
    static func read(_ v: TableView, into state: inout ParseState) -> Bool {
        guard recognises(v) else { return false }
        let notes = state.plain.blocksAfter(table: v.index).map(\.text)
        if let card = parse(v, marks: state.doc.marks, notes: notes) { state.indicators.append(card) }
        return true
    }
}

extension KPITableParser: TableReader {
    static func read(_ v: TableView, into state: inout ParseState) -> Bool {
        guard recognises(v) else { return false }
        state.indicators += parse(v, issues: &state.issues)
        return true
    }
}

extension IndicatorOverviewParser: TableReader {
    static func read(_ v: TableView, into state: inout ParseState) -> Bool {
        guard let rows = parse(v) else { return false }
        state.overview += rows
        return true
    }
}
