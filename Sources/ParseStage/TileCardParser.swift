import NormaliseStage
import Record
import SegmentStage

/// Dashboard tiles: one indicator per tile, its name over a big value, a "Target 95%" line and
/// an earlier figure "Aug-24: 88%". The segmenter reads a row of tiles as a table whose
/// columns are the tiles, so each column is read top to bottom; a column may hold several
/// tiles one under another.
enum TileCardParser {
    static func parse(_ v: TableView) -> [ParsedIndicator] {
        var out: [ParsedIndicator] = []
        for col in 0..<v.columnCount {
            var top = 0  // the first row of the tile being read
            for r in 0..<v.rowCount where own(v, r, col) != nil && targetText(own(v, r, col)!.text) != nil {
                let cell = own(v, r, col)!
                guard let valueRow = (top..<r).last(where: { own(v, $0, col).map { isFigure($0.text) } == true }),
                      let nameRow = (top..<valueRow).last(where: { own(v, $0, col).map { !$0.text.collapsed.isEmpty } == true })
                else { continue }
                var rows = [r]
                var previous: (period: String, value: String)?
                if let below = own(v, r + 1, col), let p = earlier(below.text) {
                    previous = p
                    rows.append(r + 1)
                }
                let nameCell = own(v, nameRow, col)!
                let name = nameCell.text.collapsed
                var observations: [ParsedObservation] = []
                if let p = previous { observations.append(ParsedObservation(periodText: p.period, value: p.value)) }
                observations.append(ParsedObservation(periodText: previous.flatMap { nextMonth(after: $0.period) },
                                                      value: own(v, valueRow, col)!.text.collapsed,
                                                      target: targetText(cell.text)))
                let box = nameCell.box.union(cell.box)
                let parts = NameCell.split([name])
                out.append(ParsedIndicator(code: parts.code, name: parts.name, polarityText: NameCell.polarityWords(in: name),
                                           cumulative: NameCell.isCumulative(name), observations: observations,
                                           page: nameCell.page,
                                           bbox: [box.x0, box.y0, box.x1, box.y1].map { ($0 * 100).rounded() / 100 }))
                top = (rows.max() ?? r) + 1
            }
        }
        return out.count >= Tuning.minTiles ? out : []
    }

    /// The cell starting in this slot (a spanning cell is read once, where it starts).
    private static func own(_ v: TableView, _ r: Int, _ c: Int) -> Cell? {
        guard let cell = v.cell(r, c), cell.row == r, cell.col == c else { return nil }
        return cell
    }

    /// "Target 95%", "Target: 20 days" → the target's text.
    static func targetText(_ text: String) -> String? {
        guard let m = text.collapsed.firstMatch(#"^(?i:target)\s*:?\s*(\S.*)$"#), isFigure(m[1]) else { return nil }
        return m[1]
    }

    /// "Aug-24: 88%": an earlier period's figure.
    static func earlier(_ text: String) -> (period: String, value: String)? {
        guard let m = text.collapsed.firstMatch(#"^([^:]{2,24}):\s*(\S.*)$"#), PeriodHeader.looksLikePeriod(m[1]),
              isFigure(m[2]) else { return nil }
        return (m[1], m[2])
    }

    /// A figure as written: it starts with a digit, a sign or a currency symbol.
    static func isFigure(_ text: String) -> Bool {
        text.collapsed.firstMatch(#"^[-–(£$€]?\s?\d"#) != nil
    }

    /// The month after a month header ("Aug-24" → "Sep 2024"): the tile's own figure follows
    /// the earlier one it is shown beside. Nil for anything but a month.
    static func nextMonth(after text: String) -> String? {
        guard let p = PeriodParser.month(text), let ym = p.month, let y = Int(ym.prefix(4)), let m = Int(ym.suffix(2))
        else { return nil }
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                     "November", "December"]
        return m == 12 ? "\(names[0]) \(y + 1)" : "\(names[m]) \(y)"
    }
}
