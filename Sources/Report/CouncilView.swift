import Diff
import Record

/// What the report shows of one council: its reports by period, the latest RAG picture, what
/// changed since the period before, and every indicator as a series.
struct CouncilView {
    var name: String
    var slug: String
    var gssCode: String?
    /// Per period held (oldest first), the report that period is read from: the one with the
    /// most indicators and actions (an appendix rather than its cover report).
    var periods: [(label: String, record: Record)]
    var reportCount: Int
    var series: [IndicatorSeries]
    /// The two latest periods compared, when there are two.
    var change: RecordDiff?

    var latest: Record? { periods.last?.record }

    init(slug: String, records: [Record], series: [IndicatorSeries]) {
        let first = records.first?.council
        name = first?.name ?? "Council not named"
        self.slug = slug
        gssCode = first?.gssCode
        reportCount = records.count
        self.series = series
        var byPeriod: [String: [Record]] = [:]
        for r in records {
            guard let p = r.period else { continue }
            byPeriod[CouncilView.periodLabel(p), default: []].append(r)
        }
        periods = byPeriod.keys.sorted().map { label in
            let main = byPeriod[label]!.max {
                ($0.indicators.count + $0.actions.count, $1.reportId) < (
                    $1.indicators.count + $1.actions.count, $0.reportId
                )
            }!
            return (label, main)
        }
        if periods.count >= 2 {
            change = Differ.diff(periods[periods.count - 2].record, periods[periods.count - 1].record)
        }
    }

    static func periodLabel(_ p: ReportPeriod) -> String {
        p.quarter.map { "\(p.financialYear) Q\($0)" } ?? p.financialYear
    }

    /// The latest report's RAG counts: its own overall indicator summary where it states one,
    /// else its indicators' ratings counted.
    var latestCounts: (counts: SummaryCounts, stated: Bool)? {
        guard let r = latest else { return nil }
        if let s = r.summaries.first(where: { $0.subject == .indicators && $0.scope == "overall" }),
            s.counts.red != nil || s.counts.amber != nil || s.counts.green != nil
        {
            return (s.counts, true)
        }
        return countedCounts.map { ($0, false) }
    }

    /// The latest report's indicators' own ratings, counted.
    var countedCounts: SummaryCounts? {
        guard let rags = latest?.indicators.compactMap(\.rag), !rags.isEmpty else { return nil }
        return SummaryCounts(
            red: rags.filter { $0 == .red }.count, amber: rags.filter { $0 == .amber }.count,
            green: rags.filter { $0 == .green }.count)
    }

    /// Series whose latest figures are off target for `run` periods or more in a row: rated red
    /// or amber, or (unrated) worse than the target by the indicator's polarity.
    func persistentlyOffTarget(run: Int) -> [(series: IndicatorSeries, periods: Int)] {
        series.compactMap { s in
            let n = s.current.reversed().prefix { CouncilView.offTarget($0, s.polarity) }.count
            return n >= run ? (s, n) : nil
        }
    }

    static func offTarget(_ p: SeriesPoint, _ polarity: Polarity) -> Bool {
        if let rag = p.rag { return rag == .red || rag == .amber }
        guard let v = p.value, let t = p.target else { return false }
        switch polarity {
        case .higherIsBetter: return v < t
        case .lowerIsBetter: return v > t
        default: return false
        }
    }

    /// The series an indicator of a diff belongs to: by code, else by name.
    func series(for change: IndicatorChange) -> IndicatorSeries? {
        if let code = change.code, let s = series.first(where: { $0.code.map(Self.codeKey) == Self.codeKey(code) }) {
            return s
        }
        return series.first { $0.name == change.name }
    }

    static func codeKey(_ code: String) -> String { code.uppercased().filter { $0.isLetter || $0.isNumber } }
}
