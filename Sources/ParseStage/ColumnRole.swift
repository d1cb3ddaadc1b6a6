import Foundation
import NormaliseStage

/// What a table column holds, read from its header text. The order of `rules` matters: the
/// first role whose keywords occur in the header wins ("Target date" is an end date, not a
/// target; "Key Performance Indicator" is a name, not a value).
enum ColumnRole: String, Sendable {
    case mitigation, likelihood, impact, overallRisk, risk
    case floor, end, start, target, polarity, direction, rag, status, owner, commentary, progress
    case code, action, outcome, name, unit, frequency, value, period

    private static let rules: [(ColumnRole, [String])] = [
        (
            .mitigation,
            [
                "mitigation", "risk management action", "controls", "mitigating", "actions planned",
                "control measures"
            ]
        ),
        (.likelihood, ["likelihood", "probability"]),
        (.impact, ["impact"]),
        (.overallRisk, ["overall risk", "risk score", "risk rating", "overall score", "residual risk", "overall"]),
        (.risk, ["risk"]),
        (.floor, ["floor"]),
        (
            .end,
            [
                "target date", "end date", "due date", "completion date", "due by", "deadline", "timescale",
                "by when", "end"
            ]
        ),
        (.start, ["start"]),
        (.target, ["target"]),
        (.polarity, ["polarity", "good is", "good performance", "higher or lower", "better if", "aim to be"]),
        (.direction, ["direction", "dot", "d.o.t", "travel", "trend"]),
        (.rag, ["rag", "gauge", "r.a.g", "rating", "traffic light"]),
        (.status, ["status"]),
        (.owner, ["owner", "responsible", "lead officer", "accountable", "led by"]),
        (.commentary, ["comment", "narrative", "notes", "explanation", "update", "remedial", "analysis"]),
        (.progress, ["progress"]),
        (
            .action,
            [
                "action", "milestone", "task", "activity", "deliverable", "project", "commitment",
                "initiative", "committed to", "we will"
            ]
        ),
        (.outcome, ["outcome", "objective", "priority", "ambition", "theme"]),
        (.name, ["indicator", "measure", "kpi", "metric", "description", "title", "name"]),
        (.unit, ["unit"]),
        (.frequency, ["frequency"]),
        (
            .value,
            [
                "value", "actual", "result", "performance", "outturn", "achieved", "current", "data",
                "figure", "position"
            ]
        )
    ]

    /// Headers that are a code column on their own ("Ref", "PI No.").
    private static let codeHeaders: Set<String> = [
        "ref", "ref.", "code", "no", "no.", "id", "pi", "pi ref", "kpi ref", "reference", "pi code", "pi no",
        "pi no.", "indicator ref", "measure ref", "#", "kpi no", "kpi no.", "ref no", "ref no."
    ]

    /// Headers that name a role only as the whole header: "Due" is a due date, "Data due" is not.
    private static let wholeHeaders: [String: ColumnRole] = ["due": .end, "when": .end]

    /// The role a header names, or nil when it names none.
    static func of(header: String) -> ColumnRole? {
        let k = header.key
        if k.isEmpty { return nil }
        if codeHeaders.contains(k) || k.hasSuffix(" ref") || k.hasSuffix(" code") { return .code }
        if let role = wholeHeaders[k] { return role }
        for (role, words) in rules where words.contains(where: { k.containsWord($0) }) {
            return role
        }
        return PeriodParser.namesPeriod(header) ? .period : nil
    }
}

extension String {
    /// True when `phrase` occurs in the (lower-cased) string at word boundaries, so "dot" does
    /// not match "anecdote" and "end" does not match "attendees".
    func containsWord(_ phrase: String) -> Bool {
        var text = self
        var phrase = phrase
        // Over the UTF-8 bytes: headers are asked about every role word, and a search through
        // Foundation was a twentieth of the whole extraction.
        return text.withUTF8 { hay in phrase.withUTF8 { Self.containsWord(hay, $0) } }
    }

    private static func containsWord(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = needle.count
        guard n > 0, hay.count >= n else { return false }
        for start in 0...(hay.count - n) where hay[start] == needle[0] {
            guard memcmp(hay.baseAddress! + start, needle.baseAddress!, n) == 0 else { continue }
            let end = start + n
            // A plural still counts: "Mitigations", "Targets".
            let afterOK =
                end == hay.count || !isLetter(hay, at: end)
                || hay[end] == UInt8(ascii: "s") && (end + 1 == hay.count || !isLetter(hay, at: end + 1))
            if afterOK && (start == 0 || !isLetter(hay, before: start)) { return true }
        }
        return false
    }

    /// Whether the character starting at byte `i` is a letter.
    private static func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return b.isASCIILetter }
        var j = i + 1
        while j < bytes.count, bytes[j] & 0xC0 == 0x80 { j += 1 }
        return scalar(bytes, i..<j)?.properties.isAlphabetic ?? false
    }

    /// Whether the character ending just before byte `i` is a letter.
    private static func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        var j = i - 1
        while j > 0, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        if bytes[j] < 0x80 { return isLetter(bytes, at: j) }
        return scalar(bytes, j..<i)?.properties.isAlphabetic ?? false
    }

    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Unicode.Scalar? {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self).unicodeScalars.first
    }
}

/// Period column headers ("Q1 2023/24 Target", "2022/23 Outturn"): whether a header names a
/// period is the normalise stage's `PeriodParser.namesPeriod`; here only the role words come off.
enum PeriodColumn {
    /// A header without the words naming its role: "Q2 Target" → "Q2", "2022/23 Outturn" → "2022/23".
    static func withoutRoleWords(_ text: String) -> String {
        let stripped = text.replacingMatches(
            of: #"\b(value|actual|actuals|target|targets|result|performance|outturn|achieved|floor|data|figure)\b"#,
            with: " "
        ).collapsed
        return stripped.isEmpty ? text.collapsed : stripped
    }
}
