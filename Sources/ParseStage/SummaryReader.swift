import NormaliseStage
import Record
import SegmentStage

/// Where a paper's count summaries are read: count tables, count boxes written as lines, and
/// prose (paragraphs, and lead-ins with their bullets: SummaryProseReader.swift). A paper gives
/// one summary per (subject, scope): a repeat (a legend, a later page, the prose beside its
/// table) merges.
enum SummaryReader {
    /// A summary table: label/value count pairs (one summary), or a matrix of themes × RAG counts.
    static func table(_ v: TableView, view: DocumentView) -> [ParsedSummary]? {
        let before = view.blocksBefore(table: v.index).map { $0.text.collapsed }
        let captions = before.filter { $0.count <= ParseTuning.maxCaptionLength }
        // What is counted: named in a caption, else in the nearest text before the table (a
        // summary paragraph: "17 of the 38 indicators are rated as Green …").
        let captionSubject =
            captions.lazy.compactMap(SummaryParser.subjectOf).first
            ?? before.lazy.compactMap { SummaryParser.subjectOf($0) }.first
        if let m = SummaryParser.matrix(v, subject: captionSubject, page: v.table.page)
            ?? SummaryParser.transposed(v, subject: captionSubject, page: v.table.page)
        {
            return m
        }
        let pairs = SummaryParser.pairs(v)
        guard SummaryParser.recognises(pairs: pairs) else { return nil }
        let caption = captions.first { SummaryParser.subjectOf($0) != nil } ?? captions.first
        guard
            let subject = pairs.lazy.compactMap({ SummaryParser.subjectOf($0.label) }).first ?? captionSubject
                ?? SummaryParser.subjectOf(labels: pairs.map(\.label))
        else {
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
                || SummaryParser.isCountLabel(t) && t.split(separator: " ").count <= ParseTuning.maxBoxLabelWords
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
            return t.count <= ParseTuning.maxCaptionLength ? t : nil
        }
        var out: [ParsedSummary] = []
        for (k, lines) in groups.enumerated() {
            let pairs = SummaryParser.linePairs(lines.map(\.text))
            guard !pairs.isEmpty else { continue }
            let around = [caption(k - 1), caption(k + 1)].compactMap { $0 }
            let caption = around.first { SummaryParser.subjectOf($0) != nil } ?? caption(k - 1)
            guard
                let subject = pairs.lazy.compactMap({ SummaryParser.subjectOf($0.label) }).first
                    ?? caption.flatMap(SummaryParser.subjectOf) ?? SummaryParser.subjectOf(labels: pairs.map(\.label))
            else { continue }
            var s = SummaryParser.split(
                counts: pairs, subject: subject, scope: caption.map(SummaryParser.scope) ?? "overall",
                page: lines[0].page, origin: "lines")
            if s.total == nil { s.total = statedTotal(in: around, matching: s).map(String.init) }
            out.append(s)
        }
        return out
    }

    /// Merges the summaries of one (subject, scope): the first takes the counts (and total)
    /// only the others state, where they agree with it.
    static func merged(_ summaries: [ParsedSummary]) -> [ParsedSummary] {
        var out: [ParsedSummary] = []
        var groups: [String: [ParsedSummary]] = [:]
        var order: [String] = []
        for s in summaries {
            var k = s.subject.rawValue + "|" + s.scope.key
            if groups[k] == nil, let alias = ScopeMatch.group(of: s, among: order.map { groups[$0]![0] }) {
                k = alias.subject.rawValue + "|" + alias.scope.key
            }
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(s)
        }
        for k in order {
            // The first statement (by page) leads; a later one that gives another count under a
            // key both state is not the same summary and is left out.
            let group = groups[k]!.enumerated().sorted { ($0.element.page, $0.offset) < ($1.element.page, $1.offset) }
                .map(\.element)
            guard var base = group.first else { continue }
            for other in group.dropFirst() where agree(base, other) {
                let have = keys(base)
                let added = other.counts.filter { !have.contains(SummaryLabels.key($0.label) ?? .other) }
                let total = base.total ?? other.total
                // What the others add must agree: the status counts stay within the total.
                guard let t = total.flatMap({ Int($0) }) else {
                    base.counts += added
                    continue
                }
                if statusSum(base.counts + added) <= t {
                    base.counts += added
                    base.total = total
                } else if statusSum(base.counts) <= t {
                    base.total = total
                }
            }
            out.append(base)
        }
        return out
    }

    static func agree(_ a: ParsedSummary, _ b: ParsedSummary) -> Bool {
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

    static func blocks(_ view: DocumentView) -> [(Int, [DocLine])] {
        var out: [(Int, [DocLine])] = []
        for l in view.lines {
            if out.last?.0 == l.block { out[out.count - 1].1.append(l) } else { out.append((l.block, [l])) }
        }
        return out
    }
}
