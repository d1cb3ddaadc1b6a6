import Foundation
import SegmentStage

/// The Charnwood Q3 2023-24 performance appendix seed as the segment stage would give it: the
/// summary count boxes as two-column tables under their captions, the four action tables (theme
/// row, header, one row per action, an empty outcome cell meaning "same as above", a new page
/// where a seed line starts with a space), and the KPI table with its two-level header.
///
/// The seed is a text export: a cell starts with a tab, a row ends at a blank line followed by a
/// cell, a line starting with a space starts a new page; other lines continue the current cell.
enum CharnwoodAppendix {
    struct RawCell {
        var lines: [String] = []
        var image = false
        var text: String { lines.joined(separator: "\n") }
    }

    struct RawRow {
        var cells: [RawCell] = []
        var page: Int
    }

    static func document() throws -> SegmentedDocument {
        let seed = try Seeds.text("charnwood-2023-24-q3-performance-appendix.txt")
        let lines = seed.components(separatedBy: "\n")
        let actionsAt = lines.firstIndex { $0.hasPrefix(" \tCaring for the Environment") }!
        let kpiAt = lines.firstIndex { $0.hasPrefix(" \tKey Performance Indicator") }!
        let endAt = lines.firstIndex { $0.hasPrefix(" Collection Rate %") }!
        var parts: [Build.Part] = []
        var page = 1
        parts += summaryPart(Array(lines[..<actionsAt]), page: &page)
        let actionRows = rows(Array(lines[actionsAt..<kpiAt]), page: &page)
        parts += actionTables(actionRows)
        let kpiRows = rows(Array(lines[kpiAt..<endAt]), page: &page)
        parts.append(.table(kpiTable(kpiRows)))
        return Build.document(parts, fileName: "charnwood-2023-24-q3-performance-appendix.pdf")
    }

    /// Captions as paragraphs ("Performance Overview" a heading), count boxes as label | value tables.
    private static func summaryPart(_ lines: [String], page: inout Int) -> [Build.Part] {
        var parts: [Build.Part] = []
        var pending: [[Build.C]] = []
        var cell: String?
        var tablePage = page
        func flush() {
            if !pending.isEmpty { parts.append(.table(Build.table(page: tablePage, pending))) }
            pending = []
        }
        for raw in lines {
            if raw.hasPrefix(" ") { page += 1 }
            let l = raw.trimmingCharacters(in: .whitespaces)
            if raw.hasPrefix("\t") || raw.hasPrefix(" \t") {
                if let label = cell {
                    if pending.isEmpty { tablePage = page }
                    pending.append([.t(label), .t(l)])
                    cell = nil
                } else {
                    cell = l
                }
            } else if !l.isEmpty, !l.hasPrefix("[bookmark") {
                flush()
                if l == "Performance Overview" {
                    parts.append(.heading(l, page: page))
                } else {
                    parts.append(.para(l, page: page))
                }
            }
        }
        flush()
        return parts
    }

    /// Rows of cells: a row starts at a cell after a blank line, at a page start, or at a KPI code line.
    static func rows(_ lines: [String], page: inout Int) -> [RawRow] {
        var rows: [RawRow] = []
        var blank = true
        var inImageAlt = false
        for raw in lines {
            let pageStart = raw.hasPrefix(" ")
            // The export does not mark pages: a new page every few rows is near enough for tests.
            if pageStart, rows.count % rowsPerPage == rowsPerPage - 1 { page += 1 }
            let isCell = raw.hasPrefix("\t") || raw.hasPrefix(" \t")
            let text = raw.trimmingCharacters(in: .whitespaces)
            let codeRow = pageStart && !isCell && text.range(of: #"^[A-Z]{2}\d"#, options: .regularExpression) != nil
            if raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && !isCell {
                blank = true
                continue
            }
            if isCell || codeRow {
                if blank || pageStart || rows.isEmpty { rows.append(RawRow(page: page)) }
                rows[rows.count - 1].cells.append(RawCell())
                blank = false
            }
            blank = false
            var c = rows[rows.count - 1].cells.removeLast()
            if text.hasPrefix("[image:") {
                c.image = true
                inImageAlt = !text.hasSuffix("]")
            } else if inImageAlt {
                inImageAlt = !text.hasSuffix("]")
            } else if !text.isEmpty {
                c.lines.append(text)
            }
            rows[rows.count - 1].cells.append(c)
        }
        return rows
    }

    static let rowsPerPage = 6
    static let statuses: Set<String> = ["In Progress", "Completed", "Overdue"]

    /// Seven columns: Outcome | Action | Progress | Status | Start | End | RAG. Each theme row
    /// starts a new table; a header row starting a page with no theme row starts one too.
    private static func actionTables(_ rows: [RawRow]) -> [Build.Part] {
        var parts: [Build.Part] = []
        var specs: [[Build.C]] = []
        var pages: [Int] = []
        var headerRows = 0
        func flush() {
            if !specs.isEmpty { parts.append(.table(Build.table(headerRows: headerRows, rowPages: pages, specs))) }
            specs = []
            pages = []
            headerRows = 0
        }
        var partial: RawRow?
        for var row in rows {
            // A blank line inside a progress cell splits a row in the export: join the halves.
            if let p = partial, statuses.contains(row.cells.first?.text ?? "") {
                row = RawRow(cells: p.cells + row.cells, page: p.page)
            }
            partial = nil
            let texts = row.cells.map(\.text)
            if texts.count == 1, !row.cells[0].image {
                flush()
                specs.append([.span(texts[0], 7)])
                pages.append(row.page)
                headerRows = 1
                continue
            }
            if texts.first?.hasPrefix("Corporate Strategy Outcome") == true {
                if specs.count != 1 { flush() }
                specs.append(texts.map(Build.C.t))
                pages.append(row.page)
                headerRows = specs.count
                continue
            }
            guard let s = texts.firstIndex(where: statuses.contains), s >= 2, texts.count >= s + 3 else {
                partial = row
                continue
            }
            var spec: [Build.C] = Array(repeating: .t(""), count: 7)
            let before = Array(texts[..<s])
            if before.count == 3 { spec[0] = .t(before[0]) }
            spec[1] = .t(before[before.count - 2])
            spec[2] = .t(before[before.count - 1])
            spec[3] = .t(texts[s])
            spec[4] = .t(texts[s + 1])
            spec[5] = .t(texts[s + 2])
            if row.cells.count > s + 3, row.cells[s + 3].image { spec[6] = .icon(nil) }
            specs.append(spec)
            pages.append(row.page)
        }
        flush()
        return parts
    }

    /// Ten columns: Key Performance Indicator | Q1 Value | Q1 Target | Q2 … | Q3 Target | Gauge | Update | Travel.
    private static func kpiTable(_ raw: [RawRow]) -> Table {
        var specs: [[Build.C]] = []
        var pages: [Int] = []
        // Blank lines inside a name cell split a row in the export: a short row continues into the next.
        var rows: [RawRow] = []
        for r in raw {
            if rows.count > 2, let last = rows.last, last.cells.count < 8 {
                rows[rows.count - 1].cells += r.cells
            } else {
                rows.append(r)
            }
        }
        for (i, row) in rows.enumerated() {
            let texts = row.cells.map(\.text)
            if i == 0 {
                specs.append([
                    .tall(texts[0], 2), .span(texts[1], 2), .span(texts[2], 2), .span(texts[3], 2),
                    .tall(texts[4], 2), .tall(texts[5], 2), .tall(texts[6], 2)
                ])
            } else if i == 1 {
                specs.append(texts.filter { !$0.isEmpty }.map(Build.C.t))
            } else {
                var spec: [Build.C] = [.t(texts[0])]
                var values = row.cells.dropFirst().prefix { !$0.image }.map(\.text)
                values += Array(repeating: "", count: max(0, 6 - values.count))
                spec += values.prefix(6).map(Build.C.t)
                let rest = row.cells.dropFirst(1 + row.cells.dropFirst().prefix { !$0.image }.count)
                spec.append(rest.first?.image == true ? .icon(nil) : .t(""))
                spec.append(.t(rest.dropFirst().first(where: { !$0.image })?.text ?? ""))
                spec.append(rest.dropFirst(2).first?.image == true ? .icon(nil) : .t(""))
                specs.append(spec)
            }
            pages.append(row.page)
        }
        return Build.table(headerRows: 2, rowPages: pages, specs)
    }
}
