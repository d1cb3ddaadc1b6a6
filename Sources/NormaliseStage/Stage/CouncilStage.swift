import Record

/// The council: the listed UK authority mentioned most in the text (by name or by the gov.uk
/// domain of an address; ties go to the first mentioned), else the most-mentioned name as
/// written, else the hint (`--council`), else null.
enum CouncilStage {
    static func council(_ parsed: ParsedReport, hint: String?) -> Council? {
        var listed: [(council: Council, count: Int)] = []
        for m in parsed.councilMentions {
            guard let c = m.name.flatMap(Values.listedCouncil(name:)) ?? m.domain.flatMap(Values.listedCouncil(domain:))
            else { continue }
            if let k = listed.firstIndex(where: { $0.council == c }) { listed[k].count += m.count } else {
                listed.append((c, m.count))
            }
        }
        if let best = mostMentioned(listed) { return best }
        let written = parsed.councilMentions.compactMap { m in m.name.flatMap(Values.council(asWritten:)).map { ($0, m.count) } }
        if let best = mostMentioned(written) { return best }
        guard let hint else { return nil }
        return Values.listedCouncil(name: hint) ?? Values.council(asWritten: hint)
    }

    /// The highest count; the first of equals (the list is in order of first mention).
    private static func mostMentioned(_ items: [(council: Council, count: Int)]) -> Council? {
        var best: (council: Council, count: Int)?
        for item in items where item.count > (best?.count ?? 0) { best = item }
        return best?.council
    }
}
