import Record

/// Council names, e-mail/web domains and mentions in text → the shipped list of UK local
/// authorities (`CouncilList.generated.swift`). Never guesses: an unknown or ambiguous name
/// is no match.
public enum CouncilDirectory {
    /// A council named in text, and where (index of its first word among the text's words).
    public struct Mention: Equatable, Sendable {
        public let entry: CouncilEntry
        public let wordIndex: Int
        public let wordCount: Int
    }

    struct Index: Sendable {
        let fullNames: [([String], CouncilEntry)]
        /// Full names by their first word, and the first words of all place names: text
        /// positions whose word starts no name are skipped at once.
        let fullNamesByFirstWord: [String: [([String], CouncilEntry)]]
        let coreFirstWords: Set<String>
        let byCore: [[String]: [CouncilEntry]]
        let byDomain: [String: [CouncilEntry]]
        let entries: [CouncilEntry]

        init(_ entries: [CouncilEntry]) {
            self.entries = entries
            fullNames = entries.map { (CouncilNames.tokens($0.name), $0) }
            var cores: [[String]: [CouncilEntry]] = [:]
            var domains: [String: [CouncilEntry]] = [:]
            for (tokens, e) in fullNames {
                cores[CouncilNames.core(tokens), default: []].append(e)
                domains[e.domain, default: []].append(e)
            }
            byCore = cores
            byDomain = domains
            fullNamesByFirstWord = Dictionary(grouping: fullNames, by: { $0.0.first ?? "" })
            coreFirstWords = Set(cores.keys.compactMap(\.first))
        }
    }

    static let index = Index(all)

    /// A council's name as written (a label's value, `--council NAME`): "Charnwood BC",
    /// "CHARNWOOD BOROUGH COUNCIL", "Charnwood", "LB Harrow", "Harrow Council". Nil when the
    /// name is not in the list, or fits several councils ("Durham" alone when both a county
    /// and a city council were called so).
    public static func match(name: String) -> CouncilEntry? {
        match(tokens: CouncilNames.tokens(name), in: index)
    }

    static func match(tokens: [String], in index: Index) -> CouncilEntry? {
        guard !tokens.isEmpty else { return nil }
        if let exact = index.fullNames.first(where: { $0.0 == tokens }) { return exact.1 }
        let core = CouncilNames.core(tokens)
        guard !core.isEmpty, !core.allSatisfy(CouncilNames.typeWords.contains),
            !CouncilNames.fullNameOnlyCores.contains(core),
            let candidates = index.byCore[core]
        else { return nil }
        let tiers = CouncilNames.tiers(tokens)
        let fitting = candidates.filter { tiers.isSubset(of: Set(CouncilNames.tokens($0.name))) }
        return fitting.count == 1 ? fitting[0] : nil
    }

    /// The `council` object for a name as written: the listed council when it matches,
    /// else the name kept as written with its slug and no GSS code. Nil for an empty name.
    public static func council(named name: String) -> Council? {
        if let e = match(name: name) { return e.council }
        let written = TextCleanup.clean(name)
        guard !written.isEmpty, !Slug.make(written).isEmpty else { return nil }
        return Council(name: written, slug: Slug.make(written), gssCode: nil)
    }

    /// The council whose homepage domain an e-mail or web address in `text` belongs to
    /// ("david.harrington@harrow.gov.uk" → London Borough of Harrow; subdomains such as
    /// "democracy.harrow.gov.uk" count). The first address that identifies exactly one council
    /// wins; a domain two councils share (adur-worthing.gov.uk) identifies none.
    public static func match(domainIn text: String) -> CouncilEntry? {
        for host in hosts(in: text) {
            var labels = host.split(separator: ".")
            while labels.count >= 2 {
                let candidate = labels.joined(separator: ".")
                if let found = index.byDomain[candidate] {
                    if found.count == 1 { return found[0] }
                    break
                }
                labels.removeFirst()
            }
        }
        return nil
    }

    /// Every council named in free text, in order of appearance: full names ("Charnwood
    /// Borough Council"), a place followed by a council word ("Charnwood BC", "Harrow
    /// Council"), or "London Borough of Harrow". At each place the longest name wins; a place
    /// name alone ("Leicestershire Tourism Awards") or "County" alone is no mention.
    public static func mentions(in text: String) -> [Mention] {
        let words = CouncilNames.tokens(text)
        var out: [Mention] = []
        var i = 0
        while i < words.count {
            if let m = longestMention(words, at: i) {
                out.append(m)
                i += m.wordCount
            } else {
                i += 1
            }
        }
        return out
    }

    /// The first council named in `text` (see `mentions(in:)`), or nil.
    public static func find(in text: String) -> CouncilEntry? {
        mentions(in: text).first?.entry
    }

    /// The council a whole paper is by, or nil — never a guess (the rules of `own(_:)`, with
    /// the paper's first `councilTitleAreaCharacters` as its opening).
    public static func identify(in text: String) -> CouncilEntry? {
        let opening = Set(mentions(in: String(text.prefix(NormaliseTuning.councilTitleAreaCharacters))).map(\.entry))
        var evidence: [CouncilEvidence<CouncilEntry>] = []
        for m in mentions(in: text) {
            if let k = evidence.firstIndex(where: { $0.subject == m.entry }) {
                evidence[k].count += 1
            } else {
                evidence.append(CouncilEvidence(subject: m.entry, count: 1, inOpening: opening.contains(m.entry)))
            }
        }
        if let e = match(domainIn: text) {
            if let k = evidence.firstIndex(where: { $0.subject == e }) {
                evidence[k].inAddress = true
            } else {
                evidence.append(CouncilEvidence(subject: e, count: 1, inAddress: true))
            }
        }
        return own(evidence)
    }

    /// Which of the councils a paper names is its own, never a guess:
    /// 1. one named in its opening (first page, running header or footer);
    /// 2. else one in a gov.uk e-mail or web address;
    /// 3. else one named at least `councilMinimumMentions` times and more often than any other —
    ///    a partner named in passing ("contribution from Medway Council" once in a Kent paper)
    ///    is not the paper's council.
    /// Among several that fit a rule, the most mentioned; of equals, the first in the list.
    public static func own<S>(_ evidence: [CouncilEvidence<S>]) -> S? {
        if let s = mostMentioned(evidence.filter(\.inOpening)) { return s }
        if let s = mostMentioned(evidence.filter(\.inAddress)) { return s }
        let ranked = evidence.sorted { $0.count > $1.count }
        guard let top = ranked.first, top.count >= NormaliseTuning.councilMinimumMentions,
            ranked.count == 1 || ranked[1].count < top.count
        else { return nil }
        return top.subject
    }

    private static func mostMentioned<S>(_ items: [CouncilEvidence<S>]) -> S? {
        var best: CouncilEvidence<S>?
        for item in items where item.count > (best?.count ?? 0) { best = item }
        return best?.subject
    }

    /// Council suffixes that make a place name a council mention.
    static let suffixes: [[String]] = [
        ["metropolitan", "borough", "council"], ["metropolitan", "district", "council"],
        ["borough", "council"], ["district", "council"], ["county", "council"], ["city", "council"],
        ["city", "and", "district", "council"], ["council"]
    ]
    static let maxNameWords = 10

    static func longestMention(_ words: [String], at i: Int) -> Mention? {
        var best: Mention?
        func consider(_ entry: CouncilEntry, _ count: Int) {
            if best == nil || count > best!.wordCount { best = Mention(entry: entry, wordIndex: i, wordCount: count) }
        }
        let rest = words[i...]
        let first = words[i]
        guard index.coreFirstWords.contains(first) || index.fullNamesByFirstWord[first] != nil else { return nil }
        for (full, entry) in index.fullNamesByFirstWord[first] ?? [] where rest.starts(with: full) {
            consider(entry, full.count)
        }
        // "London Borough of X", "Royal Borough of X" with X's words up to the list's longest.
        for prefix in [["london", "borough", "of"], ["royal", "borough", "of"]] where rest.starts(with: prefix) {
            for n in stride(from: min(maxNameWords, rest.count - prefix.count), through: 1, by: -1) {
                let tokens = Array(rest.prefix(prefix.count + n))
                if let e = match(tokens: tokens, in: index) {
                    consider(e, tokens.count)
                    break
                }
            }
        }
        // Place + council suffix: "Charnwood Borough Council", "Harrow Council".
        for n in 1...min(maxNameWords, rest.count) {
            let place = Array(rest.prefix(n))
            guard index.byCore[place] != nil else { continue }
            for suffix in suffixes where rest.dropFirst(n).starts(with: suffix) {
                if let e = match(tokens: place + suffix, in: index) { consider(e, n + suffix.count) }
                break
            }
        }
        return best
    }

    /// Host names of e-mail addresses and URLs in `text`, lower-cased, without "www.".
    static func hosts(in text: String) -> [String] {
        var out: [String] = []
        let separators: Set<Character> = [" ", "\n", "\t", "<", ">", "(", ")", "[", "]", ",", ";", "\"", "'", "|"]
        for raw in text.split(whereSeparator: { separators.contains($0) }) {
            var t = raw.lowercased()[...]
            if let at = t.lastIndex(of: "@") {
                t = t[t.index(after: at)...]
            } else if let scheme = t.firstRange(of: "://") {
                t = t[scheme.upperBound...]
            } else if !(t.hasPrefix("www.") || t.contains(".gov.uk") || t.contains(".gov.wales")
                || t.contains(".gov.scot") || t.contains(".llyw.cymru"))
            {
                continue
            }
            if let slash = t.firstIndex(where: { $0 == "/" || $0 == ":" || $0 == "?" }) { t = t[..<slash] }
            while let last = t.last, !(last.isLetter || last.isNumber) { t = t.dropLast() }
            if t.hasPrefix("www.") { t = t.dropFirst(4) }
            guard t.contains("."), t.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) else {
                continue
            }
            out.append(String(t))
        }
        return out
    }
}

/// What a paper says of one council: how often it names it, and whether in its opening or in
/// an address.
public struct CouncilEvidence<Subject> {
    public var subject: Subject
    /// Mentions by name (an address alone counts one).
    public var count: Int
    /// Named on the first page, or in a running header or footer.
    public var inOpening: Bool
    /// In a gov.uk e-mail or web address.
    public var inAddress: Bool

    public init(subject: Subject, count: Int, inOpening: Bool = false, inAddress: Bool = false) {
        self.subject = subject
        self.count = count
        self.inOpening = inOpening
        self.inAddress = inAddress
    }
}
