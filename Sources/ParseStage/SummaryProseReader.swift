import NormaliseStage
import Record
import SegmentStage

/// Counts stated in prose: each paragraph (a lead-in and its bullets, a list, a paragraph broken
/// over a page) read sentence by sentence with `SummaryProse`.
extension SummaryReader {
    /// Counts stated in prose, one summary per paragraph (a lead-in ending in ":" and its
    /// bullets read as one: "Of the 41 Council Plan actions: • 9 have been completed • …").
    static func prose(_ view: DocumentView) -> [ParsedSummary] {
        // The paper's own quarter: the one its text names most.
        let named = view.lines.flatMap { SummaryProse.quarters(in: TextCleanup.words($0.text)) }
        let quarter = Dictionary(grouping: named, by: { $0 }).max {
            ($0.value.count, $1.key) < ($1.value.count, $0.key)
        }?.key
        return units(view).compactMap { summary($0, quarter: quarter) }
    }

    /// A paragraph's sentences, its page, and the heading it sits under.
    typealias Unit = (sentences: [String], page: Int, heading: String?)

    /// Paragraphs as lists of sentences; each bullet under a lead-in ending in ":" is one
    /// sentence that carries the lead-in's last sentence ("Compared with Quarter 2: 5 are unchanged").
    private static func units(_ view: DocumentView) -> [Unit] {
        // Count boxes written as lines ("Red 4") are read by `lines`, not as prose.
        let bs = blocks(view).filter { SummaryParser.linePairs($0.1.map(\.text)).isEmpty }.map { _, lines in
            (text: lines.map(\.text).joined(separator: " ").collapsed, page: lines[0].page, kind: lines[0].kind)
        }
        var out: [Unit] = []
        var heading: String?
        var i = 0
        while i < bs.count {
            if bs[i].kind == .heading { heading = bs[i].text }
            let page = bs[i].page
            var text = bs[i].text
            // A paragraph broken by a page or column ends without a stop and goes on in lower case.
            while bs[i].kind == .paragraph, i + 1 < bs.count, bs[i + 1].kind == .paragraph,
                !(text.last.map(sentenceEnds.contains) ?? true), bs[i + 1].text.first?.isLowercase == true
            {
                text += " " + bs[i + 1].text
                i += 1
            }
            var sentences = sentences(of: text)
            if bs[i].kind != .listItem, text.hasSuffix(":"), let lead = sentences.last {
                while i + 1 < bs.count, bs[i + 1].kind == .listItem {
                    sentences.append(lead + " " + bs[i + 1].text)
                    i += 1
                }
            } else if bs[i].kind == .listItem {
                // A list is one unit: "• 14 indicators are green", "• 6 are amber", …
                while i + 1 < bs.count, bs[i + 1].kind == .listItem {
                    sentences += self.sentences(of: bs[i + 1].text)
                    i += 1
                }
            }
            out.append((sentences, page, heading))
            i += 1
        }
        return out
    }

    /// A paragraph that opens with a name and a dash counts that theme's items: "Integrated
    /// Children's Services – Two of the eight indicators met target …".
    private static func themeLead(_ sentence: String) -> String? {
        guard let m = sentence.firstMatch(#"^([A-Z][^–—:;.,()]{2,80}?)\s+[–—]\s+\S"#, options: []),
            m[1].split(separator: " ").count <= ParseTuning.maxScopeWords
        else { return nil }
        return m[1]
    }

    /// Words that point at a part of the council's whole: "in this priority", "the directorate".
    static let partWords: Set<String> = [
        "priority", "theme", "directorate", "portfolio", "service", "area", "outcome",
        "ambition", "section", "objective", "department", "team"
    ]

    private static func refersToAPart(_ sentence: String) -> Bool {
        let w = TextCleanup.words(sentence)
        return zip(w, w.dropFirst()).contains { ($0 == "this" || $0 == "the") && partWords.contains($1) }
    }

    static let sentenceEnds: Set<Character> = [".", ":", ";", "!", "?", ")"]

    private static func sentences(of text: String) -> [String] {
        (text.asciiComponents(separatedBy: ". ") ?? text.components(separatedBy: ". ")).map(\.collapsed)
            .filter { !$0.isEmpty }
    }

    /// One paragraph's counts: the subject its first counting sentence names, each count key as
    /// first stated, the stated total ("of the 42 indicators") or else a number naming the
    /// subject that equals the status counts' sum. Needs two counts, or a total and one count.
    private static func summary(_ unit: Unit, quarter: Int?) -> ParsedSummary? {
        var subject: SummarySubject?
        var counts = SummaryCounts()
        var total: Int?
        var candidates: [Int] = []
        var previousCounted = false
        for sentence in unit.sentences {
            let goesOn = previousCounted
            previousCounted = false
            // What follows needs a subject, or a counting sentence before: most sentences have neither.
            guard goesOn || SummaryProse.namesCountedThing(sentence),
                let c = SummaryProse.counts(in: sentence, quarter: quarter)
            else { continue }
            if c.countsOtherThings && subject == nil { return nil }  // a risk register's counts
            let hasCounts = SummaryKey.allCases.contains { $0.count(in: c.counts) != nil }
            guard hasCounts || c.subject != nil else { continue }
            // A sentence naming no subject goes on from a counting one before it ("6 are on
            // target, …"); else what it counts is something else ("61 of the 77 complaints …").
            guard c.subject != nil || goesOn else { continue }
            previousCounted = hasCounts || c.total != nil || !c.totalCandidates.isEmpty
            // "Of the four Red KPIs, only one improved": counts of a part of the total.
            if let t = total, let part = c.total, part < t { continue }
            subject = subject ?? c.subject
            for k in SummaryKey.allCases where k.count(in: counts) == nil {
                if let n = k.count(in: c.counts) { k.add(n, to: &counts) }
            }
            total = total ?? c.total
            candidates += c.totalCandidates
        }
        let stated = SummaryKey.allCases.filter { $0.count(in: counts) != nil }
        guard let subject, !stated.isEmpty else { return nil }
        let sum = counts.statusTotal
        if let t = total, sum > t { return nil }  // counts that overrun the total are not its summary
        if total == nil, sum > 0, candidates.contains(sum) { total = sum }
        guard stated.count >= 2 || total != nil else { return nil }
        var scope = unit.sentences.first.flatMap(themeLead).map(SummaryParser.scope) ?? "overall"
        // "Of the 8 indicators in this priority, …": the counts of the section's theme.
        if scope == "overall", unit.sentences.contains(where: refersToAPart) {
            guard let heading = unit.heading else { return nil }
            scope = SummaryParser.scope(of: heading)
            if scope == "overall" { return nil }
        }
        return ParsedSummary(
            subject: subject, scope: scope, total: total.map(String.init),
            counts: stated.compactMap { k in k.count(in: counts).map { ParsedCount(label: k.label, value: String($0)) }
            },
            page: unit.page, origin: "prose")
    }
}
