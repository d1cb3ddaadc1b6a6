import Foundation
import Record

/// An action: status from its status words, start/end as periods, RAG only from what the
/// table shows (a RAG word or colour).
enum ActionStage {
    static func action(_ a: ParsedAction, periods: ObservationPeriods, issues: inout [Issue]) -> Action {
        let start = when(a.start, periods: periods, page: a.page, issues: &issues)
        let end = when(a.end, periods: periods, page: a.page, issues: &issues)
        // A "RAG status" column holding status words ("On track" on a green fill) is both status and RAG.
        let ragWords = a.rag?.text.flatMap { Values.status($0) == .unknown ? nil : $0 }
        // So is a short progress cell of status words when there is no status column.
        let progressWords = a.progress.flatMap {
            $0.split(separator: " ").count <= NormaliseTuning.maxProgressStatusWords && Values.status($0) != .unknown
                ? $0 : nil
        }
        let statusText = a.statusText ?? ragWords ?? progressWords
        var status = statusText.map(Values.status) ?? .unknown
        // "Off track" with its due date already past at the end of the reporting period is overdue.
        if status == .inProgress, let words = statusText, ActionStatusWords.isLateWhenPastDue(words), let end,
            let report = periods.report, let due = lastMonth(of: end), due <= String(report.end.prefix(7))
        {
            status = .overdue
        }
        return Action(
            theme: a.theme, outcome: a.outcome, text: a.text, progress: a.progress,
            status: status, statusText: statusText,
            start: start, end: end, rag: RAGReading.rag(a.rag) ?? ragWordAsStatus(statusText, status: status),
            page: a.page
        )
    }

    /// A status column written in RAG words ("Green", "Amber") states the RAG, not a status.
    static func ragWordAsStatus(_ text: String?, status: ActionStatus) -> RAG? {
        guard status == .unknown, let text else { return nil }
        return Values.rag(word: text)
    }

    /// "YYYY-MM" of a period's last month: the month itself, a quarter's third month, or March.
    static func lastMonth(of p: Period) -> String? {
        if let m = p.month { return m }
        guard let fy = FinancialYear.parse(p.financialYear) else { return nil }
        let month = p.quarter.map { [6, 9, 12, 3][($0 - 1) % 4] } ?? 3
        let year = fy.calendarYear(ofMonth: month)
        return "\(year)-\(month < 10 ? "0" : "")\(month)"
    }

    private static func when(_ text: String?, periods: ObservationPeriods, page: Int, issues: inout [Issue]) -> Period?
    {
        guard let text, !Values.isBlankValue(text) else { return nil }
        // A due date written as a day ("30-Sep-24", "30 Sept. 2024") is its month, like "30/09/2024".
        if text.firstMatch(#"^\d{1,2}(st|nd|rd|th)?[\s/.-]+[A-Za-z]{3,9}\.?[\s/.-]+\d{2,4}$"#, options: []) != nil,
            let d = DateParser.parse(text)
        {
            return Period(financialYear: FinancialYear(containing: d).label, month: d.yearMonth)
        }
        if let p = periods.period(header: text) { return p }
        issues.append(
            Issue(
                severity: .warning, stage: "normalise", code: "unparsed-period",
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
