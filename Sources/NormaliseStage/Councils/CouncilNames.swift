/// Word-level forms of council names used for matching: "Charnwood BC" and "CHARNWOOD
/// BOROUGH COUNCIL" both become ["charnwood", "borough", "council"].
enum CouncilNames {
    /// Abbreviations expanded in place. "CC" (county or city) stays ambiguous: it only says
    /// "council" and the tier must come from elsewhere.
    static let abbreviations: [String: [String]] = [
        "bc": ["borough", "council"], "dc": ["district", "council"], "cc": ["council"],
        "mbc": ["metropolitan", "borough", "council"], "mdc": ["metropolitan", "district", "council"],
        "lbc": ["london", "borough", "council"], "rbc": ["royal", "borough", "council"],
        "lb": ["london", "borough", "of"]
    ]
    /// Words that say what kind of authority, not which one.
    static let tierWords: Set<String> = ["borough", "district", "county", "city", "metropolitan", "royal", "london"]
    static let typeWords: Set<String> = tierWords.union(["council", "corporation", "of", "and", "the"])

    /// Places whose bare name is not a council ("London Councils", "London Borough Council" are
    /// not the City of London Corporation): only the full name matches them.
    static let fullNameOnlyCores: Set<[String]> = [["london"]]

    /// Lower-cased words, "&" read as "and", "the" dropped, abbreviations expanded.
    static func tokens(_ text: String) -> [String] {
        let words = TextCleanup.words(text.replacingAmpersands)
        var out: [String] = []
        for w in words where w != "the" {
            if let e = abbreviations[w] { out += e } else { out.append(w) }
        }
        return out
    }

    /// The words that name the place: "City of Bradford Metropolitan District Council" →
    /// ["bradford"]; "London Borough of Harrow" → ["harrow"]; "St Albans City and District
    /// Council" → ["st", "albans"].
    static func core(_ tokens: [String]) -> [String] {
        var t = tokens[...]
        let prefixes: [[String]] = [
            ["london", "borough", "of"], ["royal", "borough", "of"], ["borough", "council", "of"],
            ["city", "and", "county", "of"], ["city", "of"],
            ["borough", "of"], ["council", "of"], ["county", "of"]
        ]
        for p in prefixes where t.starts(with: p) {
            t = t.dropFirst(p.count)
            break
        }
        while let last = t.last, typeWords.contains(last), t.count > 1 { t = t.dropLast() }
        return Array(t)
    }

    /// The tier words a name states ("borough", "county"…), which an entry must share.
    static func tiers(_ tokens: [String]) -> Set<String> {
        Set(tokens.filter { tierWords.contains($0) && $0 != "royal" && $0 != "london" })
    }
}

extension String {
    var replacingAmpersands: String {
        guard utf8.contains(UInt8(ascii: "&")) else { return self }
        var s = ""
        for ch in self { if ch == "&" { s += " and " } else { s.append(ch) } }
        return s
    }
}
