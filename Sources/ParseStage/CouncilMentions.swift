import Record

/// Council names as written ("Charnwood Borough Council") and gov.uk domains of e-mail and web
/// addresses. Which one is the paper's council is decided in the normalise stage, against the
/// list of UK local authorities.
enum CouncilMentions {
    static let namePattern =
        #"\b((?:[A-Z][A-Za-z'’&.-]*\s+){1,5}(?:Borough\s+|District\s+|City\s+|County\s+)?Council)\b"#
    /// The same in capitals ("NORTH WEST LEICESTERSHIRE DISTRICT COUNCIL"), and the London and
    /// royal boroughs named the other way round ("London Borough of Harrow").
    static let capitalsPattern = #"\b((?:[A-Z][A-Z'’&.-]*\s+){1,5}COUNCIL)\b"#
    static let boroughOfPattern =
        #"""
        (?x: \b(
            (?:London|Royal|LONDON|ROYAL) \s+ (?:Borough|BOROUGH) \s+ (?:of|OF) \s+
            [A-Z][A-Za-z'’-]*                                  # the place
            (?:\s+ (?:and|AND|upon|UPON) \s+ [A-Z][A-Za-z'’-]*)?   # "and Chelsea", "upon Thames"
        ))
        """#
    /// The words namePattern, capitalsPattern and boroughOfPattern cannot match without.
    static let patternWords = [["Council"], ["COUNCIL"], ["Borough", "BOROUGH"]]
    static let domainPattern = #"(?:@|\bwww\.|https?://(?:www\.)?)((?:[a-z0-9-]+\.)+gov\.uk)\b"#
    /// An e-mail address wrapped in a narrow contact column: "georgina.little@kent" ending one
    /// text (a line, or within a block: "@kent .gov.uk"), ".gov.uk" starting the next.
    static let addressEndPattern = #"@[a-z0-9-]+(?:\.[a-z0-9-]+)*$"#
    static let wrappedAddressPattern = #"(@[a-z0-9-]+(?:\.[a-z0-9-]+)*)\s+(\.(?:[a-z0-9-]+\.)*gov\.uk\b)"#
    /// Words that start a phrase ending in "Council" without naming one.
    static let leadingNoise: Set<String> = [
        "the", "this", "our", "each", "every", "a", "an", "and", "of", "for", "to", "by", "with", "all", "as", "that",
        "at", "in", "on", "from", "whole", "full", "district", "borough", "county", "city", "town", "parish", "local",
        "report", "cabinet", "members", "member", "leader", "deliver", "delivering", "corporate", "inside", "within",
        "your", "one", "labour", "conservative"
    ]
    static let functionWords: Set<String> = [
        "the", "of", "for", "to", "by", "with", "and", "a", "an", "in", "on", "at", "from", "this", "our", "each",
        "every", "all", "as", "that", "your", "its", "their"
    ]
    static let genericNames: Set<String> = [
        "council", "borough council", "district council", "county council", "city council", "town council",
        "parish council", "full council", "the council"
    ]

    static func find(in texts: [(String, Int)]) -> [ParsedCouncilMention] {
        var out: [ParsedCouncilMention] = []
        for (i, (text, page)) in texts.enumerated() {
            // Each pattern only where the word it cannot match without is there: three regular
            // expressions over every text of a paper were a twentieth of its extraction.
            let names = zip([namePattern, capitalsPattern, boroughOfPattern], patternWords)
                .filter { _, words in text.containsBytes(anyOf: words) }
                .flatMap { pattern, _ in text.allMatches(pattern, options: []) }
            for m in names {
                var words = m[1].split(whereSeparator: \.isWhitespace).map(String.init)
                // "IMPLICATIONS FOR THE COUNCIL": the name starts after the last function word.
                if words.last?.lowercased() == "council",
                    let cut = words.lastIndex(where: { functionWords.contains($0.lowercased()) })
                {
                    words = Array(words[(cut + 1)...])
                }
                while let w = words.first, words.count > 1, leadingNoise.contains(w.lowercased()) {
                    words.removeFirst()
                }
                let name = words.joined(separator: " ")
                if words.isEmpty || genericNames.contains(name.lowercased()) || words.count < 2 { continue }
                if let k = out.firstIndex(where: { $0.name == name }) {
                    out[k].add(page: page)
                } else {
                    out.append(ParsedCouncilMention(name: name, page: page))
                }
            }
            let closed = addressesClosed(
                text, next: i + 1 < texts.count && texts[i + 1].1 == page ? texts[i + 1].0 : nil)
            for m in mayHoldAddress(closed) ? closed.allMatches(domainPattern) : [] {
                let d = m[1].lowercased()
                if let k = out.firstIndex(where: { $0.domain == d }) {
                    out[k].add(page: page)
                } else {
                    out.append(ParsedCouncilMention(domain: d, page: page))
                }
            }
        }
        return out
    }

    /// The text with a wrapped address closed up, taking the next text's first word when the
    /// address breaks between the two.
    static func addressesClosed(_ text: String, next: String?) -> String {
        // Both patterns need an "@".
        guard text.containsBytes("@") else { return text }
        var text = text.replacingMatches(of: wrappedAddressPattern, with: "$1$2")
        if let next, text.firstMatch(addressEndPattern) != nil,
            let word = next.split(whereSeparator: \.isWhitespace).first, word.hasPrefix(".")
        {
            text += word
        }
        return text
    }

    /// Whether domainPattern can match: it starts at "@", "://" or "www." (the letters in any
    /// case; no other character folds to "w").
    static func mayHoldAddress(_ text: String) -> Bool {
        text.containsBytes(anyOf: ["@", "://"]) || text.containsASCIIIgnoringCase("www.")
    }
}

extension ParsedCouncilMention {
    /// One more mention; `page` stays the earliest (running footers come after the body text).
    mutating func add(page p: Int) {
        count += 1
        page = min(page, p)
    }
}
