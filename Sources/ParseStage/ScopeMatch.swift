import Record

/// One scope spelt two ways across a paper: "Governance and Law" on the summary page,
/// "Governance, Law & Democracy" over its own table; "Integrated Children’s Services" and
/// "Children, Young People and Education (Integrated Children’s Services)". A summary whose
/// scope is another's in other words joins that one's group, so a paper repeating a service
/// area's counts gives one summary.
enum ScopeMatch {
    /// Words that do not tell scopes apart.
    static let fillerWords: Set<String> = ["and", "of", "the", "for", "in", "to"]

    /// The first summary of the same subject whose scope is this one's: the same words ("&" for
    /// "and"), or one is the other's bracketed part; else the one summary whose scope's words
    /// hold all of this one's (or the reverse), at least two, when their counts agree.
    /// "overall" matches only itself.
    static func group(of s: ParsedSummary, among firsts: [ParsedSummary]) -> ParsedSummary? {
        let same = firsts.filter { $0.subject == s.subject && $0.scope.key != "overall" }
        guard s.scope.key != "overall", !same.isEmpty else { return nil }
        let mine = words(s.scope)
        let myPart = bracketed(s.scope).map(words)
        if let strong = same.first(where: { o in
            let theirs = words(o.scope)
            return theirs == mine || myPart == theirs || bracketed(o.scope).map(words) == mine
        }) {
            return strong
        }
        guard mine.count >= 2 else { return nil }
        let weak = same.filter { o in
            let theirs = words(o.scope)
            return theirs.count >= 2 && (mine.isSubset(of: theirs) || theirs.isSubset(of: mine))
        }
        guard weak.count == 1, let only = weak.first, SummaryReader.agree(only, s), sharesACount(only, s) else {
            return nil
        }
        return only
    }

    /// The scope's words, lower-cased, apostrophes dropped, "&" read as "and" and filler left out.
    static func words(_ scope: String) -> Set<String> {
        let k = scope.key.replacingOccurrences(of: "’", with: "").replacingOccurrences(of: "'", with: "")
        return Set(k.split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { !fillerWords.contains($0) })
    }

    /// The text inside a scope's trailing brackets: "Children … (Integrated Children’s Services)".
    static func bracketed(_ scope: String) -> String? {
        let t = scope.collapsed
        guard t.hasSuffix(")"), let open = t.lastIndex(of: "(") else { return nil }
        return String(t[t.index(after: open)..<t.index(before: t.endIndex)]).nonBlank
    }

    private static func sharesACount(_ a: ParsedSummary, _ b: ParsedSummary) -> Bool {
        let ka = Set(a.counts.map(\.label.key))
        return b.counts.contains { ka.contains($0.label.key) } || (a.total != nil && a.total == b.total)
    }
}
