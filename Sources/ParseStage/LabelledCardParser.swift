import NormaliseStage
import Record
import SegmentStage
import TextStage

/// A KPI shown as a card of `Label: value` lines around a small grid of figures, periods across
/// and Actual / Target down:
///
///     Indicator: Average days to re-let council homes
///     Reference: HC01          Owner: Head of Housing Management
///     Good performance is: Low
///                 Q1        Q2        Q3
///     Actual      32.5 days 29.8 days 31.4 days
///     Target      28.0 days 28.0 days 28.0 days
///     RAG: Red    Direction of travel: Worsening
///     Commentary: …
///
/// The grid is the table the segmenter found; the labelled lines are the text blocks just
/// before and after it, up to the next card's name label.
enum LabelledCardParser {
    static func parse(_ v: TableView, view: DocumentView) -> ParsedIndicator? {
        guard let observations = grid(v), let at = view.tableBlocks[v.index] else { return nil }
        let fields = read(lines: cardLines(around: at, in: view.doc.blocks))
        guard let name = fields[.name]?.nonBlank else { return nil }
        let reporting = fields[.reporting]?.key ?? ""
        let box = v.table.bbox
        let rag = fields[.rag].map { ParsedRAG(text: $0) }
        return ParsedIndicator(
            code: fields[.code]?.nonBlank, name: name, owner: fields[.owner]?.nonBlank,
            unitText: fields[.unit]?.nonBlank,
            polarityText: fields[.polarity]?.nonBlank,
            cumulative: CardField.cumulativeWords.contains { reporting.containsWord($0) }
                || NameCell.isCumulative(name),
            observations: observations, rag: rag, directionText: fields[.direction]?.nonBlank,
            commentary: fields[.commentary]?.nonBlank, page: v.table.page,
            bbox: box.recordBBox
        )
    }

    /// The observations of a grid with periods across its first row and rows labelled by role
    /// ("Actual", "Target", "Floor") down its first column; nil when the table is not one.
    static func grid(_ v: TableView) -> [ParsedObservation]? {
        guard v.rowCount >= 2, v.columnCount >= 2 else { return nil }
        let periods = (1..<v.columnCount).map { v.text(0, $0) }
        guard periods.allSatisfy({ $0.isEmpty || PeriodParser.namesPeriod($0) }),
            periods.contains(where: { !$0.isEmpty }),
            ColumnRole.of(header: v.text(0, 0)) == nil || v.text(0, 0).isEmpty
        else { return nil }
        var rows: [ColumnRole: Int] = [:]
        for r in 1..<v.rowCount {
            guard let role = ColumnRole.of(header: v.text(r, 0)), [.value, .target, .floor].contains(role) else {
                return nil
            }
            if rows[role] == nil { rows[role] = r }
        }
        guard let valueRow = rows[.value] else { return nil }
        return (1..<v.columnCount).compactMap { c in
            guard let period = periods[c - 1].nonBlank else { return nil }
            return ParsedObservation(
                periodText: period, value: v.text(valueRow, c).nonBlank,
                target: rows[.target].flatMap { v.text($0, c).nonBlank },
                floor: rows[.floor].flatMap { v.text($0, c).nonBlank })
        }
    }

    /// The text lines of the card around the table block at `at`: back to its name label,
    /// forward to the next card's name label, a heading without a label, or another table.
    static func cardLines(around at: Int, in blocks: [Block]) -> [String] {
        func lines(_ b: Block) -> [String] {
            b.lines.isEmpty ? b.text.split(separator: "\n").map(String.init) : b.lines.map(DocumentView.lineText)
        }
        func skipped(_ b: Block) -> Bool { [.header, .footer, .pageNumber].contains(b.kind) }
        var before: [[String]] = []
        var i = at - 1
        while i >= 0, before.count < ParseTuning.maxCardBlocks {
            let b = blocks[i]
            i -= 1
            if skipped(b) { continue }
            let ls = lines(b)
            guard DocumentView.isText(b.kind), let first = ls.first, !segments(first).isEmpty else { break }
            before.insert(ls, at: 0)
            if ls.contains(where: { segments($0).contains { $0.field == .name } }) { break }
        }
        var after: [[String]] = []
        var j = at + 1
        while j < blocks.count, after.count < ParseTuning.maxCardBlocks {
            let b = blocks[j]
            j += 1
            if skipped(b) { continue }
            let ls = lines(b)
            guard DocumentView.isText(b.kind), let first = ls.first else { break }
            let segs = segments(first)
            if segs.isEmpty || segs.contains(where: { $0.field == .name }) { break }
            after.append(ls)
        }
        return (before + after).flatMap { $0 }
    }

    /// Lines → fields: each label starts a field; an unlabelled line continues the last one.
    static func read(lines: [String]) -> [CardField: String] {
        var out: [CardField: String] = [:]
        var current: CardField?
        for line in lines {
            let segs = segments(line)
            if segs.isEmpty {
                if let f = current { out[f] = ((out[f] ?? "") + " " + line).collapsed }
                continue
            }
            for s in segs where out[s.field] == nil || current == s.field {
                out[s.field] = s.value
                current = s.field
            }
        }
        return out
    }

    /// A line's `Label: value` parts ("RAG: Red Direction of travel: Worsening" gives two). A
    /// label counts at the line's start or after a space; once commentary starts, the rest of
    /// the line is its text.
    static func segments(_ line: String) -> [(field: CardField, value: String)] {
        let text = Array(line.collapsed)
        let lower = Array(line.collapsed.lowercased())
        var starts: [(at: Int, valueAt: Int, field: CardField)] = []
        var i = 0
        while i < lower.count {
            if i == 0 || lower[i - 1] == " ", let (label, field) = label(at: i, in: lower) {
                var k = i + label.count
                while k < lower.count, lower[k] == " " { k += 1 }
                if k < lower.count, lower[k] == ":" {
                    starts.append((i, k + 1, field))
                    if field == .commentary { break }
                    i = k + 1
                    continue
                }
            }
            if starts.isEmpty { return [] }  // a card line starts with its label
            i += 1
        }
        return starts.enumerated().map { n, s in
            let end = n + 1 < starts.count ? starts[n + 1].at : text.count
            return (s.field, String(text[s.valueAt..<end]).collapsed)
        }
    }

    private static func label(at i: Int, in lower: [Character]) -> (String, CardField)? {
        // Against each label's characters, worked out once, in place: copying both sides for
        // every label at every word was a third of a card paper's extraction.
        for (label, l, field) in CardField.orderedCharacters {
            guard i + l.count <= lower.count, lower[i..<(i + l.count)].elementsEqual(l) else { continue }
            let next = i + l.count < lower.count ? lower[i + l.count] : " "
            if !next.isLetter { return (label, field) }
        }
        return nil
    }
}
