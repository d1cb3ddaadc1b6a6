import NormaliseStage
import Record
import SegmentStage
import TextStage

/// Dashboard tiles: one indicator per tile, its name over a big value, a "Target 95%" line and
/// an earlier figure "Aug-24: 88%". The segmenter reads a row of tiles as a table whose
/// columns are the tiles, so each column is read top to bottom; a column may hold several
/// tiles one under another.
enum TileCardParser {
    static func parse(_ v: TableView, marks: [Mark] = []) -> [ParsedIndicator] {
        var out: [ParsedIndicator] = []
        var boxes: [Box] = []
        for col in 0..<v.columnCount {
            var top = 0  // the first row of the tile being read
            for r in 0..<v.rowCount where own(v, r, col) != nil && targetText(own(v, r, col)!.text) != nil {
                let cell = own(v, r, col)!
                guard let valueRow = (top..<r).last(where: { own(v, $0, col).map { isFigure($0.text) } == true }),
                    let nameRow = (top..<valueRow).last(where: {
                        own(v, $0, col).map { !$0.text.collapsed.isEmpty } == true
                    })
                else { continue }
                var last = r
                var previous: (period: String, value: String)?
                if let below = own(v, r + 1, col), let p = earlier(below.text) {
                    previous = p
                    last = r + 1
                }
                let nameCell = own(v, nameRow, col)!
                let name = nameCell.text.collapsed
                var observations: [ParsedObservation] = []
                if let p = previous { observations.append(ParsedObservation(periodText: p.period, value: p.value)) }
                observations.append(
                    ParsedObservation(
                        periodText: previous.flatMap { nextMonth(after: $0.period) },
                        value: own(v, valueRow, col)!.text.collapsed,
                        target: targetText(cell.text)))
                // The tile's figures only: a name cell may reach up into a heading above it.
                let box = (valueRow...last).compactMap { own(v, $0, col)?.box }.reduce(nameCell.box) { $0.union($1) }
                let parts = NameCell.split([name])
                out.append(
                    ParsedIndicator(
                        code: parts.code, name: parts.name, polarityText: NameCell.polarityWords(in: name),
                        cumulative: NameCell.isCumulative(name), observations: observations,
                        page: nameCell.page,
                        bbox: box.recordBBox))
                boxes.append(box)
                top = last + 1
            }
        }
        guard out.count >= ParseTuning.minTiles else { return [] }
        read(marks: marks.filter { $0.page == v.table.page }, into: &out, boxes: boxes)
        return out
    }

    /// A tile's RAG dot and trend arrow are drawn beside its text, in no cell. Along a row of
    /// tiles, marks of one kind (dots, arrows) as many as the tiles go one to each, left to right;
    /// otherwise a mark goes to the nearest tile level with it. A coloured dot is the RAG; an
    /// uncoloured arrow the direction.
    static func read(marks: [Mark], into tiles: inout [ParsedIndicator], boxes: [Box]) {
        func isArrow(_ m: Mark) -> Bool { m.arrow != nil && !m.isChromatic }
        func isDot(_ m: Mark) -> Bool { m.arrow == nil && m.isChromatic }
        func level(_ m: Mark, _ b: Box) -> Bool { b.y0 <= m.box.midY && m.box.midY <= b.y1 }
        var rows: [[Int]] = []  // tiles level with each other, left to right
        for t in boxes.indices.sorted(by: { boxes[$0].x0 < boxes[$1].x0 }) {
            if let r = rows.firstIndex(where: { boxes[$0[0]].y0 < boxes[t].y1 && boxes[t].y0 < boxes[$0[0]].y1 }) {
                rows[r].append(t)
            } else {
                rows.append([t])
            }
        }
        var owner: [Int: Int] = [:]  // mark → tile
        for kind in [isArrow, isDot] {
            let ofKind = marks.indices.filter { kind(marks[$0]) }
            for row in rows {
                let along = ofKind.filter { m in row.contains { level(marks[m], boxes[$0]) } }
                    .sorted { marks[$0].box.midX < marks[$1].box.midX }
                if along.count == row.count {
                    for (m, t) in zip(along, row) { owner[m] = t }
                    continue
                }
                for m in along {
                    func gap(_ b: Box) -> Double { max(0, b.x0 - marks[m].box.midX, marks[m].box.midX - b.x1) }
                    if let t = row.filter({ level(marks[m], boxes[$0]) }).min(by: { gap(boxes[$0]) < gap(boxes[$1]) }),
                        gap(boxes[t]) <= marks[m].box.width * ParseTuning.markReach
                    {
                        owner[m] = t
                    }
                }
            }
        }
        for (m, t) in owner.sorted(by: { $0.key < $1.key }) {
            if isArrow(marks[m]) {
                if tiles[t].directionText == nil { tiles[t].directionText = CellArrow.glyph(marks[m].arrow) }
            } else if tiles[t].rag == nil, let c = marks[m].color {
                tiles[t].rag = ParsedRAG(colour: c.description)
            }
        }
    }

    /// The cell starting in this slot (a spanning cell is read once, where it starts).
    private static func own(_ v: TableView, _ r: Int, _ c: Int) -> Cell? {
        guard let cell = v.cell(r, c), cell.row == r, cell.col == c else { return nil }
        return cell
    }

    /// "Target 95%", "Target: 20 days" → the target's text.
    static func targetText(_ text: String) -> String? {
        // Only text that starts with the word can match: the rest is turned away without the expression.
        guard startsWithTarget(text),
            let m = text.collapsed.firstMatch(#"^(?i:target)\s*:?\s*(\S.*)$"#), isFigure(m[1])
        else { return nil }
        return m[1]
    }

    /// "Aug-24: 88%": an earlier period's figure.
    static func earlier(_ text: String) -> (period: String, value: String)? {
        guard text.utf8.contains(UInt8(ascii: ":")),
            let m = text.collapsed.firstMatch(#"^([^:]{2,24}):\s*(\S.*)$"#), PeriodParser.namesPeriod(m[1]),
            isFigure(m[2])
        else { return nil }
        return (m[1], m[2])
    }

    /// A figure as written: it starts with a digit, a sign or a currency symbol.
    static func isFigure(_ text: String) -> Bool {
        // A text that starts with an ASCII letter is none (most cells), without the expression.
        if let first = text.utf8.first(where: { !$0.isASCIIWhitespace }), first.isASCIILetter {
            return false
        }
        return text.collapsed.firstMatch(#"^[-–(£$€]?\s?\d"#) != nil
    }

    /// Whether the text's first word (after white space) begins with "target" in any case: what
    /// the target expression needs. The word's letters have no case-equivalents outside ASCII.
    private static func startsWithTarget(_ text: String) -> Bool {
        let bytes = text.utf8.drop(while: \.isASCIIWhitespace)
        guard bytes.first.map({ $0 >= 0x80 }) != true else { return true }  // the expression decides
        return bytes.prefix(6).map(\.asciiLowercased).elementsEqual("target".utf8)
    }

    /// The month after a month header ("Aug-24" → "Sep 2024"): the tile's own figure follows
    /// the earlier one it is shown beside. Nil for anything but a month.
    static func nextMonth(after text: String) -> String? {
        guard let p = PeriodParser.month(text), let ym = p.month, let y = Int(ym.prefix(4)), let m = Int(ym.suffix(2))
        else { return nil }
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"
        ]
        return m == 12 ? "\(names[0]) \(y + 1)" : "\(names[m]) \(y)"
    }
}
