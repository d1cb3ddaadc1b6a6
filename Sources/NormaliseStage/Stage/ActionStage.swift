import Record

/// An action: status from its status words, start/end as periods, RAG only from what the
/// table shows (a RAG word or colour).
enum ActionStage {
    static func action(_ a: ParsedAction, periods: ObservationPeriods, issues: inout [Issue]) -> Action {
        Action(
            theme: a.theme, outcome: a.outcome, text: a.text, progress: a.progress,
            status: a.statusText.map(Values.status) ?? .unknown, statusText: a.statusText,
            start: when(a.start, periods: periods, page: a.page, issues: &issues),
            end: when(a.end, periods: periods, page: a.page, issues: &issues),
            rag: RAGReading.rag(a.rag), page: a.page
        )
    }

    private static func when(_ text: String?, periods: ObservationPeriods, page: Int, issues: inout [Issue]) -> Period? {
        guard let text, !Values.isBlankValue(text) else { return nil }
        if let p = periods.period(header: text) { return p }
        issues.append(Issue(severity: .warning, stage: "normalise", code: "unparsed-period",
                            message: "Action date \"\(text)\" was not understood as a period.", page: page))
        return nil
    }
}

/// A RAG shown as a word or a colour; the word wins when both are there.
enum RAGReading {
    static func rag(_ r: ParsedRAG?) -> RAG? {
        guard let r else { return nil }
        return r.text.flatMap(Values.rag(word:)) ?? r.colour.flatMap(Values.rag(colour:))
    }
}
