import Record
import SegmentStage

/// One KPI shown as a small card rather than a table row: a title row ("Freedom of
/// Information … RED") over "Latest: 84%" | "Target: 92%, Floor 90%" | "Previous: 77% (Red)".
/// "Latest" is the report period's figure, "Previous" the period before it.
enum KPICardParser {
    static func recognises(_ v: TableView) -> Bool {
        let texts = v.table.cells.map(\.text.collapsed)
        return texts.contains { $0.key.hasPrefix("latest:") } && texts.contains { $0.key.hasPrefix("target:") }
    }

    static func parse(_ v: TableView, marks: [Mark] = []) -> ParsedIndicator? {
        let cells = v.table.cells.sorted { ($0.row, $0.col) < ($1.row, $1.col) }
        let texts = cells.map(\.text.collapsed)
        guard let title = texts.first(where: { !$0.isEmpty && !$0.contains(":") }) else { return nil }
        func after(_ label: String) -> String? {
            texts.first { $0.key.hasPrefix(label) }.map { String($0.dropFirst(label.count)).collapsed }
        }
        let latest = after("latest:")
        var target = after("target:")
        var floor: String?
        if let t = target, let m = t.firstMatch(#"^(.*?),?\s*floor:?\s*(.+)$"#) {
            target = m[1].collapsed.nonBlank
            floor = m[2].collapsed.nonBlank
        }
        let ragWord = texts.last { ["red", "amber", "green"].contains($0.key) }
        let ragCell = cells.first { ["red", "amber", "green"].contains($0.text.key) }
        let parts = NameCell.split([title])
        let box = v.table.bbox
        var observations = [ParsedObservation(periodText: nil, value: latest, target: target, floor: floor)]
        // "Previous: 89% (Amber)": the figure of the period before the report's own, its RAG
        // word in brackets not part of it.
        if let previous = after("previous:"), let figure = previous.firstMatch(#"^([^(]*?)\s*(?:\([^)]*\))?$"#)?[1].nonBlank {
            observations.insert(ParsedObservation(periodText: "Previous", value: figure), at: 0)
        }
        // The direction arrow drawn in the card (beside its RAG word, white on a red cell
        // too, which is no cell shape but still a mark on the page).
        let drawn = marks.filter { m in
            m.page == v.table.page && m.arrow != nil && !(m.color.map(CellColour.isChromatic) ?? false)
                && cells.contains { $0.box.contains(x: m.box.midX, y: m.box.midY) }
        }
        let arrow = cells.lazy.compactMap { CellColour.of($0) == nil || $0 == ragCell ? CellArrow.glyph($0) : nil }.first
            ?? drawn.first.flatMap { CellArrow.glyph($0.arrow) }
        return ParsedIndicator(
            code: parts.code, name: parts.name, observations: observations,
            rag: ragWord.map { ParsedRAG(text: $0, colour: CellColour.of(ragCell)) }, directionText: arrow, page: v.table.page,
            bbox: [box.x0, box.y0, box.x1, box.y1].map { ($0 * 100).rounded() / 100 }
        )
    }
}
