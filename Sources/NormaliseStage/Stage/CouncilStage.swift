import Record

/// The council: `CouncilDirectory.own` over the councils the parse stage saw named (a listed
/// UK authority first, else a name not in the list as written, by the same rules), else the
/// hint (`--council`), else null with a warning naming what was seen in passing.
enum CouncilStage {
    static func council(_ parsed: ParsedReport, hint: String?, issues: inout [Issue]) -> Council? {
        var listed: [CouncilEvidence<Council>] = []
        var written: [CouncilEvidence<Council>] = []
        for m in parsed.councilMentions {
            if let c = m.name.flatMap(Values.listedCouncil(name:)) ?? m.domain.flatMap(Values.listedCouncil(domain:)) {
                add(m, as: c, to: &listed)
            } else if let c = m.name.flatMap(Values.council(asWritten:)) {
                add(m, as: c, to: &written)
            }
        }
        if let c = CouncilDirectory.own(listed) ?? CouncilDirectory.own(written) { return c }
        if let hint, let c = Values.listedCouncil(name: hint) ?? Values.council(asWritten: hint) { return c }
        let passing = (listed + written).map { "\($0.subject.name) (\($0.count)×)" }
        issues.append(
            Issue(
                severity: .warning, stage: "normalise", code: "council-not-found",
                message: "No council named on the first page, in a running header or footer or in a gov.uk address"
                    + (passing.isEmpty ? "" : "; named only in passing: " + passing.joined(separator: ", "))
                    + ". Give it with --council."))
        return nil
    }

    /// A mention on the first page (running headers and footers count from the first page they
    /// are on) is in the paper's opening.
    private static func add(_ m: ParsedCouncilMention, as c: Council, to evidence: inout [CouncilEvidence<Council>]) {
        let k =
            evidence.firstIndex { $0.subject == c }
            ?? {
                evidence.append(CouncilEvidence(subject: c, count: 0))
                return evidence.count - 1
            }()
        evidence[k].count += m.count
        if m.name != nil && m.page == 1 { evidence[k].inOpening = true }
        if m.domain != nil { evidence[k].inAddress = true }
    }
}
