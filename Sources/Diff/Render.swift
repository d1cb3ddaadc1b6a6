import Record
import Tabular

/// Text renderings of a diff. Colour is the caller's: `paint` receives each piece of text with
/// its tone (the CLI colours it on a terminal and leaves it plain otherwise).
public enum DiffRender {
    public enum Tone: Sendable { case plain, good, bad, neutral, heading }

    public static func table(_ d: RecordDiff, paint: (String, Tone) -> String = { s, _ in s }) -> String {
        var out = paint("\(label(d.from)) → \(label(d.to))", .heading) + "\n"
        for h in d.headline { out += "  " + h + "\n" }
        if !d.indicators.isEmpty {
            out += "\n" + paint("Indicators", .heading) + "\n"
            let rows = d.indicators.map { c -> [String] in
                [
                    c.kind.rawValue, c.code ?? "", c.name, quantity(c.before?.value), quantity(c.after?.value),
                    quantity(c.before?.target), quantity(c.after?.target),
                    c.before?.rag?.rawValue ?? "", c.after?.rag?.rawValue ?? "", number(c.change), verdict(c.improved)
                ]
            }
            out += grid(
                header: [
                    "change", "code", "name", "value before", "value after", "target before", "target after",
                    "RAG before", "RAG after", "Δ", "better?"
                ],
                rows: rows, tone: { row, col in tone(d.indicators[row], col) }, paint: paint)
        }
        let revised = revisionRows(d)
        if !revised.isEmpty {
            out += "\n" + paint("Earlier figures revised", .heading) + "\n"
            out += grid(
                header: ["code", "name", "period", "before", "after"], rows: revised, tone: { _, _ in .plain },
                paint: paint)
        }
        if !d.actions.isEmpty {
            out += "\n" + paint("Actions", .heading) + "\n"
            let rows = d.actions.map { c -> [String] in
                [
                    c.kind.rawValue, c.theme ?? "", shorten(c.after?.text ?? c.before?.text ?? "", 60),
                    c.before?.status.rawValue ?? "", c.after?.status.rawValue ?? "",
                    c.before?.rag?.rawValue ?? "", c.after?.rag?.rawValue ?? ""
                ]
            }
            out += grid(
                header: ["change", "theme", "action", "status before", "status after", "RAG before", "RAG after"],
                rows: rows,
                tone: { row, col in
                    col == 6 ? ragTone(d.actions[row].after?.rag) : .plain
                }, paint: paint)
        }
        if !d.summaries.isEmpty {
            out += "\n" + paint("Summaries", .heading) + "\n"
            let rows = d.summaries.map { s -> [String] in
                [s.subject.rawValue, s.scope, counts(s.before), counts(s.after)]
            }
            out += grid(
                header: ["subject", "scope", "before", "after"], rows: rows, tone: { _, _ in .plain }, paint: paint)
        }
        return out
    }

    public static func markdown(_ d: RecordDiff) -> String {
        var out = "## \(label(d.from)) → \(label(d.to))\n\n"
        for h in d.headline { out += "- \(h)\n" }
        let row = MarkdownTable.row
        if !d.indicators.isEmpty {
            out += "\n### Indicators\n\n"
            out += row([
                "change", "code", "name", "value before", "value after", "target after", "RAG before", "RAG after",
                "better?"
            ])
            out += row(Array(repeating: "---", count: 9))
            for c in d.indicators {
                out += row([
                    c.kind.rawValue, c.code ?? "", c.name, quantity(c.before?.value), quantity(c.after?.value),
                    quantity(c.after?.target), c.before?.rag?.rawValue ?? "", c.after?.rag?.rawValue ?? "",
                    verdict(c.improved)
                ])
            }
        }
        let revised = revisionRows(d)
        if !revised.isEmpty {
            out += "\n### Earlier figures revised\n\n"
            out += row(["code", "name", "period", "before", "after"]) + row(Array(repeating: "---", count: 5))
            for r in revised { out += row(r) }
        }
        if !d.actions.isEmpty {
            out += "\n### Actions\n\n"
            out += row(["change", "theme", "action", "status before", "status after", "RAG before", "RAG after"])
            out += row(Array(repeating: "---", count: 7))
            for c in d.actions {
                out += row([
                    c.kind.rawValue, c.theme ?? "", c.after?.text ?? c.before?.text ?? "",
                    c.before?.status.rawValue ?? "", c.after?.status.rawValue ?? "",
                    c.before?.rag?.rawValue ?? "", c.after?.rag?.rawValue ?? ""
                ])
            }
        }
        if !d.summaries.isEmpty {
            out += "\n### Summaries\n\n"
            out += row(["subject", "scope", "before", "after"]) + row(Array(repeating: "---", count: 4))
            for s in d.summaries { out += row([s.subject.rawValue, s.scope, counts(s.before), counts(s.after)]) }
        }
        return out
    }

    /// One row per change, for spreadsheets: section, kind, key, name, before, after, RAGs.
    public static func csvRows(_ d: RecordDiff) -> [[String]] {
        var rows = [
            [
                "section", "change", "code", "name", "valueBefore", "valueAfter", "targetBefore", "targetAfter",
                "ragBefore", "ragAfter", "statusBefore", "statusAfter", "change", "improved"
            ]
        ]
        for c in d.indicators {
            rows.append([
                "indicator", c.kind.rawValue, c.code ?? "", c.name, quantity(c.before?.value), quantity(c.after?.value),
                quantity(c.before?.target), quantity(c.after?.target), c.before?.rag?.rawValue ?? "",
                c.after?.rag?.rawValue ?? "", "", "", number(c.change), c.improved.map { $0 ? "true" : "false" } ?? ""
            ])
        }
        // A revised earlier figure: its period takes the "change" column's place.
        for r in revisionRows(d) {
            rows.append(["revision", r[2], r[0], r[1], r[3], r[4], "", "", "", "", "", "", "", ""])
        }
        for c in d.actions {
            rows.append([
                "action", c.kind.rawValue, "", c.after?.text ?? c.before?.text ?? "", "", "", "", "",
                c.before?.rag?.rawValue ?? "", c.after?.rag?.rawValue ?? "",
                c.before?.status.rawValue ?? "", c.after?.status.rawValue ?? "", "", ""
            ])
        }
        for s in d.summaries {
            rows.append([
                "summary", s.before == nil ? "new" : s.after == nil ? "dropped" : "changed", s.subject.rawValue,
                s.scope,
                counts(s.before), counts(s.after), "", "", "", "", "", "", "", ""
            ])
        }
        return rows
    }

    /// code, name, period, before, after: one row per revised earlier figure.
    static func revisionRows(_ d: RecordDiff) -> [[String]] {
        d.indicators.flatMap { c in
            c.revisions.map { [c.code ?? "", c.name, period($0.period), quantity($0.before), quantity($0.after)] }
        }
    }

    static func period(_ p: Period) -> String {
        if let m = p.month { return m }
        return p.quarter.map { "\(p.financialYear) Q\($0)" } ?? p.financialYear
    }

    static func label(_ r: ReportRef) -> String {
        [r.council, r.period].compactMap { $0 }.joined(separator: " ").nonEmpty ?? r.fileName
    }

    static func quantity(_ q: Quantity?) -> String { q?.text ?? "" }

    static func number(_ v: Double?) -> String {
        guard let v else { return "" }
        let r = (v * 1000).rounded() / 1000
        return r == r.rounded() ? String(Int64(r)) : String(r)
    }

    static func verdict(_ b: Bool?) -> String { b.map { $0 ? "better" : "worse" } ?? "" }

    static func counts(_ s: Summary?) -> String {
        guard let s else { return "" }
        let c = s.counts
        let parts: [(String, Int?)] = [
            ("total", s.total), ("red", c.red), ("amber", c.amber), ("green", c.green),
            ("completed", c.completed), ("notStarted", c.notStarted), ("annual", c.annual),
            ("other", c.other)
        ]
        return parts.compactMap { k, v in v.map { "\(k) \($0)" } }.joined(separator: ", ")
    }

    static func shorten(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }

    static func ragTone(_ r: RAG?) -> Tone {
        switch r {
        case .red: .bad
        case .amber: .neutral
        case .green: .good
        case nil: .plain
        }
    }

    static func tone(_ c: IndicatorChange, _ col: Int) -> Tone {
        switch col {
        case 8: ragTone(c.after?.rag)
        case 10: c.improved.map { $0 ? .good : .bad } ?? .plain
        default: .plain
        }
    }

    /// Columns padded to their widest cell (padding outside the paint, so colour codes do not
    /// count towards the width).
    static func grid(header: [String], rows: [[String]], tone: (Int, Int) -> Tone, paint: (String, Tone) -> String)
        -> String
    {
        let all = [header] + rows
        let widths = header.indices.map { col in all.map { $0[col].count }.max() ?? 0 }
        var out = ""
        for (r, row) in all.enumerated() {
            var line = ""
            for (col, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[col] - cell.count)
                let t: Tone = r == 0 ? .heading : tone(r - 1, col)
                line += (col > 0 ? "  " : "") + paint(cell, t) + (col < row.count - 1 ? pad : "")
            }
            out += line + "\n"
        }
        return out
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}

extension DiffRender {
    public static func csv(_ d: RecordDiff) throws -> String {
        try CSVText.make(csvRows(d)) + "\n"
    }
}
