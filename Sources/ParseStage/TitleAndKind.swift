import Record
import SegmentStage

/// The document's title: a labelled subject ("Subject:", "Title of Report"), else the first
/// title-like heading, else the PDF's own title, else the file name.
enum TitleFinder {
    static let titleWords = [
        "report", "performance", "scorecard", "overview", "quarter", "dashboard", "monitoring",
        "appendix", "update", "summary", "plan"
    ]

    static func title(doc: SegmentedDocument, view: DocumentView, labelled: String?) -> String {
        if let labelled { return labelled }
        let headings = doc.blocks.filter { $0.kind == .heading && $0.page <= ParseTuning.maxCoverPage }
            .map { $0.text.collapsed.replacingOccurrences(of: "**", with: "").collapsed }
            .filter(acceptable)
        if let h = headings.first(where: { $0.mentions(titleWords) }) ?? headings.first { return h }
        if let t = doc.metadata.title?.collapsed, !t.isEmpty, !t.key.hasPrefix("microsoft "), !t.key.hasSuffix(".docx"),
            !t.key.hasSuffix(".doc")
        {
            return t
        }
        var name = doc.fileName
        if name.lowercased().hasSuffix(".pdf") { name.removeLast(4) }
        return name
    }

    /// Not a committee line, a "Report of …" line, "Part A", a label, or a page furniture line.
    private static func acceptable(_ t: String) -> Bool {
        guard t.count >= 8, t.count <= ParseTuning.maxCaptionLength else { return false }
        if CoverParser.committeeHeading(t) != nil || CoverParser.labelled(t) != nil || CoverField.of(label: t) != nil {
            return false
        }
        return t.firstMatch(#"^(report of|part [a-z]\b|page \d|appendix [a-z0-9]+$)"#) == nil
    }
}

/// cover-report: the paper puts a decision to its committee (recommendations, or a front sheet
/// naming portfolio and wards; a committee and date alone are in any appendix's running header);
/// scorecard: KPIs (and their counts) with no actions, unless it calls itself an appendix;
/// performance-appendix: actions, KPIs or summaries without a cover; else other.
enum DocumentKinds {
    static func kind(title: String, cover: ParsedCover, indicators: Int, actions: Int, summaries: Int) -> DocumentKind {
        let decisionFields = [cover.portfolio, cover.portfolioHolder, cover.wardsAffected].compactMap { $0 }.count
        if !cover.recommendations.isEmpty || decisionFields >= ParseTuning.minCoverFields { return .coverReport }
        let appendix = title.firstMatch(#"^(appendix|annex)\b"#) != nil
        if title.key.contains("scorecard") || (indicators > 0 && actions == 0 && !appendix) { return .scorecard }
        if indicators + actions + summaries > 0 { return .performanceAppendix }
        return .other
    }
}

/// Texts that may state the report's period, best first: the title, headings, then paragraphs
/// and captions that mention a quarter or a period end.
enum PeriodTexts {
    /// `coverTables`: label/value tables whose cells (a "Purpose of Report" value) may state the
    /// period; cells of other tables are data, not statements of the period.
    static func find(title: String, view: DocumentView, coverTables: Set<Int>) -> [ParsedText] {
        var out = [ParsedText(text: title, page: 1, origin: "title")]
        let cue = #"\bq\s?[1-4]\b|\bquarter\b|period (to|ending|ended)|as at|end of|\b(19|20)\d{2}\s*[/-]\s*\d{2}"#
        var seen = Set([title])
        for b in view.doc.blocks where DocumentView.isText(b.kind) && b.kind == .heading {
            let t = b.text.collapsed
            if t.firstMatch(cue) != nil, seen.insert(t).inserted {
                out.append(ParsedText(text: t, page: b.page, origin: "heading"))
            }
        }
        // The cheap tests first: the pattern over every paragraph of a long paper was a fortieth of it.
        for p in view.paragraphs
        where p.page <= ParseTuning.maxCoverPage + 1 && (p.table.map(coverTables.contains) ?? true)
            && p.text.firstMatch(cue) != nil
        {
            if seen.insert(p.text).inserted { out.append(ParsedText(text: p.text, page: p.page, origin: "paragraph")) }
            if out.count >= ParseTuning.maxPeriodTexts { break }
        }
        return out
    }
}
