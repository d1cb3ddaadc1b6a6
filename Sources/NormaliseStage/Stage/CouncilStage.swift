import Record

/// The council: from the text (a name, else a gov.uk domain), else the hint, else null.
enum CouncilStage {
    static func council(_ parsed: ParsedReport, hint: String?) -> Council? {
        for m in parsed.councilMentions {
            if let n = m.name, let c = Values.council(name: n) { return c }
        }
        for m in parsed.councilMentions {
            if let d = m.domain, let c = Values.council(domain: d) { return c }
        }
        return hint.flatMap(Values.council(name:))
    }
}
