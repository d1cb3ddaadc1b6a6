import Foundation

/// Which linked documents are performance papers. By default a document is one when its title
/// or its agenda item's title speaks of a topic in `vocabulary` and its own title is not one of
/// `notPapers` (the minutes of a "Performance Scrutiny Committee" are not a performance paper).
/// `--titles REGEX` replaces both lists; `--all` takes every document.
public struct PaperFilter: Sendable {
    /// The topics of performance papers, each a case-insensitive regular expression over a title.
    public static let vocabulary: [(topic: String, pattern: String)] = [
        ("performance", #"\bperformance\b"#),
        ("KPIs", #"\bKPIs?\b|\bkey performance indicators?\b"#),
        ("scorecards", #"\bscore ?cards?\b"#),
        ("quarterly monitoring", #"\bquarter(ly)?\b.*\bmonitoring\b|\bQ[1-4]\b.*\bmonitoring\b"#),
        ("corporate or council plan", #"\b(corporate|council) plan\b"#),
        (
            "delivery plan progress",
            #"\bdelivery plan\b.*\b(progress|update|monitoring)\b|\bprogress\b.*\bdelivery plan\b"#
        ),
        ("risk registers", #"\brisk registers?\b"#)
    ]

    /// Documents whose own title says they are something else, whatever their agenda item.
    public static let notPapers: [(kind: String, pattern: String)] = [
        ("minutes", #"\bminutes\b"#),
        ("agenda", #"^\s*agenda\b|\bagenda front ?sheet\b"#),
        ("decision notice", #"\bdecision (notice|sheet)\b"#)
    ]

    public enum Rule: Sendable {
        case vocabulary
        case titles(String)
        case all
    }

    private let include: [NSRegularExpression]
    private let exclude: [NSRegularExpression]
    private let takesAll: Bool

    public struct Failure: Error, CustomStringConvertible {
        public var pattern: String
        public var description: String { "not a regular expression: \(pattern)" }
    }

    public init(_ rule: Rule) throws(Failure) {
        switch rule {
        case .vocabulary:
            include = try Self.compile(Self.vocabulary.map(\.pattern))
            exclude = try Self.compile(Self.notPapers.map(\.pattern))
            takesAll = false
        case .titles(let pattern):
            include = try Self.compile([pattern])
            exclude = []
            takesAll = false
        case .all:
            include = []
            exclude = []
            takesAll = true
        }
    }

    /// Whether a document with this title, under an agenda item with that title, is kept.
    public func keeps(title: String, itemTitle: String) -> Bool {
        if takesAll { return true }
        if exclude.contains(where: { Self.matches($0, title) }) { return false }
        return include.contains { Self.matches($0, title) || Self.matches($0, itemTitle) }
    }

    private static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private static func compile(_ patterns: [String]) throws(Failure) -> [NSRegularExpression] {
        var compiled: [NSRegularExpression] = []
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else {
                throw Failure(pattern: pattern)
            }
            compiled.append(regex)
        }
        return compiled
    }
}
