import NormaliseStage
import Record

/// Rules about the record as a whole: identity, page numbers, dates that must exist, and
/// the RAG/ragSource pairing.
enum RecordRules {
    static func check(_ r: Record) -> [Issue] {
        var out: [Issue] = []
        let expectedId = String(r.source.sha256.prefix(16))
        if r.reportId != expectedId {
            out.append(
                RuleCode.reportIdMismatch.issue(
                    "reportId \(r.reportId) is not the first 16 hex digits of the source's sha256 (\(expectedId)).",
                    page: nil))
        }
        out += pages(r)
        out += dates(r)
        for ind in r.indicators where (ind.rag == nil) != (ind.ragSource == nil) {
            let message =
                ind.rag == nil
                ? "\(ind.label) has ragSource \(ind.ragSource!.rawValue) but no RAG."
                : "\(ind.label) has RAG \(ind.rag!.rawValue) but no ragSource (reported or derived)."
            out.append(RuleCode.ragSourceInconsistent.issue(message, page: ind.page))
        }
        return out
    }

    private static func pages(_ r: Record) -> [Issue] {
        let count = r.source.pageCount
        var items: [(String, Int)] = []
        items += r.summaries.map { ("The \($0.subject.rawValue) summary \"\($0.scope)\"", $0.page) }
        items += r.actions.map { ("The action \"\($0.text.clipped)\"", $0.page) }
        items += r.indicators.map { ($0.label, $0.page) }
        items += r.risks.map { ("The risk \"\($0.description.clipped)\"", $0.page) }
        items += r.issues.compactMap { i in i.page.map { ("The issue \(i.code)", $0) } }
        return items.filter { $0.1 > count }.map { what, page in
            RuleCode.pageOutOfRange.issue(
                "\(what) is on page \(page), but the PDF has \(count) page\(count == 1 ? "" : "s").", page: page)
        }
    }

    private static func dates(_ r: Record) -> [Issue] {
        var fields: [(String, String)] = []
        if let d = r.document.meetingDate { fields.append(("document.meetingDate", d)) }
        if let p = r.period { fields += [("period.start", p.start), ("period.end", p.end)] }
        // A malformed date is a schema problem (SchemaRules); here: well formed but not real.
        return fields.filter { Format.date.matches($0.1) && Day(iso: $0.1) == nil }.map { name, value in
            RuleCode.invalidDate.issue("\(name) \(value) is not a real calendar date.", page: nil)
        }
    }
}

extension Indicator {
    /// How messages name an indicator: its code and name when it has a code.
    var label: String {
        if let code { return "KPI \(code) \"\(name.clipped)\"" }
        return "The KPI \"\(name.clipped)\""
    }
}

extension String {
    /// Long texts shortened for messages.
    var clipped: String { count <= 60 ? self : String(prefix(57)) + "..." }
}
