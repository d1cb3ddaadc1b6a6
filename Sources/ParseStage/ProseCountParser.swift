import Foundation
import Record

/// Counts stated in prose: "out of 32 indicators, 20 are on target or within tolerance, 3 are
/// behind target and 9 are measured on annual targets"; "Of the 38 indicators, 17 are green …";
/// "17 of the 38 indicators are on target".
enum ProseCountParser {
    static let subjects = #"(indicators|measures|kpis|pis|performance indicators|actions|milestones|flagship actions|projects)"#

    static func parse(_ text: String, page: Int) -> [ParsedSummary] {
        var out: [ParsedSummary] = []
        let all = sentences(text)
        for (i, sentence) in all.enumerated() {
            guard var s = totalFirst(sentence, page: page) ?? countFirst(sentence, page: page) else { continue }
            // The sentences after it go on counting: "12 indicators … are rated Amber …, with
            // nine … RAG rated Red. Ten indicators were showing an improving trend …".
            let said = Set(s.counts.map { $0.label.key })
            s.counts += all[(i + 1)...].flatMap(followOnCounts).filter { !said.contains($0.label.key) }
            out.append(s)
        }
        return out
    }

    static let numberWords = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                              "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20]

    /// "12 indicators reached the floor standard and are rated Amber", "nine … RAG rated Red",
    /// "Ten indicators were showing an improving trend", "six showing a worsening trend": a
    /// number, then (outside brackets, within the clause) a RAG rating or a trend.
    static func followOnCounts(_ sentence: String) -> [ParsedCount] {
        let number = #"(\d{1,3}|"# + numberWords.keys.sorted().joined(separator: "|") + ")"
        let p = #"(?:^|[\s,])"# + number + #"\s+[^.;,()]*?\b(?:rated|showing)\s+(?:as\s+)?(?:an?\s+)?(red|amber|green|improving|worsening|declining)\b"#
        return sentence.allMatches(p).map { m in
            let n = Int(m[1]).map(String.init) ?? numberWords[m[1].lowercased()].map(String.init) ?? m[1]
            return ParsedCount(label: m[2].capitalized, value: n)
        }
    }

    private static func sentences(_ text: String) -> [String] {
        text.collapsed.components(separatedBy: ". ").map(\.collapsed).filter { !$0.isEmpty }
    }

    /// "out of 32 indicators, 20 are …, 3 are … and 9 are …"
    private static func totalFirst(_ s: String, page: Int) -> ParsedSummary? {
        let head = #"\b(?:out of|of the|of all|of)\s+(?:the\s+)?(\d{1,5})\s+(?:[a-z’'-]+\s+){0,3}?"# + subjects + #"\b[^,:;]*?[,:;]?\s+"#
        guard let m = s.firstMatch(head), let range = s.range(of: m[0]) else { return nil }
        let rest = String(s[range.upperBound...])
        let counts = clauses(rest)
        guard !counts.isEmpty, let subject = SummaryParser.subjectOf(m[2]) else { return nil }
        return ParsedSummary(subject: subject, scope: "overall", total: m[1], counts: counts, page: page, origin: "prose")
    }

    /// "17 of the 38 indicators are on target"
    private static func countFirst(_ s: String, page: Int) -> ParsedSummary? {
        let p = #"\b(\d{1,5})\s+(?:out\s+)?of\s+(?:the\s+)?(\d{1,5})\s+(?:[a-z’'-]+\s+){0,3}?"# + subjects
            + #"\s+(?:are|is|were|was|have been|has been)\s+([^,;.]+)"#
        guard let m = s.firstMatch(p), let subject = SummaryParser.subjectOf(m[3]) else { return nil }
        return ParsedSummary(subject: subject, scope: "overall", total: m[2],
                             counts: [ParsedCount(label: m[4].collapsed, value: m[1])], page: page, origin: "prose")
    }

    /// "20 are on target or within tolerance, 3 are behind target and 9 are measured on annual targets"
    private static func clauses(_ rest: String) -> [ParsedCount] {
        let parts = rest.replacingOccurrences(of: #"\s+and\s+(?=\d)"#, with: ", ", options: .regularExpression)
            .split(whereSeparator: { $0 == "," || $0 == ";" }).map { String($0).collapsed }
        var out: [ParsedCount] = []
        for part in parts {
            guard let m = part.firstMatch(#"^(?:and\s+)?(\d{1,5})\s+(?:(?:are|is|were|was|have been|has been|rated|reported as)\s+)?(.+?)\.?$"#) else {
                break  // the list of counts has ended
            }
            out.append(ParsedCount(label: m[2].collapsed, value: m[1]))
        }
        return out
    }
}
