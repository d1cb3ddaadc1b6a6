import NormaliseStage
import Record
import SegmentStage

/// An overview of indicators without their figures: "Customer Services KPIs | RAG rating
/// (Latest, Previous) | DoT", one row per KPI that the paper shows in full elsewhere (a card
/// with its figures). Each row adds its RAG and direction to the indicator it names; a row
/// naming none is an indicator of its own, with no observations.
enum IndicatorOverviewParser {
    struct Row {
        var name: String
        var rag: ParsedRAG?
        var directionText: String?
        var page: Int
        var bbox: [Double]
    }

    /// Rows of a table naming indicators with a RAG or direction column and no figures.
    static func parse(_ v: TableView) -> [Row]? {
        guard let nameCol = v.columns(.name).first ?? impliedNameColumn(v), v.hasRole(.rag) || v.hasRole(.direction),
            ![.value, .target, .period, .floor, .action, .risk].contains(where: v.hasRole)
        else { return nil }
        let ragCol = v.columns(.rag).first
        let directionCol = v.columns(.direction).first
        var out: [Row] = []
        for row in v.bodyStart..<v.rowCount where v.kind(row: row) == .data {
            guard let cell = v.cell(row, nameCol), cell.row == row, let name = cell.text.collapsed.nonBlank else {
                continue
            }
            let ragCell = v.cell(row, ragCol ?? -1)
            let rag = ParsedRAG(text: ragCell.flatMap { $0.text.collapsed.nonBlank }, colour: CellColour.of(ragCell))
            let directionCell = v.cell(row, directionCol ?? -1)
            let direction = v.text(row, directionCol).nonBlank ?? CellArrow.glyph(directionCell)
            guard !rag.isEmpty || direction != nil else { continue }
            let box = v.cells(inRow: row).reduce(cell.box) { $0.union($1.box) }
            out.append(
                Row(
                    name: name, rag: rag.isEmpty ? nil : rag, directionText: direction, page: cell.page,
                    bbox: box.recordBBox))
        }
        return out.isEmpty ? nil : out
    }

    /// The first column, headed by what it lists rather than a role word ("Integrated Children’s
    /// Services" over its KPIs, beside "RAG rating | DoT"), when its body cells are names: words,
    /// not figures.
    static func impliedNameColumn(_ v: TableView) -> Int? {
        guard v.columnCount > 1, v.roles[0] == nil, !v.columnHeaders[0].isEmpty else { return nil }
        let texts = (v.bodyStart..<v.rowCount).map { v.text($0, 0) }.filter { !$0.isEmpty }
        let names = texts.filter { t in
            t.split(separator: " ").count >= ParseTuning.minImpliedNameWords && t.contains { $0.isLetter }
        }
        return !texts.isEmpty && Double(names.count) >= ParseTuning.overviewNameShare * Double(texts.count) ? 0 : nil
    }

    /// Each row fills in what the indicator it names lacks. When most rows name indicators the
    /// paper shows in full, the overview repeats them, and a row naming none is worded
    /// differently from its card: a warning, not a second indicator. Otherwise the rows are the
    /// paper's indicators.
    static func merge(_ rows: [Row], into indicators: inout [ParsedIndicator], issues: inout [Issue]) {
        let keys = indicators.map { nameKey($0.name) }
        let rowKeys = rows.map { nameKey($0.name) }
        var match = rowKeys.map { key in keys.indices.first { sameName(keys[$0], key) } }
        // A row reworded more than `sameName` allows ("% of Data Protection Act (DPA) Subject
        // Access requests …" over "Subject Access requests, made under Art 15 of the …") takes
        // the indicator no other row named when it clearly shares the most words with it.
        var taken = Set(match.compactMap { $0 })
        for r in rows.indices where match[r] == nil {
            let mine = Set(rowKeys[r])
            let scored = keys.indices.filter { !taken.contains($0) }.map { k -> (Int, Double) in
                let theirs = Set(keys[k])
                let share = Double(mine.intersection(theirs).count) / Double(max(1, min(mine.count, theirs.count)))
                return (k, share)
            }.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }
            guard let best = scored.first, best.1 >= ParseTuning.overviewLooseShare,
                scored.count < 2 || scored[1].1 <= best.1 - ParseTuning.overviewLooseMargin
            else { continue }
            match[r] = best.0
            taken.insert(best.0)
        }
        let repeats = Double(match.compactMap { $0 }.count) >= ParseTuning.overviewRepeatShare * Double(rows.count)
        for (row, k) in zip(rows, match) {
            if let k {
                if indicators[k].rag == nil { indicators[k].rag = row.rag }
                if indicators[k].directionText == nil && indicators[k].directionColour == nil {
                    indicators[k].directionText = row.directionText
                }
            } else if repeats {
                issues.append(
                    Issue(
                        severity: .warning, stage: "parse", code: "overview-row-unmatched",
                        message:
                            "Overview row \"\(row.name.prefix(60))\" names no indicator shown in full; not read as "
                            + "another.",
                        page: row.page))
            } else {
                let parts = NameCell.split([row.name])
                indicators.append(
                    ParsedIndicator(
                        code: parts.code, name: parts.name, rag: row.rag,
                        directionText: row.directionText, page: row.page, bbox: row.bbox))
            }
        }
    }

    /// A name's words, with "%" read as the word it abbreviates.
    static func nameKey(_ name: String) -> [String] {
        TextCleanup.words(name.replacingOccurrences(of: "%", with: " percentage ")).filter { !nameFiller.contains($0) }
    }

    /// Words an overview and a card add or drop freely: "% of …" over "Percentage of …" or neither.
    static let nameFiller: Set<String> = ["of", "the", "a", "an", "and", "percentage", "proportion", "number"]

    /// Two names of one indicator: one's words nearly all in the other's, which is not much
    /// longer (a short form in an overview, the full name on its card).
    static func sameName(_ a: [String], _ b: [String]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        let shared = Set(a).intersection(b).count
        return Double(shared) >= ParseTuning.overviewNameShare * Double(min(Set(a).count, Set(b).count))
            && Double(shared) >= ParseTuning.overviewNameCover * Double(max(Set(a).count, Set(b).count))
    }
}
