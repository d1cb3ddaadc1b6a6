import Foundation
import NormaliseStage
import Record
import SegmentStage

/// RAG count summaries shown as label/value tables or count boxes: "Number of Actions | 78",
/// "Red | 11", … Which subject and scope they are for comes from their labels and caption.
enum SummaryParser {
    /// A label that names a summary count (`SummaryLabels` holds the vocabulary).
    static func isCountLabel(_ label: String) -> Bool {
        // Each ASCII character but white space is one character of the key: a long text is no
        // label, without lower-casing it.
        var ascii = 0
        for b in label.utf8 where b > 0x20 && b < 0x80 {
            ascii += 1
            if ascii > ParseTuning.maxCountLabelLength { return false }
        }
        let k = label.key
        return !k.isEmpty && k.count <= ParseTuning.maxCountLabelLength && SummaryLabels.key(label) != nil
    }

    static func isCount(_ value: String) -> Bool {
        // One to five decimal digits, any script's (as a pattern's \d), tested by hand: asked of every line.
        // Stops at the first scalar that is no digit or one too many: lines are long.
        var n = 0
        for u in value.collapsed.unicodeScalars {
            n += 1
            guard n <= ParseTuning.maxCountDigits, u.properties.generalCategory == .decimalNumber else { return false }
        }
        return n >= 1
    }

    /// Label/value pairs read from a table in any of its shapes: label | value per row, a row of
    /// labels over a row of values, or labels and values alternating along one row.
    static func pairs(_ v: TableView) -> [ParsedCount] {
        let grid = (0..<v.rowCount).map { r in v.cells(inRow: r).map { $0.text.collapsed } }
        var out: [ParsedCount] = []
        // label | value rows (and alternating label, value, label, value …): every cell of the
        // row in a pair, so a KPI row with a status word beside a number is none.
        for cells in grid {
            let nonEmpty = cells.filter { !$0.isEmpty }
            guard !nonEmpty.isEmpty, nonEmpty.count % 2 == 0 else { continue }
            let row = stride(from: 0, to: nonEmpty.count, by: 2).map { (nonEmpty[$0], nonEmpty[$0 + 1]) }
            guard row.allSatisfy({ isCount($0.1) && isCountLabel($0.0) }) else { continue }
            out += row.map { ParsedCount(label: $0.0, value: $0.1) }
        }
        if out.count >= 2 { return out }
        if let boxes = colouredBoxes(v), boxes.count >= 2 { return boxes }
        // a row of labels over a row of values
        out = []
        for r in 0..<max(0, grid.count - 1) where grid[r].count == grid[r + 1].count {
            // A number under a head that counts something else ("Actions subject to Regular
            // Review"): the row is not a summary's.
            let row = Array(zip(grid[r], grid[r + 1]))
            // Whether each head over a count is a count label, asked once (nil: no count below).
            let labelled = row.map { l, n in isCount(n) ? isCountLabel(l) : nil }
            guard !zip(row, labelled).contains(where: { !$0.0.isEmpty && $1 == false }) else { continue }
            for ((l, n), ok) in zip(row, labelled) where ok == true {
                out.append(ParsedCount(label: l, value: n))
            }
        }
        return out
    }

    /// Coloured boxes with a number and no word: a short table whose one row of numbers sits
    /// on RAG fills (or shapes), two colours at least; the colour is the label.
    static func colouredBoxes(_ v: TableView) -> [ParsedCount]? {
        guard v.rowCount <= ParseTuning.maxBoxRows else { return nil }
        for r in 0..<v.rowCount {
            let cells = v.cells(inRow: r).filter { !$0.text.collapsed.isEmpty }
            guard cells.count >= 2, cells.allSatisfy({ isCount($0.text) }) else { continue }
            let rags = cells.map { CellColour.of($0).flatMap(ColourRAG.rag(hex:)) }
            guard rags.allSatisfy({ $0 != nil }), Set(rags).count >= 2 else { continue }
            return zip(cells, rags).map { ParsedCount(label: $1!.rawValue.capitalized, value: $0.text.collapsed) }
        }
        return nil
    }

    /// Whether a table's pairs (`pairs`) make a count summary.
    static func recognises(pairs: [ParsedCount]) -> Bool {
        pairs.count >= 2 && isSummary(labels: pairs.map(\.label))
    }

    /// Count labels a summary must have among them: a RAG or completion, or two directions of
    /// travel (a direction-only count table).
    static func isSummary(labels: [String]) -> Bool {
        labels.contains(where: isRAGWord)
            || Set(labels.compactMap(SummaryLabels.key).filter { [.improving, .noChange, .worsening].contains($0) })
                .count >= 2
    }

    /// A label counting a RAG or completion, which a count table must have among its labels.
    static func isRAGWord(_ label: String) -> Bool {
        [.red, .amber, .green, .completed].contains(SummaryLabels.key(label))
    }

    /// A RAG count table with a header (Theme | Red | Amber | Green | Total) and one row per
    /// theme: one summary per row.
    static func matrix(_ v: TableView, subject: SummarySubject?, page: Int) -> [ParsedSummary]? {
        // The header: its rows as found, else the rows above the first row of numbers.
        let firstCounts = (0..<v.rowCount).first { r in (0..<v.columnCount).contains { isCount(v.text(r, $0)) } }
        guard let h = v.headerRows.last ?? firstCounts.flatMap({ $0 > 0 ? $0 - 1 : nil }) else { return nil }
        // A column's head: its nearest text at or above the last header row (a two-row header
        // puts "Total" above a blank beside the RAG words).
        let heads = ragLetters(
            (0..<v.columnCount).map { c in
                (0...h).reversed().lazy.map { v.text($0, c) }.first { !$0.isEmpty }
                    ?? (0...h).reversed().lazy.compactMap { arrowHead(v.cell($0, c)) }.first ?? ""
            })
        let countCols = heads.indices.filter { isCountLabel(heads[$0]) }
        // The label column holds names, not counts: a row of count heads over one row of
        // numbers is a pairs table.
        guard countCols.count >= 2, isSummary(labels: countCols.map { heads[$0] }),
            let labelCol = heads.indices.first(where: { c in
                !countCols.contains(c)
                    && ((h + 1)..<v.rowCount).contains { r in !v.text(r, c).isEmpty && !isCount(v.text(r, c)) }
            })
        else { return nil }
        // A column of numbers under a head that counts something else: not a summary table.
        let foreign = heads.indices.contains { c in
            !countCols.contains(c) && !heads[c].isEmpty && ((h + 1)..<v.rowCount).contains { isCount(v.text($0, c)) }
        }
        if foreign { return nil }
        var out: [ParsedSummary] = []
        for r in (h + 1)..<v.rowCount {
            let scopeText = v.text(r, labelCol)
            let counts = countCols.compactMap { c -> ParsedCount? in
                let t = v.text(r, c)
                return isCount(t) ? ParsedCount(label: heads[c], value: t) : nil
            }
            // A row named by a period ("Up to and including February 2025") is a time series, not a theme.
            guard !scopeText.isEmpty, !counts.isEmpty, scopeText.firstMatch(#"\b(19|20)\d\d\b"#) == nil else {
                continue
            }
            let subj =
                subject ?? subjectOf([scopeText, heads[labelCol]].joined(separator: " "))
                ?? subjectOf(labels: countCols.map { heads[$0] })
            guard let subj else { continue }
            // A "Total" / "Number of PIs" row is the overall summary.
            let rowScope =
                SummaryLabels.key(scopeText) == .total ? "overall" : scope(of: scopeText, section: v.table.section)
            out.append(split(counts: counts, subject: subj, scope: rowScope, page: page, origin: "table"))
        }
        return out.isEmpty ? nil : out
    }

    /// A head drawn as an arrow (the direction columns beside a matrix's G | A | R): the count
    /// label of the direction it points, read as a direction-of-travel arrow.
    static func arrowHead(_ cell: Cell?) -> String? {
        guard let glyph = CellArrow.glyph(cell), let d = DirectionWords.direction(glyph) else { return nil }
        switch d {
        case .improving: return SummaryKey.improving.label
        case .noChange: return SummaryKey.noChange.label
        case .worsening: return SummaryKey.worsening.label
        }
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
            isCountLabel(v.text(r, 0))
                && (1..<v.columnCount).allSatisfy { isCount(v.text(r, $0)) || v.text(r, $0).isEmpty }
                && (1..<v.columnCount).contains { isCount(v.text(r, $0)) }
        }
        guard labelRows.count >= 2, isSummary(labels: labelRows.map { v.text($0, 0) }) else { return nil }
        let heads = (0..<v.columnCount).map { v.text(0, $0) }
        guard
            let subj = subject ?? heads.lazy.compactMap(subjectOf).first
                ?? subjectOf(labels: labelRows.map { v.text($0, 0) })
        else { return nil }
        var out: [ParsedSummary] = []
        for c in 1..<v.columnCount {
            let counts = labelRows.compactMap { r -> ParsedCount? in
                let t = v.text(r, c)
                return isCount(t) ? ParsedCount(label: v.text(r, 0), value: t) : nil
            }
            guard !counts.isEmpty else { continue }
            out.append(
                split(
                    counts: counts, subject: subjectOf(heads[c]) ?? subj,
                    scope: scope(of: heads[c], section: v.table.section), page: page,
                    origin: "table"))
        }
        return out.isEmpty ? nil : out
    }

    /// Moves the "Number of …" / "Total" pair into `total`.
    static func split(counts: [ParsedCount], subject: SummarySubject, scope: String, page: Int, origin: String)
        -> ParsedSummary
    {
        let isTotal: (ParsedCount) -> Bool = { SummaryLabels.key($0.label) == .total }
        let total = counts.first(where: isTotal)?.value
        return ParsedSummary(
            subject: subject, scope: scope, total: total, counts: counts.filter { !isTotal($0) },
            page: page, origin: origin)
    }

    /// Status words that only actions have ("On track", "Slippage", "Complete") and ratings
    /// only indicators have ("On target", "Within tolerance", "Annual").
    static let actionLabelWords = [
        "track", "slippage", "complete", "completed", "not started", "not due", "deferred",
        "on hold", "cancelled", "overdue", "milestone", "milestones"
    ]
    static let indicatorLabelWords = [
        "target", "tolerance", "annual", "data only", "improving", "worsening", "improved",
        "worsened", "declined", "declining"
    ]

    /// What the count labels tell is counted, when nothing names it: nil when they tell both or neither.
    static func subjectOf(labels: [String]) -> SummarySubject? {
        let keys = labels.map(\.key)
        let actions = keys.contains { k in actionLabelWords.contains { k.containsWord($0) } }
        let indicators = keys.contains { k in indicatorLabelWords.contains { k.containsWord($0) } }
        return actions == indicators ? nil : actions ? .actions : .indicators
    }

    /// Words naming what a summary counts (as words, plurals included), and the abbreviations a
    /// paper's own labels may start with ("FA - Residents First": its flagship actions).
    static let actionSubjectWords = ["milestone", "flagship"]
    static let actionSubjectPrefixes = ["fa"]
    static let indicatorSubjectWords = ["indicator", "measure", "kpi", "pi", "kpi's", "pi's", "kpi’s", "pi’s"]

    static func subjectOf(_ text: String) -> SummarySubject? {
        let k = text.key
        // The expressions need their words' bytes in the (lower-cased) key: a text without them is
        // not handed to the expression engine, which copies the whole text before it looks.
        if k.containsBytes("action") && k.firstMatch(#"\baction"#) != nil
            || actionSubjectWords.contains(where: k.containsWord)
            || actionSubjectPrefixes.contains(where: { p in
                k.utf8.starts(with: p.utf8) && k.firstMatch("^\(p)\\b") != nil
            })
        {
            return .actions
        }
        if indicatorSubjectWords.contains(where: k.containsWord) { return .indicators }
        return nil
    }

    /// "Caring for the Environment Actions: Quarter 3 2023-2024" → "Caring for the Environment";
    /// "Overall …", "Corporate Performance Indicators: …" → "overall".
    /// A label that names only what is counted ("KPI Summary" beside a directorate's counts):
    /// the summary is of the section the table sits in.
    static func scope(of label: String, section: String?) -> String {
        let s = scope(of: label)
        guard !["overall", "total", "corporate", "council"].contains(where: label.key.containsWord),
            !label.key.hasPrefix("all "),
            subjectOf(label) != nil, label.split(separator: " ").count <= 2,
            let section = section?.collapsed.nonBlank
        else { return s }
        return scope(of: section)
    }

    static func scope(of caption: String) -> String {
        // A bilingual caption ("Crynodeb statws / Status summary"): either side naming no theme
        // makes it the overall summary.
        let sides = caption.components(separatedBy: " / ").map(scopeOfOne)
        return sides.contains("overall") ? "overall" : sides.last ?? "overall"
    }

    /// Words that say what a summary is, not whose: "Year-end summary", "Status summary,
    /// Quarter 2", "Corporate KPIs by RAG status".
    static let summaryWords: Set<String> = [
        "summary", "of", "the", "a", "and", "by", "at", "for", "in", "to", "performance", "status", "year", "end",
        "quarter", "q1", "q2", "q3", "q4", "month", "monthly", "quarterly", "progress", "rag", "rating", "ratings",
        "position", "overview", "table", "figure", "key", "headline", "headlines", "corporate", "council", "report",
        "outturn", "indicators", "indicator", "kpis", "kpi", "pis", "pi", "measures", "actions", "milestones",
        "results",
        "direction", "travel", "trend", "trends", "dot"
    ]

    private static func scopeOfOne(_ caption: String) -> String {
        var s = caption.collapsed
        // "Table 1: …", "Figure 2 – …": the caption's label goes.
        if let m = s.firstMatch(#"^[A-Za-z]+\s+\d+[a-z]?\s*[:–-]\s*(.+)$"#) { s = m[1] }
        if let colon = s.firstIndex(of: ":") { s = String(s[..<colon]) }
        s = s.replacingMatches(of: #"^\d+(\.\d+)*\.?\s+"#, options: [], with: "")
        // A sentence ("19 indicators have a September 2024 result and a target. Their …") is no name.
        if s.contains(". ") || s.split(separator: " ").count > ParseTuning.maxScopeWords { return "overall" }
        if s.key.containsWord("overall") || s.key.hasPrefix("all ") || s.key == "total" { return "overall" }
        if TextCleanup.words(s).allSatisfy({ summaryWords.contains($0) || $0.allSatisfy(\.isNumber) }) {
            return "overall"
        }
        s =
            s.replacingMatches(
                of:
                    #"""
                    (?x: \s*\b(
                        performance\s+indicators? | key\s+performance\s+indicators? | indicators?
                        | kpis? | pis? | kpi[’']s | pi[’']s | measures? | actions? | flagship\s+actions?
                        | milestones? | performance | summary | \(\w+\)
                    )\s*$)
                    """#,
                with: ""
            ).collapsed
        s =
            s.replacingMatches(of: #"^(fa|pi|kpi)\s*[-–]\s*"#, with: "").collapsed
        let generic: Set<String> = [
            "", "corporate", "council", "all", "total", "corporate delivery plan",
            "council delivery plan", "delivery plan", "cdp", "key", "corporate strategy",
            "corporate plan", "overall"
        ]
        return generic.contains(s.key) ? "overall" : s
    }

    /// Count boxes written as lines: "Number of Actions 78", "Red 11", … (or label and number
    /// on alternate lines). Needs three pairs with a RAG word among them.
    static func linePairs(_ lines: [String]) -> [ParsedCount] {
        var out: [ParsedCount] = []
        var i = 0
        while i < lines.count {
            let l = lines[i].collapsed
            if let pair = linePair(l) {
                out.append(pair)
            } else if i + 1 < lines.count, isCount(lines[i + 1]), isCountLabel(l) {
                // (the cheap test first: most lines are followed by no count)
                out.append(ParsedCount(label: l, value: lines[i + 1].collapsed))
                i += 1
            } else if i + 1 < lines.count, isCount(l), isCountLabel(lines[i + 1]) {
                // the big number above its label ("11" over "Green")
                out.append(ParsedCount(label: lines[i + 1].collapsed, value: l))
                i += 1
            }
            i += 1
        }
        return out.count >= 3 && isSummary(labels: out.map(\.label)) ? out : []
    }

    /// One line "label number": "Red 11", "■ Green 14". A label with a number of its own is a
    /// key's range ("Amber – score 8 to 12"), not a count.
    static func linePair(_ line: String) -> ParsedCount? {
        // "label number": the last word is one to five digits and what comes before it has a
        // letter (read by hand: a regular expression over every line of a long paper was a
        // seventh of the whole extraction).
        let t = line.collapsed
        guard let space = lastWhitespace(t) else { return nil }
        let value = t[t.index(after: space)...]
        guard (1...ParseTuning.maxCountDigits).contains(value.count),
            value.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .decimalNumber })
        else { return nil }
        let label = String(t[..<space]).collapsed
        guard label.contains(where: { $0.isASCII && $0.isLetter || ")’'".contains($0) }),
            isCountLabel(label), !label.contains(where: \.isNumber)
        else { return nil }
        return ParsedCount(label: label, value: String(value))
    }

    /// `lastIndex(where: \.isWhitespace)`, by bytes in ASCII text without a CR (where each byte
    /// is a Character and the white space is tab to CR and space): it is asked of every line.
    static func lastWhitespace(_ t: String) -> String.Index? {
        let utf8 = t.utf8
        guard utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return t.lastIndex(where: \.isWhitespace) }
        return utf8.lastIndex(where: \.isASCIIWhitespace)
    }
}
