import Record
import Tabular

/// A record as a page a person reads: what the paper is, its counts, indicators, actions,
/// risks and the findings (`extract --format markdown`).
enum RecordMarkdown {
    static func render(_ r: Record) -> String {
        var out = "# \(r.document.title)\n\n"
        var facts: [(String, String?)] = [
            ("Council", r.council.map { c in c.gssCode.map { "\(c.name) (\($0))" } ?? c.name }),
            ("Period", r.period.map { p in p.quarter.map { "\(p.financialYear) Q\($0)" } ?? p.financialYear }),
            ("Kind", r.document.kind.rawValue), ("Committee", r.document.committee),
            ("Meeting date", r.document.meetingDate), ("Reporting officer", r.document.reportingOfficer),
            ("Portfolio", r.document.portfolio), ("Portfolio holder", r.document.portfolioHolder),
            ("Wards affected", r.document.wardsAffected)
        ]
        facts.append(("Source", "\(r.source.fileName), \(r.source.pageCount) pages, report \(r.reportId)"))
        for (k, v) in facts { if let v { out += "- **\(k):** \(v)\n" } }
        if !r.document.recommendations.isEmpty {
            out += "\n## Recommendations\n\n" + r.document.recommendations.map { "- \($0)\n" }.joined()
        }
        if !r.summaries.isEmpty {
            out +=
                "\n## Summaries\n\n"
                + row([
                    "subject", "scope", "total", "red", "amber", "green", "completed", "not started", "annual", "page"
                ])
            out += row(Array(repeating: "---", count: 10))
            for s in r.summaries {
                let c = s.counts
                out += row([
                    s.subject.rawValue, s.scope, n(s.total), n(c.red), n(c.amber), n(c.green), n(c.completed),
                    n(c.notStarted), n(c.annual), String(s.page)
                ])
            }
        }
        if !r.indicators.isEmpty {
            out +=
                "\n## Indicators\n\n" + row(["code", "name", "latest", "value", "target", "RAG", "direction", "page"])
            out += row(Array(repeating: "---", count: 8))
            for i in r.indicators {
                let o = i.observations.last
                let period =
                    o.map { p in
                        p.period.quarter.map { "\(p.period.financialYear) Q\($0)" } ?? p.period.month
                            ?? p.period.financialYear
                    } ?? ""
                out += row([
                    i.code ?? "", i.name, period, o?.value?.text ?? "", o?.target?.text ?? "",
                    i.rag.map { "\($0.rawValue) (\(i.ragSource?.rawValue ?? ""))" } ?? "", i.direction?.rawValue ?? "",
                    String(i.page)
                ])
            }
        }
        if !r.actions.isEmpty {
            out +=
                "\n## Actions\n\n" + row(["theme", "action", "status", "RAG", "page"])
                + row(Array(repeating: "---", count: 5))
            for a in r.actions {
                out += row([
                    a.theme ?? "", a.text, a.statusText ?? a.status.rawValue, a.rag?.rawValue ?? "", String(a.page)
                ])
            }
        }
        if !r.risks.isEmpty {
            out +=
                "\n## Risks\n\n" + row(["risk", "likelihood", "impact", "RAG", "page"])
                + row(Array(repeating: "---", count: 5))
            for k in r.risks {
                out += row([
                    k.description, k.likelihood?.text ?? "", k.impact?.text ?? "", k.rag?.rawValue ?? "", String(k.page)
                ])
            }
        }
        if !r.issues.isEmpty {
            out += "\n## Findings\n\n"
            for i in r.issues {
                out += "- \(i.severity.rawValue) `\(i.code)`\(i.page.map { " (page \($0))" } ?? ""): \(i.message)\n"
            }
        }
        return out
    }

    static func n(_ v: Int?) -> String { v.map(String.init) ?? "" }

    static func row(_ cells: [String]) -> String { MarkdownTable.row(cells) }
}
