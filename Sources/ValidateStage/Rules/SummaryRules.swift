import Record

/// Rules about RAG summaries: counts add up to their total, theme summaries add up to the
/// overall one, and the items listed agree with the stated totals.
enum SummaryRules {
    static let overallScope = "overall"

    static func check(_ r: Record) -> [Issue] {
        var out: [Issue] = []
        for s in r.summaries {
            out += counts(s)
        }
        for subject in SummarySubject.allCases {
            let of = r.summaries.filter { $0.subject == subject }
            out += themes(of, subject: subject)
            out += listed(of, subject: subject, r)
        }
        return out
    }

    private static func counts(_ s: Summary) -> [Issue] {
        guard let total = s.total else { return [] }
        var out: [Issue] = []
        let statusTotal = s.counts.statusTotal
        if s.counts.hasStatusCounts, statusTotal != total {
            out.append(
                RuleCode.summaryCountsMismatch.issue(
                    "\(s.name): the status counts add up to \(statusTotal), but the stated total is \(total).",
                    page: s.page))
        }
        let travel = [s.counts.improving, s.counts.noChange, s.counts.worsening].compactMap { $0 }.reduce(0, +)
        if travel > total {
            out.append(
                RuleCode.directionCountsExceedTotal.issue(
                    "\(s.name): \(travel) items have a direction of travel, more than the stated total of \(total).",
                    page: s.page))
        }
        return out
    }

    /// Theme summaries (any scope but "overall") must add up to the overall one, count by count.
    private static func themes(_ summaries: [Summary], subject: SummarySubject) -> [Issue] {
        guard let overall = summaries.first(where: \.isOverall) else { return [] }
        let themes = summaries.filter { !$0.isOverall }
        guard !themes.isEmpty else { return [] }
        var differences: [String] = []
        if let total = overall.total, themes.allSatisfy({ $0.total != nil }) {
            let sum = themes.compactMap(\.total).reduce(0, +)
            if sum != total { differences.append("total \(sum) vs \(total)") }
        }
        for (name, key) in SummaryCounts.statusKeys {
            guard let want = overall.counts[keyPath: key], themes.allSatisfy({ $0.counts[keyPath: key] != nil }) else {
                continue
            }
            let sum = themes.compactMap { $0.counts[keyPath: key] }.reduce(0, +)
            if sum != want { differences.append("\(name) \(sum) vs \(want)") }
        }
        guard !differences.isEmpty else { return [] }
        let names = themes.map { "\"\($0.scope)\"" }.joined(separator: ", ")
        return [
            RuleCode.themeSummariesMismatch.issue(
                "The \(subject.rawValue) theme summaries (\(names)) do not add up to the overall summary: "
                    + "\(differences.joined(separator: "; ")).",
                page: overall.page)
        ]
    }

    /// The number of indicators or actions listed against a stated total. A record that lists
    /// none (a cover report with only the summary) is not flagged.
    private static func listed(_ summaries: [Summary], subject: SummarySubject, _ r: Record) -> [Issue] {
        var out: [Issue] = []
        let listed = subject == .indicators ? r.indicators.count : r.actions.count
        if listed > 0, let overall = summaries.first(where: \.isOverall), let total = overall.total, total != listed {
            out.append(
                RuleCode.listedCountMismatch.issue(
                    "The overall \(subject.rawValue) summary states \(total), but the report lists \(listed).",
                    page: overall.page))
        }
        guard subject == .actions else { return out }  // indicators carry no theme
        for theme in summaries where !theme.isOverall {
            let n = r.actions.filter { $0.theme?.caseInsensitiveCompare(theme.scope) == .orderedSame }.count
            if n > 0, let total = theme.total, total != n {
                out.append(
                    RuleCode.listedCountMismatch.issue(
                        "The actions summary for \"\(theme.scope)\" states \(total), but \(n) actions of that theme "
                            + "are listed.",
                        page: theme.page))
            }
        }
        return out
    }
}

extension Summary {
    var isOverall: Bool { scope.caseInsensitiveCompare(SummaryRules.overallScope) == .orderedSame }
    var name: String { "The \(subject.rawValue) summary \"\(scope)\"" }
}

extension SummaryCounts {
    static var statusKeys: [(String, KeyPath<SummaryCounts, Int?>)] {
        [
            ("red", \.red), ("amber", \.amber), ("green", \.green), ("completed", \.completed),
            ("notStarted", \.notStarted), ("annual", \.annual), ("other", \.other)
        ]
    }

    var hasStatusCounts: Bool { Self.statusKeys.contains { self[keyPath: $0.1] != nil } }
}
