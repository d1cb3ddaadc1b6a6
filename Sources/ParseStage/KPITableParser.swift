import NormaliseStage
import Record
import SegmentStage

/// Reads a KPI table: one indicator per body row, one observation per period column group.
enum KPITableParser {
    /// A KPI table names its indicators and shows values or targets (or period columns).
    static func recognises(_ v: TableView) -> Bool {
        let named = v.hasRole(.name) || v.hasRole(.code)
        let numbers = v.hasRole(.target) || v.hasRole(.value) || v.hasRole(.period)
        return named && numbers && !v.hasRole(.action)
    }

    /// Column groups holding observations: a period header over Value | Target, or a lone
    /// period column (a value), or unlabelled Value / Target columns (the report's own period).
    struct Group {
        var periodText: String?
        var value: Int?
        var target: Int?
        var floor: Int?
    }

    static func groups(_ v: TableView) -> [Group] {
        var out: [Group] = []
        for col in 0..<v.columnCount {
            guard let role = v.roles[col], [.value, .target, .floor, .period].contains(role) else { continue }
            let period = periodText(of: v.columnHeaders[col])
            var i = out.firstIndex(where: { $0.periodText == period && slotFree($0, role) })
            if i == nil {
                out.append(Group(periodText: period))
                i = out.count - 1
            }
            switch role {
            case .target: out[i!].target = col
            case .floor: out[i!].floor = col
            default: out[i!].value = col
            }
        }
        // "Monthly target": one column that is the target of every period column lacking one.
        if let k = out.firstIndex(where: { g in
            g.periodText == nil && g.value == nil && g.target.map { isEveryPeriodTarget(v.columnHeaders[$0]) } == true
        }), out.contains(where: { $0.periodText != nil && $0.target == nil }) {
            let target = out[k].target
            out.remove(at: k)
            for i in out.indices where out[i].periodText != nil && out[i].target == nil { out[i].target = target }
        }
        return out
    }

    /// Header words of a target that applies to each period shown, not to one.
    static let everyPeriodWords = [
        "monthly", "quarterly", "each month", "each quarter", "per month", "per quarter",
        "every month", "every quarter"
    ]

    static func isEveryPeriodTarget(_ path: [String]) -> Bool {
        path.contains { h in everyPeriodWords.contains { h.key.containsWord($0) } }
    }

    /// A column's period from its header levels, top to bottom. "Q2 Target" and "Q2 Actual" share
    /// the period "Q2": role words are not part of it. Every level naming a period counts, so a
    /// year spanning quarters ("2024/25" over "Q1") gives "2024/25 Q1", not the year alone.
    static func periodText(of path: [String]) -> String? {
        let levels = path.map(PeriodColumn.withoutRoleWords)
            .filter { PeriodParser.namesPeriod($0) && ColumnRole.of(header: $0) != .name }
        return levels.isEmpty ? nil : levels.joined(separator: " ")
    }

    private static func slotFree(_ g: Group, _ role: ColumnRole) -> Bool {
        switch role {
        case .target: g.target == nil
        case .floor: g.floor == nil
        default: g.value == nil
        }
    }

    static func parse(_ v: TableView, issues: inout [Issue]) -> [ParsedIndicator] {
        let nameCol = v.columns(.name).first
        let codeCol = v.columns(.code).first
        let ownerCol = v.columns(.owner).first
        let unitCol = v.columns(.unit).first
        let polarityCol = v.columns(.polarity).first
        let ragCol = v.columns(.rag).first ?? v.columns(.status).first
        let directionCol = v.columns(.direction).first
        let commentCols = v.columns(.commentary) + v.columns(.progress)
        let groups = groups(v)
        let headerCumulative = v.columnHeaders.joined().contains { $0.key.contains("cumulative") }
        var out: [ParsedIndicator] = []
        var row = v.bodyStart
        while row < v.rowCount {
            defer { row += 1 }
            switch v.kind(row: row) {
            case .data: break
            case .note:
                // "Commentary: …" merged under an indicator is that indicator's commentary.
                if let text = v.spanningText(row: row), !out.isEmpty {
                    out[out.count - 1].commentary = [out[out.count - 1].commentary, text].compactMap { $0 }
                        .joined(separator: "\n")
                }
                continue
            case .header, .group, .total, .key: continue
            }
            let nameCell = v.cell(row, nameCol ?? codeCol ?? 0)
            guard let nameCell, nameCell.row == row else { continue }  // a tall name cell is read once
            let parts = NameCell.split(nameCell.lines.isEmpty ? [nameCell.text] : nameCell.lines)
            var (code, name, owner) = (parts.code, parts.name, parts.owner)
            if let codeCol, codeCol != nameCol, let c = v.text(row, codeCol).nonBlank { code = c }
            if let ownerCol, let o = v.text(row, ownerCol).nonBlank { owner = o }
            let observations = groups.map { g in
                ParsedObservation(
                    periodText: g.periodText, value: v.text(row, g.value).nonBlank,
                    target: v.text(row, g.target).nonBlank, floor: v.text(row, g.floor).nonBlank)
            }
            let hasNumbers = observations.contains { $0.value != nil || $0.target != nil }
            if name.isEmpty, code == nil {
                if hasNumbers {
                    issues.append(
                        Issue(
                            severity: .warning, stage: "parse", code: "kpi-row-without-name",
                            message: "A KPI table row has values but no indicator name.",
                            page: nameCell.page))
                }
                continue
            }
            if code == nil, !hasNumbers {
                issues.append(
                    Issue(
                        severity: .warning, stage: "parse", code: "kpi-row-without-values",
                        message:
                            "KPI table row \"\(name.prefix(60))\" has no code and no values; not read as an indicator.",
                        page: nameCell.page))
                continue
            }
            let polarity = v.text(row, polarityCol).nonBlank ?? parts.polarity ?? NameCell.polarityWords(in: name)
            let ragCell = v.cell(row, ragCol ?? -1)
            var rag = ParsedRAG(text: ragCell.flatMap { $0.text.collapsed.nonBlank }, colour: CellColour.of(ragCell))
            if rag.isEmpty, let last = groups.last(where: { $0.value != nil }) {
                rag.colour = CellColour.of(v.cell(row, last.value!))  // the value cell coloured as its RAG
            }
            // A coloured arrow tells by its colour; an uncoloured one by where it points.
            let directionCell = v.cell(row, directionCol ?? -1)
            let directionColour = CellColour.of(directionCell)
            let directionText =
                v.text(row, directionCol).nonBlank
                ?? (directionColour == nil ? CellArrow.glyph(directionCell) : nil)
            let comment = commentCols.compactMap { v.cell(row, $0).flatMap(CellText.multiline) }.joined(separator: "\n")
            let rowCells = v.cells(inRow: row).filter { $0.page == nameCell.page }
            let box = rowCells.dropFirst().reduce(nameCell.box) { $0.union($1.box) }
            out.append(
                ParsedIndicator(
                    code: code, name: name, owner: owner, unitText: v.text(row, unitCol).nonBlank,
                    polarityText: polarity, cumulative: headerCumulative || NameCell.isCumulative(name),
                    observations: observations, rag: rag.isEmpty ? nil : rag,
                    directionText: directionText, directionColour: directionColour, commentary: comment.nonBlank,
                    page: nameCell.page, bbox: box.recordBBox
                ))
        }
        return out
    }
}

/// The indicator-name cell: "KI 3 % of food establishments …\nOwner: Head of …".
enum NameCell {
    /// Code letters (two or more capitals), digits, an optional letter and an optional "(A)".
    static let codePattern =
        #"^([A-Z]{2,6}[ -]?\d{1,4}[A-Za-z]?(?:\s?\([A-Za-z0-9]{1,3}\))?)(?=[\s:.–-])[\s:.–-]+(.+)$"#
    static let ownerLabels = ["owner:", "lead officer:", "responsible officer:", "accountable officer:"]

    static let polarityLabels = ["polarity:", "good performance is:", "good performance:", "aim:"]

    struct Parts {
        var code: String?
        var name: String
        var owner: String?
        var polarity: String?
    }

    /// Lines after "Owner:" belong to the owner until another label ("Polarity: …").
    static func split(_ lines: [String]) -> Parts {
        var nameLines: [String] = []
        var ownerLines: [String] = []
        var polarityLines: [String] = []
        var current = 0  // 0 name, 1 owner, 2 polarity
        for line in lines.map(\.collapsed) where !line.isEmpty {
            if let label = ownerLabels.first(where: { line.key.hasPrefix($0) }) {
                current = 1
                ownerLines.append(String(line.dropFirst(label.count)).collapsed)
            } else if let label = polarityLabels.first(where: { line.key.hasPrefix($0) }) {
                current = 2
                polarityLines.append(String(line.dropFirst(label.count)).collapsed)
            } else if current == 1 {
                ownerLines.append(line)
            } else if current == 2 {
                polarityLines.append(line)
            } else {
                nameLines.append(line)
            }
        }
        var name = nameLines.joined(separator: " ").collapsed
        var code: String?
        if let m = name.firstMatch(codePattern, options: []) {
            code = m[1]
            name = m[2].collapsed
        }
        return Parts(
            code: code, name: name, owner: ownerLines.joined(separator: " ").nonBlank,
            polarity: polarityLines.joined(separator: " ").nonBlank)
    }

    /// A name that says its figure accumulates over the year: "(cumulative)", "(year to date)".
    static func isCumulative(_ name: String) -> Bool {
        CardField.cumulativeWords.contains { name.key.containsWord($0) }
    }

    /// Polarity stated in the name: "(lower is better)", "smaller is better".
    static func polarityWords(in name: String) -> String? {
        name.firstMatch(#"\b((?:higher|lower|bigger|smaller|more|less|high|low)\s+(?:is|=)\s+(?:better|good))\b"#)?[1]
    }
}
