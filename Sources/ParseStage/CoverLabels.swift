import Foundation

/// The labels cover reports use for their metadata, most specific first within each field.
enum CoverField: String, CaseIterable {
    case title, committee, meetingDate, reportingOfficer, presentedBy, portfolioHolder, portfolio, wardsAffected,
        recommendations

    static let labels: [(CoverField, [String])] = [
        (.title, ["subject", "title of report", "report title", "title of the report", "title"]),
        (
            .committee,
            [
                "report to", "report to the", "report for", "name of committee", "meeting of", "decision maker",
                "decision-maker", "meeting", "committee", "to"
            ]
        ),
        (
            .meetingDate,
            [
                "date of meeting", "meeting date", "date of decision", "date of committee", "committee date",
                "date of cabinet", "cabinet date", "date of executive", "date"
            ]
        ),
        (
            .reportingOfficer,
            [
                "reporting officer", "responsible officer", "report of", "report author", "lead officer",
                "report by", "report from", "submitted by", "lead director", "responsible director",
                "author", "from"
            ]
        ),
        (.presentedBy, ["presented by"]),
        (
            .portfolioHolder,
            [
                "portfolio holder", "portfolio holders", "portfolio holder(s)", "lead member", "cabinet member",
                "executive member", "lead councillor", "lead cabinet member", "cabinet lead"
            ]
        ),
        (.portfolio, ["portfolio", "cabinet portfolio", "portfolio area"]),
        (
            .wardsAffected,
            [
                "wards affected", "ward affected", "ward(s) affected", "ward(s)", "wards",
                "electoral divisions affected", "divisions affected", "electoral division(s)"
            ]
        ),
        (
            .recommendations,
            [
                "recommendations", "recommendation", "recommendation(s)", "recommended",
                "recommended action", "recommended actions", "recommendations for decision"
            ]
        )
    ]

    /// Titles of elected members, as opposed to officers: "From: X – Leader of the Council".
    static let memberTitles = [
        "councillor", "cllr", "leader of the council", "deputy leader", "cabinet member",
        "portfolio holder", "lead member", "executive member", "mayor"
    ]

    /// Words a line of a wrapped title ends in, the title going on below.
    static let joiningWords: Set<String> = ["and", "&", "of", "for", "the", "to", "in", "–", "-"]

    /// True when the text names an elected member by title.
    static func namesMember(_ text: String) -> Bool {
        let k = text.key
        return memberTitles.contains { k.containsWord($0) }
    }

    /// Words naming a decision-making body, for committee lines ("… Committee – 14 November 2024").
    static let bodyWords = "committee|cabinet|council|board|panel|executive|scrutiny"

    /// The field a label names and how specific the label is (0 = most), or nil.
    /// Section numbers and a trailing colon are ignored: "2.0 RECOMMENDED:" names recommendations.
    static func of(label: String) -> (CoverField, Int)? {
        if let found = exact(label) { return found }
        // A bilingual label ("Pwyllgor / Committee"): either side names the field.
        guard let (first, second) = Bilingual.sides(label) else { return nil }
        return exact(second) ?? exact(first)
    }

    static func exact(_ label: String) -> (CoverField, Int)? {
        // Most cells of a table are no label: too many letters to become one once spaces,
        // colons, stars and the section number are gone (every other character stays).
        guard significantASCII(label) <= longestLabel else { return nil }
        var k = label.withoutTrailingColon.key
        if k.first?.isNumber == true {
            k = k.replacingMatches(of: #"^\d+(\.\d+)*\.?\s+"#, options: [], with: "")
        }
        if k.containsBytes("*") { k = k.replacingOccurrences(of: "*", with: "").collapsed }
        return byLabel[k]
    }

    /// Each label's field and rank; a label listed under two fields is the first's.
    private static let byLabel: [String: (CoverField, Int)] = {
        var out: [String: (CoverField, Int)] = [:]
        for (field, words) in labels {
            for (i, w) in words.enumerated() where out[w] == nil { out[w] = (field, i) }
        }
        return out
    }()

    private static let longestLabel = labels.flatMap(\.1).map(\.unicodeScalars.count).max() ?? 0

    /// ASCII characters of a label that its key keeps: all but white space, digits and dots (a
    /// section number), colons and stars. Each is one scalar of the key or more.
    private static func significantASCII(_ label: String) -> Int {
        label.utf8.reduce(0) { n, b in
            switch b {
            case 0x20, 0x09...0x0D, 0x30...0x39, UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "*"), 0x80...:
                n
            default: n + 1
            }
        }
    }
}

/// Papers in two languages write "Welsh / English" in labels and values alike.
enum Bilingual {
    /// The two sides of "A / B", when the text has exactly one such separator.
    static func sides(_ text: String) -> (String, String)? {
        guard text.containsBytes("/") else { return nil }
        let c = text.collapsed
        let parts = c.asciiComponents(separatedBy: " / ") ?? c.components(separatedBy: " / ")
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return (parts[0], parts[1])
    }

    /// The value as the record keeps it: beside a bilingual label (only its second, English side
    /// a known label: "Pwyllgor / Committee"), a bilingual value's second side; anything else as
    /// written ("Wards / Divisions affected: Northgate / Southgate" names two wards).
    static func value(_ value: String, label: String) -> String {
        guard let (first, second) = sides(label), CoverField.exact(first) == nil, CoverField.exact(second) != nil,
            let (_, english) = sides(value)
        else { return value }
        return english
    }
}
