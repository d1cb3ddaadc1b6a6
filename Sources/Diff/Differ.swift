import Record

/// Compares two records: what changed between two quarters or two councils.
public enum Differ {
    /// Names at least this similar (token Dice) are the same indicator or action reworded.
    public static let indicatorRenameThreshold = 0.6
    public static let actionRewordThreshold = 0.7

    public static func diff(_ a: Record, _ b: Record) -> RecordDiff {
        let indicators = indicatorChanges(a, b)
        let actions = actionChanges(a.actions, b.actions)
        let summaries = summaryChanges(a.summaries, b.summaries)
        return RecordDiff(
            from: ref(a), to: ref(b),
            headline: Headline.sentences(indicators: indicators, actions: actions),
            indicators: indicators, actions: actions, summaries: summaries
        )
    }

    static func ref(_ r: Record) -> ReportRef {
        var period: String?
        if let p = r.period { period = p.quarter.map { "\(p.financialYear) Q\($0)" } ?? p.financialYear }
        return ReportRef(reportId: r.reportId, fileName: r.source.fileName, council: r.council?.name, period: period)
    }

    static func codeKey(_ code: String?) -> String? {
        guard let code else { return nil }
        let k = code.uppercased().filter { $0.isLetter || $0.isNumber }
        return k.isEmpty ? nil : k
    }

    static func indicatorChanges(_ a: Record, _ b: Record) -> [IndicatorChange] {
        let l = a.indicators
        let r = b.indicators
        // Codes pair first; names pair the rest, exactly then by similarity.
        let byCode = Matching.pair(
            left: l.map { codeKey($0.code) }, leftText: l.map(\.name),
            right: r.map { codeKey($0.code) }, rightText: r.map(\.name), threshold: 2  // exact only
        )
        let ln = byCode.leftOnly
        let rn = byCode.rightOnly
        let byName = Matching.pair(
            left: ln.map { Matching.key(l[$0].name) }, leftText: ln.map { l[$0].name },
            right: rn.map { Matching.key(r[$0].name) }, rightText: rn.map { r[$0].name },
            threshold: indicatorRenameThreshold
        )
        var out: [(order: Int, change: IndicatorChange)] = []
        for (i, j, _) in byCode.pairs {
            // Same code, different name: renamed (reported even when the figures are the same).
            let renamed = Matching.key(l[i].name) != Matching.key(r[j].name)
            if var c = compare(l[i], a.period, r[j], b.period)
                ?? (renamed ? unchanged(l[i], r[j], a.period, b.period) : nil)
            {
                if renamed { c.kind = .renamed }
                out.append((j, c))
            }
        }
        for (i, j, exact) in byName.pairs {
            let li = ln[i]
            let rj = rn[j]
            if var c = compare(l[li], a.period, r[rj], b.period)
                ?? (exact ? nil : unchanged(l[li], r[rj], a.period, b.period))
            {
                if !exact || Matching.key(l[li].name) != Matching.key(r[rj].name) { c.kind = .renamed }
                out.append((rj, c))
            }
        }
        for i in byName.leftOnly {
            let ind = l[ln[i]]
            out.append(
                (
                    Int.max,
                    IndicatorChange(
                        kind: .dropped, code: ind.code, name: ind.name,
                        before: snapshot(ind, a.period), after: nil, change: nil, improved: nil, ragChanged: false)
                ))
        }
        for j in byName.rightOnly {
            let ind = r[rn[j]]
            out.append(
                (
                    rn[j],
                    IndicatorChange(
                        kind: .new, code: ind.code, name: ind.name, before: nil,
                        after: snapshot(ind, b.period), change: nil, improved: nil, ragChanged: false)
                ))
        }
        return out.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }.map(
            \.element.change)
    }

    /// A renamed indicator whose figures did not change is still worth reporting as renamed.
    static func unchanged(_ x: Indicator, _ y: Indicator, _ px: ReportPeriod?, _ py: ReportPeriod?) -> IndicatorChange?
    {
        IndicatorChange(
            kind: .renamed, code: y.code ?? x.code, name: y.name, before: snapshot(x, px), after: snapshot(y, py),
            change: nil, improved: nil, ragChanged: false)
    }

    static func compare(_ x: Indicator, _ px: ReportPeriod?, _ y: Indicator, _ py: ReportPeriod?) -> IndicatorChange? {
        let before = snapshot(x, px)
        let after = snapshot(y, py)
        let vx = before.value?.value
        let vy = after.value?.value
        let valueChanged = before.value?.text != after.value?.text || vx != vy
        let targetChanged = before.target?.value != after.target?.value || before.target?.text != after.target?.text
        let ragChanged = before.rag != after.rag
        let revised = revisions(x, y, except: after.period)
        guard valueChanged || targetChanged || ragChanged || !revised.isEmpty else { return nil }
        var change: Double?
        var improved: Bool?
        if let vx, let vy {
            change = ((vy - vx) * 1_000_000).rounded() / 1_000_000  // no binary noise (24.28 → 23.22 is -1.06)
            let polarity = y.polarity != .unknown ? y.polarity : x.polarity
            // A cumulative (year-to-date) figure grows through the year whatever happens, so
            // it is judged by how it stands against its target, not by its raw change.
            var (from, to): (Double?, Double?) = (vx, vy)
            if x.cumulative || y.cumulative {
                let tx = before.target?.value
                let ty = after.target?.value
                (from, to) = (tx.flatMap { $0 != 0 ? vx / $0 : nil }, ty.flatMap { $0 != 0 ? vy / $0 : nil })
            }
            if let from, let to, from != to {
                switch polarity {
                case .higherIsBetter: improved = to > from
                case .lowerIsBetter: improved = to < from
                case .unknown: improved = nil
                }
            }
        }
        return IndicatorChange(
            kind: .changed, code: y.code ?? x.code, name: y.name, before: before, after: after,
            change: change, improved: improved, ragChanged: ragChanged, revisions: revised)
    }

    /// The periods both show (other than the later report's headline one) whose value differs.
    static func revisions(_ x: Indicator, _ y: Indicator, except headline: Period?) -> [Revision] {
        y.observations.compactMap { o in
            guard o.period != headline, let old = x.observations.last(where: { $0.period == o.period }),
                let a = old.value, let b = o.value, a.value != nil || b.value != nil,
                a.value != b.value || (a.value == nil && a.text != b.text)
            else { return nil }
            return Revision(period: o.period, before: a, after: b)
        }
    }

    static func snapshot(_ ind: Indicator, _ period: ReportPeriod?) -> IndicatorSnapshot {
        let atPeriod = ind.observations.last { o in
            guard let p = period else { return false }
            return o.period.financialYear == p.financialYear && o.period.quarter == p.quarter && o.period.month == nil
        }
        let obs = atPeriod ?? ind.observations.last { $0.value?.value != nil } ?? ind.observations.last
        return IndicatorSnapshot(
            name: ind.name, period: obs?.period, value: obs?.value, target: obs?.target, rag: ind.rag)
    }

    static func actionChanges(_ l: [Action], _ r: [Action]) -> [ActionChange] {
        let m = Matching.pair(
            left: l.map { Matching.key($0.text) }, leftText: l.map(\.text),
            right: r.map { Matching.key($0.text) }, rightText: r.map(\.text), threshold: actionRewordThreshold
        )
        func state(_ a: Action) -> ActionState {
            ActionState(text: a.text, status: a.status, statusText: a.statusText, rag: a.rag)
        }
        var out: [(Int, ActionChange)] = []
        for (i, j, _) in m.pairs where l[i].status != r[j].status || l[i].rag != r[j].rag {
            out.append((j, ActionChange(kind: .changed, theme: r[j].theme, before: state(l[i]), after: state(r[j]))))
        }
        for i in m.leftOnly {
            out.append((Int.max, ActionChange(kind: .dropped, theme: l[i].theme, before: state(l[i]), after: nil)))
        }
        for j in m.rightOnly {
            out.append((j, ActionChange(kind: .new, theme: r[j].theme, before: nil, after: state(r[j]))))
        }
        return out.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
    }

    static func summaryChanges(_ l: [Summary], _ r: [Summary]) -> [SummaryChange] {
        func key(_ s: Summary) -> String { s.subject.rawValue + "|" + Matching.key(s.scope) }
        var out: [SummaryChange] = []
        var seen = Set<String>()
        for s in r {
            let k = key(s)
            guard seen.insert(k).inserted else { continue }
            let before = l.first { key($0) == k }
            if before?.counts != s.counts || before?.total != s.total {
                out.append(SummaryChange(subject: s.subject, scope: s.scope, before: before, after: s))
            }
        }
        for s in l where !seen.contains(key(s)) {
            seen.insert(key(s))
            out.append(SummaryChange(subject: s.subject, scope: s.scope, before: s, after: nil))
        }
        return out
    }
}
