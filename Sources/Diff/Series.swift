import Record

/// One indicator followed across the reports of one council: every period any report gives a
/// figure for. Its identity is its code where it has one, else its name; a renamed indicator
/// that the diff pairs (code, then name, then a similar name) stays one series.
public struct IndicatorSeries: Equatable, Sendable {
    public var councilName: String?
    public var councilSlug: String?
    /// "code:KI 4" or "name:residual household waste per household": stable across reports.
    public var key: String
    public var code: String?
    /// The name the latest report gives.
    public var name: String
    public var unit: MeasureUnit
    public var polarity: Polarity
    /// By period; for each period the current figure first, then the revisions it replaced.
    public var points: [SeriesPoint]

    /// The current figure of each period, oldest first.
    public var current: [SeriesPoint] { points.filter { !$0.revised } }
}

/// One figure of a series: a period's value and target as one report gives them.
public struct SeriesPoint: Equatable, Sendable {
    public var period: Period
    public var value: Double?
    public var valueText: String?
    public var target: Double?
    public var targetText: String?
    /// The indicator's RAG, on the report's own period only (a report rates its latest figure).
    public var rag: RAG?
    public var reportId: String
    public var fileName: String
    public var page: Int
    /// A figure a later report gives differently for the same period.
    public var revised: Bool
}

/// Builds series from records, one council at a time, reports in period order.
public enum SeriesBuilder {
    /// What a record contributes (the indicators and where they came from): small enough to
    /// hold for a whole dataset while its records stream past.
    public struct Input: Sendable {
        public var reportId: String
        public var fileName: String
        public var councilName: String?
        public var councilSlug: String?
        public var period: ReportPeriod?
        public var indicators: [Indicator]

        public init(_ r: Record) {
            reportId = r.reportId
            fileName = r.source.fileName
            councilName = r.council?.name
            councilSlug = r.council?.slug
            period = r.period
            indicators = r.indicators
        }
    }

    public static func series(_ inputs: [Input]) -> [IndicatorSeries] {
        let byCouncil = Dictionary(grouping: inputs) { $0.councilSlug ?? "" }
        var out: [IndicatorSeries] = []
        for slug in byCouncil.keys.sorted() {
            let reports = byCouncil[slug]!.sorted { order($0) < order($1) }
            out += series(ofOneCouncil: reports)
        }
        return out
    }

    /// Reports in period order (a report without a period last), ties by reportId.
    static func order(_ i: Input) -> String {
        [i.period?.financialYear ?? "9999", String(i.period?.quarter ?? 9), i.reportId].joined(separator: "|")
    }

    static func series(ofOneCouncil reports: [Input]) -> [IndicatorSeries] {
        var all: [IndicatorSeries] = []
        var latest: [Indicator] = []  // each series' indicator as last seen, to pair the next report with
        for report in reports {
            let l = latest
            let r = report.indicators
            let byCode = Matching.pair(
                left: l.map { Differ.codeKey($0.code) }, leftText: l.map(\.name),
                right: r.map { Differ.codeKey($0.code) }, rightText: r.map(\.name), threshold: 2)
            let ln = byCode.leftOnly
            let rn = byCode.rightOnly
            // A series with a code is another indicator than one without, in name pairing too.
            let byName = Matching.pair(
                left: ln.map { Matching.key(l[$0].name) }, leftText: ln.map { l[$0].name },
                right: rn.map { Matching.key(r[$0].name) }, rightText: rn.map { r[$0].name },
                threshold: Differ.indicatorRenameThreshold)
            var target = [Int?](repeating: nil, count: r.count)
            for (i, j, _) in byCode.pairs { target[j] = i }
            for (i, j, _) in byName.pairs { target[rn[j]] = ln[i] }
            for (j, indicator) in r.enumerated() {
                let s: Int
                if let i = target[j] {
                    s = i
                    all[s].name = indicator.name
                    all[s].code = indicator.code ?? all[s].code
                    latest[s] = indicator
                } else {
                    s = all.count
                    let key =
                        Differ.codeKey(indicator.code).map { "code:" + $0 } ?? "name:" + Matching.key(indicator.name)
                    all.append(
                        IndicatorSeries(
                            councilName: report.councilName, councilSlug: report.councilSlug, key: key,
                            code: indicator.code, name: indicator.name, unit: indicator.unit,
                            polarity: indicator.polarity, points: []))
                    latest.append(indicator)
                }
                add(indicator, of: report, to: &all[s])
            }
        }
        // Two series may have come to the same key (a code first seen later): keep keys unique.
        var seen: [String: Int] = [:]
        for k in all.indices {
            let n = seen[all[k].key, default: 0]
            seen[all[k].key] = n + 1
            if n > 0 { all[k].key += "#\(n + 1)" }
        }
        return all
    }

    /// The report's figures go in as the current ones for their periods; an earlier report's
    /// different figure for a period becomes a revision, an equal one gives way.
    static func add(_ indicator: Indicator, of report: Input, to s: inout IndicatorSeries) {
        for o in indicator.observations where o.value?.value != nil || o.target?.value != nil {
            let own =
                report.period.map { $0.financialYear == o.period.financialYear && $0.quarter == o.period.quarter }
                ?? false
            let point = SeriesPoint(
                period: o.period, value: o.value?.value, valueText: o.value?.text,
                target: o.target?.value, targetText: o.target?.text,
                rag: own ? indicator.rag : nil, reportId: report.reportId,
                fileName: report.fileName, page: indicator.page, revised: false)
            if let k = s.points.firstIndex(where: { $0.period == o.period && !$0.revised }) {
                let old = s.points[k]
                if old.value == point.value {
                    // The same figure: the later report is its source, keeping a RAG it gave.
                    var merged = point
                    merged.rag = point.rag ?? old.rag
                    merged.target = point.target ?? old.target
                    merged.targetText = point.targetText ?? old.targetText
                    s.points[k] = merged
                } else {
                    s.points[k].revised = true
                    s.points.insert(point, at: k)
                }
            } else {
                s.points.append(point)
            }
        }
        // Period order, the current figure before its revisions (stable for the rest).
        s.points = s.points.enumerated().sorted { a, b in
            let ka = periodKey(a.element.period)
            let kb = periodKey(b.element.period)
            if ka != kb { return ka < kb }
            if a.element.revised != b.element.revised { return !a.element.revised }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Sorts periods in time: year, then quarter or month (a whole year after its quarters).
    public static func periodKey(_ p: Period) -> String {
        let q = p.quarter.map(String.init) ?? (p.month.map { monthQuarter($0, year: p.financialYear) } ?? "5")
        return p.financialYear + "|" + q + "|" + (p.month ?? "")
    }

    /// The financial-year quarter a month falls in (April–June is Q1).
    static func monthQuarter(_ month: String, year: String) -> String {
        guard let m = Int(month.suffix(2)) else { return "5" }
        return String((m + 8) % 12 / 3 + 1)
    }

    /// "2023-24 Q2", "2023-24", "2024-05".
    public static func label(_ p: Period) -> String {
        if let m = p.month { return m }
        return p.quarter.map { "\(p.financialYear) Q\($0)" } ?? p.financialYear
    }
}
