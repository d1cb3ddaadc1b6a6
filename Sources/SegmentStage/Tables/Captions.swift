import Foundation
import TextStage

/// A table's caption and its notes are not rows of it: a first row holding only a caption
/// ("Table 3 …", "Exhibit 9 …") and last rows holding only a note ("Source: …", "Note: …")
/// are taken off when a grid or a rule has drawn them inside the table.
enum Captions {
    static let captionWords = ["table", "exhibit", "figure", "chart"]
    static let noteWords = ["source", "sources", "note", "notes"]

    static func trim(_ t: Table) -> Table {
        let grid = t.grid
        func only(_ r: Int) -> String? {
            let filled = grid[r].filter { !$0.isEmpty }
            return filled.count == 1 ? filled[0] : nil
        }
        var first = 0
        var last = t.rowCount - 1
        while first < last, let s = only(first), startsWith(s, captionWords, needsNumber: true) { first += 1 }
        while last > first, let s = only(last), startsWith(s, noteWords, needsNumber: false) { last -= 1 }
        guard first > 0 || last < t.rowCount - 1 else { return t }
        var out = t
        out.cells = t.cells.filter { $0.row >= first && $0.row + $0.rowSpan - 1 <= last }.map { c in
            var c = c
            c.row -= first
            return c
        }
        out.rowCount = last - first + 1
        out.headerRowCount = max(0, min(out.rowCount, t.headerRowCount - first))
        if let b = out.cells.map(\.box).reduce(nil, { (acc: Box?, b) in acc.map { $0.union(b) } ?? b }),
            t.pages.count == 1
        {
            out.bbox = Box(x0: t.bbox.x0, y0: max(t.bbox.y0, b.y0), x1: t.bbox.x1, y1: min(t.bbox.y1, b.y1))
        }
        return out
    }

    /// "Table 3 …", "Exhibit B.4 …" (a caption word then a number); "Source: …", "Notes …".
    static func startsWith(_ s: String, _ words: [String], needsNumber: Bool) -> Bool {
        let parts = s.split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(2).map { $0.lowercased() }
        guard let head = parts.first else { return false }
        let word = head.trimmingCharacters(in: CharacterSet(charactersIn: ":."))
        guard words.contains(word) else { return false }
        if !needsNumber { return true }
        guard parts.count > 1 else { return false }
        return parts[1].contains { $0.isNumber } || parts[1].count <= 4
    }
}
