import Record

/// The council: a council of the list named in the text (names first, then gov.uk domains of
/// addresses), else the first name as written, else the hint (`--council`), else null.
enum CouncilStage {
    static func council(_ parsed: ParsedReport, hint: String?) -> Council? {
        let names = parsed.councilMentions.compactMap(\.name)
        let domains = parsed.councilMentions.compactMap(\.domain)
        if let c = names.lazy.compactMap(Values.listedCouncil(name:)).first { return c }
        if let c = domains.lazy.compactMap(Values.listedCouncil(domain:)).first { return c }
        if let c = names.lazy.compactMap(Values.council(asWritten:)).first { return c }
        guard let hint else { return nil }
        return Values.listedCouncil(name: hint) ?? Values.council(asWritten: hint)
    }
}
