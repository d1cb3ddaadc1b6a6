import Record

/// Counts stated in a sentence: "out of 32 indicators, 20 are on target or within tolerance,
/// 3 are behind target and 9 are measured on annual targets".
public struct ProseCounts: Equatable, Sendable {
    public var subject: SummarySubject?
    /// A total the sentence states as one ("of the 38 indicators", "out of 32").
    public var total: Int?
    public var counts: SummaryCounts
    /// Other numbers that may be the total ("24 corporate KPIs have a target", "the 40
    /// indicators"): one only counts as the total where it equals the status counts' sum.
    public var totalCandidates: [Int] = []
    /// The sentence counts something that is not a summary subject (risks).
    public var countsOtherThings = false

    public init(subject: SummarySubject?, total: Int?, counts: SummaryCounts) {
        self.subject = subject
        self.total = total
        self.counts = counts
    }
}

public enum SummaryProse {
    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90
    ]
    static let indicatorWords: Set<String> = [
        "indicators", "indicator", "kpis", "kpi", "pis", "pi", "measures", "measure"
    ]
    static let actionWords: Set<String> = ["actions", "action", "projects", "milestones", "commitments"]
    /// Counted things that are not a summary subject: a register's "2 risks are rated red".
    static let otherThings: Set<String> = ["risks", "risk"]
    /// Words after which a number names something, not a count ("Quarter 3", "Table 1").
    static let namingWords: Set<String> = [
        "quarter", "q", "month", "page", "table", "figure", "appendix", "item",
        "paragraph", "section", "priority", "theme", "annex", "week", "phase"
    ]
    /// Words after a number that make it a difference ("three fewer are green", "one more").
    static let differenceWords: Set<String> = ["more", "fewer", "less", "additional", "extra", "further"]
    /// Phrases (outside brackets) that put the RAG counts after them in another period:
    /// "Compared with Quarter 2 …", "This compares with 12 green …" (not "Two … met target, the
    /// same as the previous quarter"). Direction counts are comparisons by nature and stay.
    static let comparisonPhrases = [
        "compared with", "compared to", "compares with", "compare with", "in comparison",
        "last year", "previous quarter", "last quarter", "previous year", "a year ago"
    ]
    static let comparisonPhraseWords = comparisonPhrases.map { $0.split(separator: " ").map(String.init) }
    /// Past tense in a count's own words in a sentence that names a period ("At Quarter 2, 29
    /// actions were on track") speaks of that other period; "5 were within tolerance" alone does not.
    static let pastTenseWords: Set<String> = ["were", "was", "had"]
    static let periodWords: Set<String> = [
        "quarter", "q1", "q2", "q3", "q4", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december"
    ]

    static let colourWords: Set<String> = ["red", "amber", "green"]

    /// The quarters words name: "Quarter 3", "Q2".
    public static func quarters(in words: [String]) -> [Int] {
        words.indices.compactMap { i in
            let w = words[i]
            if w.count == 2, w.first == "q", let n = Int(w.dropFirst()), (1...4).contains(n) { return n }
            if w == "quarter", i + 1 < words.count, let n = Int(words[i + 1]) ?? numberWords[words[i + 1]],
                (1...4).contains(n)
            {
                return n
            }
            return nil
        }
    }

    /// "Two of the red indicators …", "3 of the 4 red indicators …": a part of one colour's
    /// count, not a count of its own.
    static func countsPartOfAColour(_ words: [String], after i: Int) -> Bool {
        guard i + 3 < words.count, words[i + 1] == "of", words[i + 2] == "the" else { return false }
        let k = words[i + 3].allSatisfy(\.isASCIIDigit) || numberWords[words[i + 3]] != nil ? i + 4 : i + 3
        return k < words.count && colourWords.contains(words[k])
    }

    /// Each number (digits, or words up to "ninety-nine") with the words after it up to the next
    /// count is one count; its label is read by `SummaryLabels.key`. A number after "out of"
    /// or "of the" is the total ("17 of the 38 indicators are rated Green" → total 38,
    /// green 17). Percentages, years, money and numbers that name things ("Quarter 3") are
    /// not counts. Nil when the sentence states no count. Pass text with footnote markers
    /// removed (`Footnotes.join`). `quarter`: the paper's own quarter, when known: past-tense
    /// counts in a sentence naming that quarter ("In Quarter 3, 25 indicators were on target")
    /// are its counts; naming another one, that one's.
    public static func counts(in sentence: String, quarter: Int? = nil) -> ProseCounts? {
        guard mayCount(sentence) else { return nil }
        let tokens = tokens(withoutNonCounts(sentence))
        let words = tokens.map(\.word)
        // Where the sentence turns to another period: RAG counts after it are that period's.
        let comparison =
            tokens.indices.first { i in
                !tokens[i].bracketed
                    && comparisonPhraseWords.contains { p in
                        i + p.count <= words.count && words[i..<(i + p.count)].elementsEqual(p)
                    }
            } ?? words.count
        let raw = TextCleanup.words(sentence)
        let namesPeriod: Bool
        if let quarter {
            namesPeriod = quarters(in: raw).contains { $0 != quarter }
        } else {
            namesPeriod = raw.contains { w in
                periodWords.contains(w)
                    || w.count == 4 && (w.hasPrefix("19") || w.hasPrefix("20")) && w.allSatisfy(\.isASCIIDigit)
            }
        }
        enum Role { case count, total, candidate, skip }
        var numbers: [(index: Int, value: Int, role: Role)] = []
        var compound = Set<Int>()  // the "one" of "twenty-one"
        for (i, w) in words.enumerated() where !compound.contains(i) {
            guard var n = w.allSatisfy(\.isASCIIDigit) && w.count <= 5 ? Int(w) : numberWords[w] else { continue }
            if n >= 20, n % 10 == 0, numberWords[w] != nil, i + 1 < words.count, let unit = numberWords[words[i + 1]],
                unit < 10
            {
                n += unit
                compound.insert(i + 1)
            }
            let before = words[max(0, i - 2)..<i].joined(separator: " ")
            let previous = i > 0 ? words[i - 1] : ""
            let next = i + 1 < words.count ? words[i + 1] : ""
            let role: Role
            if differenceWords.contains(next) || countsPartOfAColour(words, after: i) {
                role = .skip
            } else if before == "of the" || before == "of all" || previous == "of" {
                role = .total
            }
            // "the 38 KPIs" names the whole; "the two Amber and four Red KPIs" counts a colour.
            else if (previous == "the" || previous == "all") && !colourWords.contains(next) {
                role = .candidate
            } else {
                role = .count
            }
            numbers.append((i, n, role))
        }
        var result = ProseCounts(subject: nil, total: nil, counts: SummaryCounts())
        var found = false
        let counted = numbers.filter { $0.role == .count }
        let numeric = Set(numbers.map(\.index)).union(compound)
        for (k, n) in counted.enumerated() {
            let end = k + 1 < counted.count ? counted[k + 1].index : words.count
            // The label runs to the next count, skipping the other numbers met on the way.
            let label = ((n.index + 1)..<end).filter { !numeric.contains($0) }.map { words[$0] }
            let key = SummaryLabels.key(label.joined(separator: " "))
            if key == nil || key == .total {
                // "24 corporate KPIs have a target": a number naming what is counted.
                if label.prefix(4).contains(where: { indicatorWords.contains($0) || actionWords.contains($0) }) {
                    result.totalCandidates.append(n.value)
                }
                continue
            }
            guard let key else { continue }
            if key.isStatus && (n.index > comparison || namesPeriod && label.contains(where: pastTenseWords.contains)) {
                continue
            }
            key.add(n.value, to: &result.counts)
            found = true
        }
        for n in numbers where n.role == .total {
            result.total = result.total ?? n.value
            found = true
        }
        result.totalCandidates += numbers.filter { $0.role == .candidate }.map(\.value)
        for w in words {
            if indicatorWords.contains(w) {
                result.subject = .indicators
                break
            }
            if actionWords.contains(w) {
                result.subject = .actions
                break
            }
            if otherThings.contains(w) {
                result.countsOtherThings = true
                break
            }
        }
        return found || !result.totalCandidates.isEmpty ? result : nil
    }

    /// False for a sentence with no digit and no number word, which states no count: asked
    /// first, as most sentences of a paper are such (cheaper than reading them). It errs on
    /// the side of true: letters it cannot compare and apostrophes join words, not split them.
    static func mayCount(_ sentence: String) -> Bool {
        mayCountASCII(sentence) ?? mayCountCharacters(sentence)
    }

    static func mayCountCharacters(_ sentence: String) -> Bool {
        var word = ""
        for ch in sentence {
            if ch.isASCII, ch.isLetter {
                word.append(Character(ch.lowercased()))
                continue
            }
            if ch.isASCII, ch.isNumber { return true }
            if !ch.isASCII && (ch.isLetter || !ch.isWhitespace && !ch.isPunctuation && !ch.isSymbol) || ch == "'"
                || TextCleanup.singleQuotes.contains(ch)
            {
                continue
            }
            if numberWords[word] != nil { return true }
            word = ""
        }
        return numberWords[word] != nil
    }

    /// The same test on the bytes of an ASCII sentence (a byte is a Character there; most are).
    static func mayCountASCII(_ sentence: String) -> Bool? {
        var copy = sentence
        return copy.withUTF8 { b -> Bool? in
            guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
            var word: [UInt8] = []
            func isNumberWord() -> Bool { !word.isEmpty && numberWords[String(decoding: word, as: UTF8.self)] != nil }
            for c in b {
                switch c {
                case 0x41...0x5A: word.append(c | 0x20)
                case 0x61...0x7A: word.append(c)
                case 0x30...0x39: return true
                case UInt8(ascii: "'"): continue
                default:
                    if isNumberWord() { return true }
                    word.removeAll(keepingCapacity: true)
                }
            }
            return isNumberWord()
        }
    }

    static let countedWords = indicatorWords.union(actionWords).union(otherThings)

    /// False for a sentence that names nothing `counts` takes for what is counted (indicators,
    /// actions, risks): such a sentence only adds to the counting one before it. A cheap scan
    /// of ASCII words, asked before `counts`; it errs on the side of true (any non-letter
    /// splits a word: "KPIs¹", "KPI’s"), and reads words with other letters as `counts` does.
    public static func namesCountedThing(_ sentence: String) -> Bool {
        var word: [UInt8] = []
        func ends() -> Bool {
            defer { word.removeAll(keepingCapacity: true) }
            return !word.isEmpty && countedWords.contains(String(decoding: word, as: UTF8.self))
        }
        for u in sentence.unicodeScalars {
            if u.isASCII {
                let b = UInt8(u.value)
                if (0x41...0x5A).contains(b) {
                    word.append(b | 0x20)
                    continue
                }
                if (0x61...0x7A).contains(b) {
                    word.append(b)
                    continue
                }
                if b == 0x27 { continue }  // "KPI's" is one word, as `tokens` reads it
            } else if u.properties.isAlphabetic {
                // Letters outside ASCII (and ligatures, which cleaning splits): read as `counts` reads.
                return tokens(withoutNonCounts(sentence)).contains { countedWords.contains($0.word) }
            }
            if ends() { return true }
        }
        return ends()
    }

    /// `TextCleanup.words`, each marked when it stands in a bracketed aside ("(one more than
    /// last Quarter)").
    static func tokens(_ text: String) -> [(word: String, bracketed: Bool)] {
        var out: [(word: String, bracketed: Bool)] = []
        var current = ""
        var depth = 0
        func flush() {
            if !current.isEmpty {
                out.append((current, depth > 0))
                current = ""
            }
        }
        for ch in TextCleanup.clean(text).lowercased() {
            if ch.isLetter || ch.isNumber {
                current.append(ch)
                continue
            }
            if ch == "'" && !current.isEmpty { continue }
            flush()
            if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) }
        }
        flush()
        return out
    }

    /// The text so far ends in a naming word and a space: "Quarter 3", not "quarter: 14".
    static func namesSomething(_ before: String) -> Bool {
        guard before.last == " " else { return false }
        let word = before.dropLast().reversed().prefix { $0.isLetter }
        return namingWords.contains(String(word.reversed()).lowercased())
    }

    static let superscripts: Set<Character> = ["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"]

    /// Percentages ("14 (58%)"), decimals and paragraph numbers ("4.1"), money ("£1.4m") and
    /// years ("2024/25", "2023–2027") blanked out: none of them is a count.
    static func withoutNonCounts(_ s: String) -> String {
        let cleaned = TextCleanup.clean(s)
        return withoutNonCountsASCII(cleaned) ?? withoutNonCountsCharacters(cleaned)
    }

    /// `withoutNonCounts` of cleaned text, by Characters, whatever the text.
    static func withoutNonCountsCharacters(_ cleaned: String) -> String {
        // Footnote markers written as superscript digits ("KPIs¹") go first.
        let chars = Array(cleaned).filter { !superscripts.contains($0) }
        var out = ""
        var i = 0
        func isDigit(_ k: Int) -> Bool { k < chars.count && chars[k].isASCIIDigit }
        while i < chars.count {
            guard isDigit(i), i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isASCIIDigit) else {
                out.append(chars[i])
                i += 1
                continue
            }
            var j = i
            while j < chars.count, isDigit(j) || (chars[j] == "," || chars[j] == ".") && isDigit(j + 1) { j += 1 }
            let token = String(chars[i..<j])
            var k = j
            while k < chars.count, chars[k] == " " { k += 1 }
            let after = String(chars[k..<min(chars.count, k + 8)]).lowercased()
            let percent =
                k < chars.count && chars[k] == "%" || after.hasPrefix("per cent") || after.hasPrefix("percent")
            let money = i > 0 && (chars[i - 1] == "£" || chars[i - 1] == "$" || chars[i - 1] == "€")
            let year = token.count == 4 && (token.hasPrefix("19") || token.hasPrefix("20"))
            let yearTail =
                i > 0 && (chars[i - 1] == "/" || chars[i - 1] == "-") && i >= 5
                && String(chars[(i - 5)..<(i - 1)]).allSatisfy(\.isASCIIDigit)
            if percent || money || year || yearTail || namesSomething(out) || token.contains(".") || token.contains(",")
            {
                out.append(" ")
                if percent && k < chars.count && chars[k] == "%" { j = k + 1 }
            } else {
                out += token
            }
            i = j
        }
        return out
    }

    /// `withoutNonCounts` of cleaned ASCII text, byte by byte (nil for other text): summaries'
    /// prose goes through it sentence by sentence, and the Character tests were most of that.
    /// ASCII has no superscript digits, no "£" or "€", and its letters are A–Z and a–z.
    static func withoutNonCountsASCII(_ cleaned: String) -> String? {
        var text = cleaned
        return text.withUTF8 { c -> String? in
            guard c.allSatisfy({ $0 < 0x80 }) else { return nil }
            let n = c.count
            func isDigit(_ k: Int) -> Bool { k < n && c[k].isASCIIDigit }
            func starts(_ word: StaticString, at k: Int) -> Bool {
                let w = word.utf8Start
                guard k + word.utf8CodeUnitCount <= n else { return false }
                return (0..<word.utf8CodeUnitCount).allSatisfy { c[k + $0].asciiLowercased == w[$0] }
            }
            var out: [UInt8] = []
            out.reserveCapacity(n)
            var i = 0
            while i < n {
                guard isDigit(i), i == 0 || !(c[i - 1].isASCIILetter || isDigit(i - 1)) else {
                    out.append(c[i])
                    i += 1
                    continue
                }
                var j = i
                while j < n, isDigit(j) || (c[j] == UInt8(ascii: ",") || c[j] == UInt8(ascii: ".")) && isDigit(j + 1) {
                    j += 1
                }
                var k = j
                while k < n, c[k] == 0x20 { k += 1 }
                let percent =
                    k < n && c[k] == UInt8(ascii: "%") || starts("per cent", at: k) || starts("percent", at: k)
                let money = i > 0 && c[i - 1] == UInt8(ascii: "$")
                let year =
                    j - i == 4
                    && (c[i] == UInt8(ascii: "1") && c[i + 1] == UInt8(ascii: "9")
                        || c[i] == UInt8(ascii: "2") && c[i + 1] == UInt8(ascii: "0"))
                let yearTail =
                    i > 0 && (c[i - 1] == UInt8(ascii: "/") || c[i - 1] == UInt8(ascii: "-")) && i >= 5
                    && ((i - 5)..<(i - 1)).allSatisfy(isDigit)
                let decimal = (i..<j).contains { c[$0] == UInt8(ascii: ".") || c[$0] == UInt8(ascii: ",") }
                if percent || money || year || yearTail || namesSomething(ascii: out) || decimal {
                    out.append(0x20)
                    if percent && k < n && c[k] == UInt8(ascii: "%") { j = k + 1 }
                } else {
                    out += c[i..<j]
                }
                i = j
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `namesSomething` of ASCII text so far.
    private static func namesSomething(ascii out: [UInt8]) -> Bool {
        guard out.last == 0x20 else { return false }
        var start = out.count - 1
        while start > 0, out[start - 1].isASCIILetter { start -= 1 }
        return namingWords.contains(String(decoding: out[start..<(out.count - 1)], as: UTF8.self).lowercased())
    }
}

extension SummaryKey {
    /// The status keys (RAG, completed, not started, annual, other); direction keys are a second
    /// classification of the same items.
    public var isStatus: Bool {
        switch self {
        case .red, .amber, .green, .completed, .notStarted, .annual, .other: true
        case .total, .improving, .noChange, .worsening: false
        }
    }
}
