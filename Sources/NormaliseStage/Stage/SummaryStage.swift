import Record

/// Summary counts: each label mapped to its count key (SPEC rules: "annual" → annual, "on target
/// or within tolerance" → green, "behind target" → red); unknown labels add up in `other`.
enum SummaryStage {
    static func summary(_ s: ParsedSummary, issues: inout [Issue]) -> Summary {
        var counts = SummaryCounts()
        for c in s.counts {
            guard let n = Int(c.value.filter(\.isNumber)) else { continue }
            guard let k = Values.countKey(c.label) else { continue }  // a total: already on `total`
            if k == \SummaryCounts.other {
                issues.append(
                    Issue(
                        severity: .warning, stage: "normalise", code: "unknown-count-label",
                        message: "Summary count label \"\(c.label)\" counted as other.", page: s.page))
            }
            counts[keyPath: k] = (counts[keyPath: k] ?? 0) + n
        }
        return Summary(
            subject: s.subject, scope: s.scope, total: s.total.flatMap { Int($0.filter(\.isNumber)) },
            counts: counts, page: s.page)
    }
}
