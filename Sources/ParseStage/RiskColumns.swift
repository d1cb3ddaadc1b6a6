import SegmentStage

/// The columns a risk register's scores are read from. A register scoring each risk before and
/// after its controls ("Inherent Likelihood" … "Residual Score", or "Residual" over "L | I |
/// Score") is read at the current, residual level; a target score is an aim, never the score.
struct RiskColumns {
    var likelihood: Int?
    var impact: Int?
    var overall: Int?
    var rag: Int?
    /// The column describing each risk: a risk column that is no score, else a "Description".
    var description: Int?
    /// The first risk row: below a row of measure names ("L | I | Score") under stage headers.
    var bodyStart: Int

    init(_ v: TableView) {
        var paths = v.columnHeaders
        bodyStart = v.bodyStart
        if RiskColumns.isMeasureRow(v, bodyStart) {
            for col in 0..<v.columnCount {
                let t = v.text(bodyStart, col)
                if v.cell(bodyStart, col)?.row == bodyStart, !t.isEmpty, paths[col].last != t { paths[col].append(t) }
            }
            bodyStart += 1
        }
        func words(_ t: String) -> [String] { t.key.split { !$0.isLetter }.map(String.init) }
        var measures: [(col: Int, measure: ColumnRole, stage: Int)] = []
        for col in 0..<v.columnCount {
            let all = words(paths[col].joined(separator: " "))
            guard let stage = RiskHeaderWords.stage(all) else { continue }
            let named = v.roles[col].flatMap {
                [.likelihood, .impact, .overallRisk, .rag, .status].contains($0) ? $0 : nil
            }
            // The lowest header level says what a column measures ("Residual risk" over "L").
            if let measure = RiskHeaderWords.measure(words(paths[col].last ?? "")) ?? named
                ?? RiskHeaderWords.measure(all)
            {
                measures.append((col, measure, stage))
            }
        }
        func pick(_ roles: [ColumnRole]) -> Int? {
            measures.filter { roles.contains($0.measure) }.min { $0.stage < $1.stage }?.col
        }
        likelihood = pick([.likelihood])
        impact = pick([.impact])
        overall = pick([.overallRisk])
        rag = pick([.rag]) ?? pick([.status])
        let scored = Set(measures.map(\.col))
        description = v.columns(.risk).first { !scored.contains($0) } ?? v.columns(.name).first
    }

    /// A row of short measure names only ("L", "I", "Score"): the lowest header level.
    static func isMeasureRow(_ v: TableView, _ row: Int) -> Bool {
        guard row < v.rowCount else { return false }
        let starting = v.cells(inRow: row).filter { $0.row == row && !$0.text.collapsed.isEmpty }
        return starting.count >= 2
            && starting.allSatisfy { c in
                c.text.count <= ParseTuning.maxRiskMeasureHeaderLength
                    && RiskHeaderWords.measure(c.text.key.split { !$0.isLetter }.map(String.init)) != nil
            }
    }
}

/// Header words of risk registers: which scoring stage a column belongs to, and the short
/// measure names ("Residual L", "Residual I", "Inherent Score").
enum RiskHeaderWords {
    /// After controls: the risk as it stands now.
    static let current: Set<String> = ["residual", "current", "net", "revised", "managed", "controlled", "mitigated"]
    /// Before controls.
    static let original: Set<String> = [
        "inherent", "gross", "original", "raw", "uncontrolled", "initial",
        "unmitigated", "untreated"
    ]
    /// An aim or a limit, not a score.
    static let excluded: Set<String> = ["target", "tolerance", "appetite", "future"]

    static let measures: [(ColumnRole, Set<String>)] = [
        (.likelihood, ["l", "likelihood", "probability"]),
        (.impact, ["i", "impact", "severity", "consequence"]),
        (.overallRisk, ["score", "overall", "total"])
    ]

    /// An earlier review's score.
    static let previous: Set<String> = ["previous", "prior", "last"]

    /// 0 = current, 1 = unqualified, 2 = before controls, 3 = an earlier review; nil for a
    /// target or tolerance column.
    static func stage(_ words: [String]) -> Int? {
        if words.contains(where: excluded.contains) { return nil }
        if words.contains(where: current.contains) { return 0 }
        if words.contains(where: previous.contains) { return 3 }
        return words.contains(where: original.contains) ? 2 : 1
    }

    static func measure(_ words: [String]) -> ColumnRole? {
        measures.first { m in words.contains(where: m.1.contains) }?.0
    }
}
