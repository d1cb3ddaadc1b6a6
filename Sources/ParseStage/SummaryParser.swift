import Foundation
import Record
import SegmentStage

/// RAG count summaries shown as label/value tables or count boxes: "Number of Actions | 78",
/// "Red | 11", … Which subject and scope they are for comes from their labels and caption.
enum SummaryParser {
    /// Labels that make a label/value pair a summary count (matched as words).
    static let countWords = [
        "red", "amber", "green", "completed", "complete", "not started", "on target", "off target",
        "behind target", "below target", "within tolerance", "annual", "on track", "off track", "overdue",
        "in progress", "number of", "total", "blue", "grey", "no data", "data not available", "improving",
        "no change", "worsening", "declining", "deteriorating", "static", "achieved", "not achieved",
    ]

    static func isCountLabel(_ label: String) -> Bool {
        let k = label.key
        return !k.isEmpty && k.count <= 60 && countWords.contains { k.containsWord($0) }
    }

    static func isCount(_ value: String) -> Bool {
        value.collapsed.firstMatch(#"^\d{1,5}$"#, options: []) != nil
    }

    /// Label/value pairs read from a table in any of its shapes: label | value per row, a row of
    /// labels over a row of values, or labels and values alternating along one row.
    static func pairs(_ v: TableView) -> [ParsedCount] {
        let grid = (0..<v.rowCount).map { r in v.cells(inRow: r).map { $0.text.collapsed } }
        var out: [ParsedCount] = []
        // label | value rows (and alternating label, value, label, value …)
        for cells in grid {
            let nonEmpty = cells.filter { !$0.isEmpty }
            var i = 0
            while i + 1 < nonEmpty.count {
                if isCountLabel(nonEmpty[i]) && isCount(nonEmpty[i + 1]) {
                    out.append(ParsedCount(label: nonEmpty[i], value: nonEmpty[i + 1]))
                    i += 2
                } else {
                    i += 1
                }
            }
        }
        if out.count >= 2 { return out }
        // a row of labels over a row of values
        out = []
        for r in 0..<max(0, grid.count - 1) where grid[r].count == grid[r + 1].count {
            for (l, n) in zip(grid[r], grid[r + 1]) where isCountLabel(l) && isCount(n) {
                out.append(ParsedCount(label: l, value: n))
            }
        }
        return out
    }

    static func recognises(_ v: TableView) -> Bool {
        let p = pairs(v)
        return p.count >= 2 && p.contains { isRAGWord($0.label) }
    }

    static func isRAGWord(_ label: String) -> Bool {
        ["red", "amber", "green", "completed", "on target", "behind target", "off track", "on track"]
            .contains { label.key.containsWord($0) }
    }

    /// A RAG count table with a header (Theme | Red | Amber | Green | Total) and one row per
    /// theme: one summary per row.
    static func matrix(_ v: TableView, subject: SummarySubject?, page: Int) -> [ParsedSummary]? {
        guard let h = v.headerRows.last ?? (v.rowCount > 1 ? 0 : nil) else { return nil }
        let heads = ragLetters((0..<v.columnCount).map { v.text(h, $0) })
        let countCols = heads.indices.filter { isCountLabel(heads[$0]) }
        guard countCols.count >= 2, countCols.contains(where: { isRAGWord(heads[$0]) }),
              let labelCol = heads.indices.first(where: { !countCols.contains($0) }) else { return nil }
        var out: [ParsedSummary] = []
        for r in (h + 1)..<v.rowCount {
            let scopeText = v.text(r, labelCol)
            let counts = countCols.compactMap { c -> ParsedCount? in
                let t = v.text(r, c)
                return isCount(t) ? ParsedCount(label: heads[c], value: t) : nil
            }
            guard !scopeText.isEmpty, !counts.isEmpty else { continue }
            let subj = subject ?? subjectOf([scopeText, heads[labelCol]].joined(separator: " "))
            guard let subj else { continue }
            out.append(split(counts: counts, subject: subj, scope: scope(of: scopeText, section: v.table.section), page: page,
                             origin: "table"))
        }
        return out.isEmpty ? nil : out
    }

    /// Column heads written as RAG initials ("G", "A", "R" over coloured cells) in their words,
    /// when at least two of the three stand as heads of their own.
    static func ragLetters(_ heads: [String]) -> [String] {
        let words = ["r": "Red", "a": "Amber", "g": "Green"]
        guard heads.filter({ words[$0.key] != nil }).count >= 2 else { return heads }
        return heads.map { words[$0.key] ?? $0 }
    }

    /// A RAG count table with the labels down the side (Green / Amber / Red / Total rows) and
    /// one column per scope ("All Flagship Actions (FA)", "FA - Residents First", …).
    static func transposed(_ v: TableView, subject: SummarySubject?, page: Int) -> [ParsedSummary]? {
        // The first row names the scopes: not a label | number pair, no numbers.
        guard v.rowCount >= 3, v.columnCount >= 2, (1..<v.columnCount).allSatisfy({ !isCount(v.text(0, $0)) }) else {
            return nil
        }
        let labelRows = (1..<v.rowCount).filter { r in
            isCountLabel(v.text(r, 0)) && (1..<v.columnCount).allSatisfy { isCount(v.text(r, $0)) || v.text(r, $0).isEmpty }
                && (1..<v.columnCount).contains { isCount(v.text(r, $0)) }
        }
        guard labelRows.count >= 2, labelRows.contains(where: { isRAGWord(v.text($0, 0)) }) else { return nil }
        let heads = (0..<v.columnCount).map { v.text(0, $0) }
        guard let subj = subject ?? heads.lazy.compactMap(subjectOf).first else { return nil }
        var out: [ParsedSummary] = []
        for c in 1..<v.columnCount {
            let counts = labelRows.compactMap { r -> ParsedCount? in
                let t = v.text(r, c)
                return isCount(t) ? ParsedCount(label: v.text(r, 0), value: t) : nil
            }
            guard !counts.isEmpty else { continue }
            out.append(split(counts: counts, subject: subjectOf(heads[c]) ?? subj, scope: scope(of: heads[c], section: v.table.section), page: page,
                             origin: "table"))
        }
        return out.isEmpty ? nil : out
    }

    /// Moves the "Number of …" / "Total" pair into `total`.
    static func split(counts: [ParsedCount], subject: SummarySubject, scope: String, page: Int, origin: String) -> ParsedSummary {
        let isTotal: (ParsedCount) -> Bool = { $0.label.key.containsWord("number of") || $0.label.key.containsWord("total") }
        let total = counts.first(where: isTotal)?.value
        return ParsedSummary(subject: subject, scope: scope, total: total, counts: counts.filter { !isTotal($0) },
                             page: page, origin: origin)
    }

    static func subjectOf(_ text: String) -> SummarySubject? {
        let k = text.key
        if k.firstMatch(#"\baction"#) != nil || k.containsWord("milestone") || k.containsWord("flagship")
            || k.firstMatch(#"^fa\b"#) != nil {
            return .actions
        }
        if k.firstMatch(#"\b(indicator|measure|kpi|pi)s?\b|\bpi[’']s\b|\bkpi[’']s\b"#) != nil { return .indicators }
        return nil
    }

    /// "Caring for the Environment Actions: Quarter 3 2023-2024" → "Caring for the Environment";
    /// "Overall …", "Corporate Performance Indicators: …" → "overall".
    /// A label that names only what is counted ("KPI Summary" beside a directorate's counts):
    /// the summary is of the section the table sits in.
    static func scope(of label: String, section: String?) -> String {
        let s = scope(of: label)
        guard s != "overall", subjectOf(s) != nil, s.split(separator: " ").count <= 2,
              let section = section?.collapsed.nonBlank else { return s }
        return scope(of: section)
    }

    static func scope(of caption: String) -> String {
        var s = caption.collapsed
        if let colon = s.firstIndex(of: ":") { s = String(s[..<colon]) }
        if s.key.containsWord("overall") || s.key.hasPrefix("all ") || s.key == "total" { return "overall" }
        s = s.replacingOccurrences(
            of: #"\s*\b(performance\s+indicators?|key\s+performance\s+indicators?|indicators?|kpis?|pis?|kpi[’']s|pi[’']s|measures?|actions?|flagship\s+actions?|milestones?|performance|summary|\(\w+\))\s*$"#,
            with: "", options: [.regularExpression, .caseInsensitive]).collapsed
        s = s.replacingOccurrences(of: #"^(fa|pi|kpi)\s*[-–]\s*"#, with: "", options: [.regularExpression, .caseInsensitive]).collapsed
        let generic: Set<String> = ["", "corporate", "council", "all", "total", "corporate delivery plan",
                                    "council delivery plan", "delivery plan", "cdp", "key", "corporate strategy",
                                    "corporate plan", "overall"]
        return generic.contains(s.key) ? "overall" : s
    }

    /// Count boxes written as lines: "Number of Actions 78", "Red 11", … (or label and number
    /// on alternate lines). Needs three pairs with a RAG word among them.
    static func linePairs(_ lines: [String]) -> [ParsedCount] {
        var out: [ParsedCount] = []
        var i = 0
        while i < lines.count {
            let l = lines[i].collapsed
            if let m = l.firstMatch(#"^(.*?[A-Za-z)’'].*?)\s+(\d{1,5})$"#, options: []), isCountLabel(m[1]) {
                out.append(ParsedCount(label: m[1].collapsed, value: m[2]))
            } else if i + 1 < lines.count, isCountLabel(l), isCount(lines[i + 1]) {
                out.append(ParsedCount(label: l, value: lines[i + 1].collapsed))
                i += 1
            }
            i += 1
        }
        return out.count >= 3 && out.contains { isRAGWord($0.label) } ? out : []
    }
}
