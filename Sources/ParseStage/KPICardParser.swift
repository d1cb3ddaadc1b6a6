import Record
import SegmentStage

/// One KPI shown as a small card rather than a table row: a title row ("Freedom of
/// Information … RED") over "Latest: 84%" | "Target: 92%, Floor 90%" | "Previous: 77% (Red)".
/// "Latest" is the report period's figure, "Previous" the period before it.
enum KPICardParser {
    /// Period texts for the report's quarter and the ones before it (the normalise stage reads
    /// them against the report period).
    static let quartersBack: [String?] = [nil, "Previous", "Two quarters ago", "Three quarters ago"]

    /// How many quarters behind the report a note under a card says its figures are.
    static func arrears(_ note: String) -> Int? {
        let k = note.key
        if let m = k.firstMatch(#"\b(one|a|1|two|2)\s+quarters?\s+in\s+arrears\b"#) {
            return ["two", "2"].contains(m[1]) ? 2 : 1
        }
        if k.firstMatch(#"\bno data (?:is |are )?(?:yet )?(?:available )?for\b"#) != nil { return 1 }
        return nil
    }

    static func recognises(_ v: TableView) -> Bool {
        // Only a cell with a colon can hold "Label:": the expression is tried on those alone.
        let texts = v.table.cells.filter { $0.text.utf8.contains(UInt8(ascii: ":")) }.map(\.text.collapsed)
        return texts.contains { $0.firstMatch(latestLabel) != nil }
            && texts.contains { $0.firstMatch(targetLabel) != nil }
    }

    /// "Latest:", "Target:" at the start of a cell (built once, not for every cell).
    static let latestLabel = "^" + CardFigureLabels.pattern(CardFigureLabels.latest) + "\\s*:"
    static let targetLabel = "^" + CardFigureLabels.pattern(CardFigureLabels.target) + "\\s*:"

    static func parse(_ v: TableView, marks: [Mark] = [], notes: [String] = []) -> ParsedIndicator? {
        let cells = v.table.cells.sorted { ($0.row, $0.col) < ($1.row, $1.col) }
        let texts = cells.map(\.text.collapsed)
        guard let title = texts.first(where: { !$0.isEmpty && !$0.contains(":") }) else { return nil }
        func after(_ labels: [String]) -> String? {
            let pattern = "^" + CardFigureLabels.pattern(labels) + "(?:\\s*:\\s*|\\s+)(.+)$"
            return texts.lazy.compactMap { $0.firstMatch(pattern)?[1].collapsed }.first
        }
        let latest = after(CardFigureLabels.latest)
        var target = after(CardFigureLabels.target)
        var floor: String?
        if let t = target,
            let m = t.firstMatch("^(.*?),?\\s*" + CardFigureLabels.pattern(CardFigureLabels.floor) + ":?\\s*(.+)$")
        {
            target = m[1].collapsed.nonBlank
            floor = m[2].collapsed.nonBlank
        }
        let ragWord = texts.last { ["red", "amber", "green"].contains($0.key) }
        let ragCell = cells.first { ["red", "amber", "green"].contains($0.text.key) }
        let parts = NameCell.split([title])
        let box = v.table.bbox
        // A card reported in arrears ("one Quarter in arrears", "No data for Dec-24 available")
        // shows an earlier quarter as its latest.
        let lag = notes.lazy.compactMap(arrears).first ?? 0
        var observations = [
            ParsedObservation(periodText: quartersBack[lag], value: latest, target: target, floor: floor)
        ]
        // "Previous: 89% (Amber)": the figure of the period before, its RAG word in brackets
        // not part of it.
        if let previous = after(CardFigureLabels.previous),
            let figure = previous.firstMatch(#"^([^(]*?)\s*(?:\([^)]*\))?$"#)?[1].nonBlank
        {
            observations.insert(ParsedObservation(periodText: quartersBack[lag + 1], value: figure), at: 0)
        }
        // The direction arrow drawn in the card (beside its RAG word, white on a red cell
        // too, which is no cell shape but still a mark on the page).
        let drawn = marks.filter { m in
            m.page == v.table.page && m.arrow != nil && !m.isChromatic
                && cells.contains { $0.box.contains(x: m.box.midX, y: m.box.midY) }
        }
        let arrow =
            cells.lazy.compactMap { CellColour.of($0) == nil || $0 == ragCell ? CellArrow.glyph($0) : nil }.first
            ?? drawn.first.flatMap { CellArrow.glyph($0.arrow) }
        return ParsedIndicator(
            code: parts.code, name: parts.name, observations: observations,
            rag: ragWord.map { ParsedRAG(text: $0, colour: CellColour.of(ragCell)) }, directionText: arrow,
            page: v.table.page,
            bbox: box.recordBBox
        )
    }
}
