import Foundation
import SegmentStage
import TextStage

/// A table as text a person can check against the page image, with no coordinates (so it does
/// not change when boxes move by a fraction of a point):
///
///     ## Table 2: pages 3–5, ruled, 24 rows × 7 cols, 1 header row
///     spans: r1c0 7×1, r8c0 9×1
///     p3 r0  H | Outcome {fill #d9d9d9} | Action {fill #d9d9d9} | …
///     p3 r1    | Caring… | Deliver … {icon #ff0000} | …
///     p3 r2    | ^ | …
///
/// One line per grid row: the page the row is drawn on, its index, "H" for header rows, then
/// its cells separated by " | ". A merged cell is written once, in its top-left slot; the
/// other slots it covers show "^" (covered from above) or "<" (from the left). Lines inside a
/// cell are joined with " ⏎ ". Braces hold the cell's fill colour (as drawn, hex), its images
/// and other vector shapes in it. An image's colour is named, not written in hex: it is the
/// mean of rendered pixels inside the image's box, so it moves by a unit when the box moves
/// (#0c9d4d, #0c9d4e, #0b9d4d for one green icon); the name's boundaries lie far from it.
enum TableRendering {
    static func render(file: String, tables: [Table]) -> String {
        var out = "# \(file): \(tables.count) table\(tables.count == 1 ? "" : "s")\n"
        for (i, t) in tables.enumerated() {
            out += "\n" + render(t, number: i + 1)
        }
        return out
    }

    static func render(_ t: Table, number: Int) -> String {
        let pages = t.pages.count > 1 ? "pages \(t.pages.first!)–\(t.pages.last!)" : "page \(t.page)"
        let headers = "\(t.headerRowCount) header row\(t.headerRowCount == 1 ? "" : "s")"
        var out =
            "## Table \(number): \(pages), \(t.method.rawValue), \(t.rowCount) rows × \(t.columnCount) cols, \(headers)\n"
        if let section = t.section { out += "section: \(section)\n" }
        let cells = t.cells.sorted { ($0.row, $0.col) < ($1.row, $1.col) }
        let spans = cells.filter { $0.rowSpan > 1 || $0.colSpan > 1 }
        out +=
            "spans: "
            + (spans.isEmpty
                ? "none" : spans.map { "r\($0.row)c\($0.col) \($0.rowSpan)×\($0.colSpan)" }.joined(separator: ", "))
            + "\n"
        let width = String(max(t.rowCount - 1, 0)).count
        for r in 0..<t.rowCount {
            let rowCells = (0..<t.columnCount).map { c -> String in
                guard let cell = t.cell(row: r, col: c) else { return "∅" }
                if cell.row == r && cell.col == c { return describe(cell) }
                return cell.row < r ? "^" : "<"
            }
            let page = cells.first { $0.row == r }?.page ?? t.cell(row: r, col: 0)?.page ?? t.page
            let index = String(repeating: " ", count: width - String(r).count) + String(r)
            let header = r < t.headerRowCount ? "H" : " "
            out += "p\(page) r\(index) \(header) | " + rowCells.joined(separator: " | ") + "\n"
        }
        return out
    }

    /// The cell's text lines, then its colours in braces.
    static func describe(_ cell: Cell) -> String {
        var s = (cell.lines.isEmpty ? cell.text : cell.lines.joined(separator: " ⏎ "))
            .replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ⏎ ")
        var marks: [String] = []
        if let fill = cell.fill { marks.append("fill \(fill)") }
        for image in cell.images {
            marks.append(image.color.map { "icon \(name($0))" } ?? "image")
        }
        for shape in cell.shapes {
            marks.append("shape \(shape.color)")
        }
        if !marks.isEmpty { s += (s.isEmpty ? "" : " ") + "{" + marks.joined(separator: ", ") + "}" }
        return s
    }

    /// red, amber, green, blue, purple by hue; black, grey, white when unsaturated.
    static func name(_ c: RGB) -> String {
        let r = Double(c.r)
        let g = Double(c.g)
        let b = Double(c.b)
        let hi = max(r, g, b)
        let lo = min(r, g, b)
        if hi < 64 { return "black" }
        if (hi - lo) / hi < 0.25 { return hi > 200 ? "white" : "grey" }
        var hue: Double
        if hi == r {
            hue = 60 * (g - b) / (hi - lo)
        } else if hi == g {
            hue = 60 * (2 + (b - r) / (hi - lo))
        } else {
            hue = 60 * (4 + (r - g) / (hi - lo))
        }
        if hue < 0 { hue += 360 }
        switch hue {
        case 15..<70: return "amber"
        case 70..<170: return "green"
        case 170..<260: return "blue"
        case 260..<330: return "purple"
        default: return "red"
        }
    }
}
