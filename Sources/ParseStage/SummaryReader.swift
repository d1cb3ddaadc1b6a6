import NormaliseStage
import Record
import SegmentStage

/// Where a paper's count summaries are read: count tables, count boxes written as lines, and
/// prose (paragraphs, and lead-ins with their bullets). A paper gives one summary per
/// (subject, scope): a repeat (a legend, a later page, the prose beside its table) merges.
enum SummaryReader {
    /// A summary table: label/value count pairs (one summary), or a matrix of themes × RAG counts.
    static func table(_ v: TableView, view: DocumentView) -> [ParsedSummary]? {
        let before = view.blocksBefore(table: v.index).map { $0.text.collapsed }
        let captions = before.filter { $0.count <= Tuning.maxCaptionLength }
        // What is counted: named in a caption, else in the nearest text before the table (a
        // summary paragraph: "17 of the 38 indicators are rated as Green …").
        let captionSubject = captions.lazy.compactMap(SummaryParser.subjectOf).first
            ?? before.lazy.compactMap { SummaryParser.subjectOf($0) }.first
        if let m = SummaryParser.matrix(v, subject: captionSubject, page: v.table.page)
            ?? SummaryParser.transposed(v, subject: captionSubject, page: v.table.page) { return m }
        guard SummaryParser.recognises(v) else { return nil }
        let pairs = SummaryParser.pairs(v)
        let caption = captions.first { SummaryParser.subjectOf($0) != nil } ?? captions.first
        guard let subject = pairs.lazy.compactMap({ SummaryParser.subjectOf($0.label) }).first ?? captionSubject
            ?? SummaryParser.subjectOf(labels: pairs.map(\.label)) else {
            return nil
        }
        let scope = caption.map(SummaryParser.scope) ?? "overall"
        var s = SummaryParser.split(counts: pairs, subject: subject, scope: scope, page: v.table.page, origin: "table")
        if s.total == nil { s.total = statedTotal(in: captions, matching: s).map(String.init) }
        return [s]
    }

    /// Count boxes written as lines of running text. A chart legend set as one block per line
    /// ("■ Green 14", "■ Amber 6", …), or boxes whose label and number are blocks of their own
    /// ("Green", "11", "Amber", "5"), are one box; its caption may come before or after it.
    static func lines(_ view: DocumentView) -> [ParsedSummary] {
        func boxLine(_ t: String) -> Bool {
            SummaryParser.linePair(t) != nil || SummaryParser.isCount(t)
                || SummaryParser.isCountLabel(t) && t.split(separator: " ").count <= Tuning.maxBoxLabelWords
        }
        var groups: [[DocLine]] = []
        var lastWasPairs = false
        for (_, lines) in blocks(view) {
            let pairsOnly = lines.allSatisfy { boxLine($0.text) }
            if pairsOnly && lastWasPairs { groups[groups.count - 1] += lines } else { groups.append(lines) }
            lastWasPairs = pairsOnly
        }
        func caption(_ k: Int) -> String? {
            guard groups.indices.contains(k) else { return nil }
            let t = groups[k].map(\.text).joined(separator: " ")
            return t.count <= Tuning.maxCaptionLength ? t : nil
        }
        var out: [ParsedSummary] = []
        for (k, lines) in groups.enumerated() {
            let pairs = SummaryParser.linePairs(lines.map(\.text))
            guard !pairs.isEmpty else { continue }
            let around = [caption(k - 1), caption(k + 1)].compactMap { $0 }
            let caption = around.first { SummaryParser.subjectOf($0) != nil } ?? caption(k - 1)
            guard let subject = pairs.lazy.compactMap({ SummaryParser.subjectOf($0.label) }).first
                ?? caption.flatMap(SummaryParser.subjectOf) ?? SummaryParser.subjectOf(labels: pairs.map(\.label)) else { continue }
            var s = SummaryParser.split(counts: pairs, subject: subject, scope: caption.map(SummaryParser.scope) ?? "overall",
                                        page: lines[0].page, origin: "lines")
            if s.total == nil { s.total = statedTotal(in: around, matching: s).map(String.init) }
            out.append(s)
        }
        return out
    }

    /// Counts stated in prose, one summary per paragraph (a lead-in ending in ":" and its
    /// bullets read as one: "Of the 41 Council Plan actions: • 9 have been completed • …").
    static func prose(_ view: DocumentView) -> [ParsedSummary] {
        // The paper's own quarter: the one its text names most.
        let named = view.lines.flatMap { SummaryProse.quarters(in: TextCleanup.words($0.text)) }
        let quarter = Dictionary(grouping: named, by: { $0 }).max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.key
        return units(view).compactMap { summary($0, quarter: quarter) }
    }

    /// Merges the summaries of one (subject, scope): the first takes the counts (and total)
    /// only the others state, where they agree with it.
    static func merged(_ summaries: [ParsedSummary]) -> [ParsedSummary] {
        var out: [ParsedSummary] = []
        var groups: [String: [ParsedSummary]] = [:]
        var order: [String] = []
        for s in summaries {
            let k = s.subject.rawValue + "|" + s.scope.key
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(s)
        }
        for k in order {
            // The first statement (by page) leads; a later one that gives another count under a
            // key both state is not the same summary and is left out.
            let group = groups[k]!.enumerated().sorted { ($0.element.page, $0.offset) < ($1.element.page, $1.offset) }.map(\.element)
            guard var base = group.first else { continue }
            for other in group.dropFirst() where agree(base, other) {
                let have = keys(base)
                let added = other.counts.filter { !have.contains(SummaryLabels.key($0.label) ?? .other) }
                let total = base.total ?? other.total
                // What the others add must agree: the status counts stay within the total.
                guard let t = total.flatMap({ Int($0) }) else { base.counts += added; continue }
                if statusSum(base.counts + added) <= t { base.counts += added; base.total = total }
                else if statusSum(base.counts) <= t { base.total = total }
            }
            out.append(base)
        }
        return out
    }

    private static func agree(_ a: ParsedSummary, _ b: ParsedSummary) -> Bool {
        if let x = a.total, let y = b.total, Int(x) != Int(y) { return false }
        let (ca, cb) = (byKey(a.counts), byKey(b.counts))
        return ca.allSatisfy { k, n in cb[k].map { $0 == n } ?? true }
    }

    private static func byKey(_ counts: [ParsedCount]) -> [SummaryKey: Int] {
        counts.reduce(into: [:]) { d, c in d[SummaryLabels.key(c.label) ?? .other, default: 0] += Int(c.value) ?? 0 }
    }

    private static func statusSum(_ counts: [ParsedCount]) -> Int {
        counts.reduce(0) { t, c in (SummaryLabels.key(c.label)?.isStatus ?? true) ? t + (Int(c.value) ?? 0) : t }
    }

    private static func keys(_ s: ParsedSummary) -> Set<SummaryKey> {
        Set(s.counts.map { SummaryLabels.key($0.label) ?? .other })
    }

    /// A total a caption states with the subject ("19 indicators have a result and a target")
    /// when it is the sum of the summary's status counts.
    private static func statedTotal(in captions: [String], matching s: ParsedSummary) -> Int? {
        let sum = statusSum(s.counts)
        guard sum > 0 else { return nil }
        return captions.lazy.compactMap { SummaryProse.counts(in: $0) }
            .first { $0.subject == s.subject && ([$0.total].compactMap { $0 } + $0.totalCandidates).contains(sum) }
            .map { _ in sum }
    }

    private static func blocks(_ view: DocumentView) -> [(Int, [DocLine])] {
        var out: [(Int, [DocLine])] = []
        for l in view.lines {
            if out.last?.0 == l.block { out[out.count - 1].1.append(l) } else { out.append((l.block, [l])) }
        }
        return out
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
                  !(text.last.map(sentenceEnds.contains) ?? true), bs[i + 1].text.first?.isLowercase == true {
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
              m[1].split(separator: " ").count <= Tuning.maxScopeWords else { return nil }
        return m[1]
    }

    /// Words that point at a part of the council's whole: "in this priority", "the directorate".
    static let partWords: Set<String> = ["priority", "theme", "directorate", "portfolio", "service", "area", "outcome",
                                         "ambition", "section", "objective", "department", "team"]

    private static func refersToAPart(_ sentence: String) -> Bool {
        let w = TextCleanup.words(sentence)
        return zip(w, w.dropFirst()).contains { ($0 == "this" || $0 == "the") && partWords.contains($1) }
    }

    static let sentenceEnds: Set<Character> = [".", ":", ";", "!", "?", ")"]

    private static func sentences(of text: String) -> [String] {
        text.components(separatedBy: ". ").map(\.collapsed).filter { !$0.isEmpty }
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
            guard let c = SummaryProse.counts(in: sentence, quarter: quarter) else { continue }
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
        return ParsedSummary(subject: subject, scope: scope, total: total.map(String.init),
                             counts: stated.compactMap { k in k.count(in: counts).map { ParsedCount(label: k.label, value: String($0)) } },
                             page: unit.page, origin: "prose")
    }
}
