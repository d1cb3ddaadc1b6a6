import Diff
import Record

/// The report's pages as HTML text.
struct Pages {
    var tuning: ReportTuning
    /// reportId → the link to its source PDF (a page is added with "#page=N").
    var sources: [String: String]

    func link(_ reportId: String, page: Int) -> String {
        (sources[reportId] ?? "#") + (sources[reportId] == nil ? "" : "#page=\(page)")
    }

    static func fileName(_ c: CouncilView) -> String { "council-\(c.slug).html" }
    static let noPeriod = "<span class=\"muted\">no period</span>"

    static func anchor(_ s: IndicatorSeries) -> String {
        "s-" + String(s.key.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    static func badge(_ rag: RAG?) -> String {
        guard let rag else { return "<span class=\"rag rag-none\">None</span>" }
        return "<span class=\"rag rag-\(rag.rawValue)\">\(rag.rawValue.capitalized)</span>"
    }

    func index(_ councils: [CouncilView]) -> String {
        var rows = ""
        for c in councils {
            let periods = c.periods.map { HTML.escape($0.label) }.joined(separator: ", ")
            rows +=
                "<tr><td><a href=\"\(Self.fileName(c))\">\(HTML.escape(c.name))</a></td>"
                + "<td>\(HTML.escape(c.gssCode ?? "—"))</td>"
                + "<td>\(c.reportCount)</td><td>\(periods.isEmpty ? Self.noPeriod : periods)</td>"
                + "<td>\(c.series.count)</td></tr>\n"
        }
        let body = """
            <h1>Council performance reports</h1>
            <p>\(councils.count) councils, \(councils.reduce(0) { $0 + $1.reportCount }) reports.</p>
            <table>
            <thead><tr><th scope="col">Council</th><th scope="col">GSS code</th><th scope="col">Reports</th><th \
            scope="col">Periods</th><th scope="col">Indicators followed</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            """
        return HTML.page(title: "Council performance reports", body: body, home: true)
    }

    func council(_ c: CouncilView) -> String {
        var body = "<h1>\(HTML.escape(c.name))</h1>\n"
        let held = c.periods.map(\.label)
        body +=
            "<p>\(c.reportCount) reports; periods: "
            + "\(held.isEmpty ? "none stated" : HTML.escape(held.joined(separator: ", "))).</p>\n"
        body += latestSummary(c)
        body += changes(c)
        body += offTarget(c)
        body += charts(c)
        return HTML.page(title: c.name, body: body, home: false)
    }

    func latestSummary(_ c: CouncilView) -> String {
        guard let latest = c.latest, let (counts, stated) = c.latestCounts else { return "" }
        let label = c.periods.last.map(\.label) ?? ""
        let parts: [(RAG, Int)] = [(.green, counts.green ?? 0), (.amber, counts.amber ?? 0), (.red, counts.red ?? 0)]
        let items = parts.map { "\(Self.badge($0.0)) \($0.1)" }.joined(separator: " &nbsp; ")
        let source = stated ? "as the report states it" : "counted from its indicators' ratings"
        var out = """
            <h2>Latest RAG summary: \(HTML.escape(label))</h2>
            <p class="summary-bar">\(items)</p>
            <p class="muted">Indicators, \(source): <a \
            href="\(HTML.escape(link(latest.reportId, page: 1)))">\(HTML.escape(latest.source.fileName))</a>.</p>

            """
        // A stated summary its own listed indicators do not bear out is worth saying.
        if stated, let counted = c.countedCounts,
            [counted.green, counted.amber, counted.red] != [counts.green ?? 0, counts.amber ?? 0, counts.red ?? 0]
        {
            out +=
                "<p>The indicators the report lists are rated: Green \(counted.green ?? 0), Amber "
                + "\(counted.amber ?? 0), "
                + "Red \(counted.red ?? 0).</p>\n"
        }
        return out
    }

    func changes(_ c: CouncilView) -> String {
        guard let d = c.change else { return "" }
        var out = "<h2>What changed: \(HTML.escape(d.from.period ?? "")) → \(HTML.escape(d.to.period ?? ""))</h2>\n"
        if !d.headline.isEmpty {
            out += "<ul>\n" + d.headline.map { "<li>\(HTML.escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        let moved = d.indicators.filter { $0.improved != nil || $0.ragChanged }
        guard !moved.isEmpty else { return out }
        out += """
            <table>
            <thead><tr><th scope="col">Indicator</th><th scope="col">Before</th><th scope="col">After</th><th \
            scope="col">RAG</th><th scope="col">Change</th></tr></thead>
            <tbody>

            """
        // Worse first: what an analyst looks for.
        let ordered = moved.filter { $0.improved == false } + moved.filter { $0.improved != false }
        for ch in ordered {
            let s = c.series(for: ch)
            let name = s.map { "<a href=\"#\(Self.anchor($0))\">\(HTML.escape(ch.name))</a>" } ?? HTML.escape(ch.name)
            let verdict =
                ch.improved.map {
                    $0 ? "<span class=\"better\">▲ better</span>" : "<span class=\"worse\">▼ worse</span>"
                }
                ?? "<span class=\"muted\">—</span>"
            out +=
                "<tr><td>\(name)</td><td>\(figure(ch.before, series: s))</td><td>\(figure(ch.after, series: s))</td>"
                + "<td class=\"nowrap\">\(Self.badge(ch.before?.rag)) → \(Self.badge(ch.after?.rag))</td>"
                + "<td class=\"nowrap\">\(verdict)</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// A snapshot's figure, linked to the page of the series point that gives it.
    func figure(_ snap: IndicatorSnapshot?, series: IndicatorSeries?) -> String {
        guard let snap, let text = snap.value?.text else { return "<span class=\"muted\">—</span>" }
        guard let p = series?.current.first(where: { $0.period == snap.period }) else { return HTML.escape(text) }
        return "<a href=\"\(HTML.escape(link(p.reportId, page: p.page)))\">\(HTML.escape(text))</a>"
    }

    func offTarget(_ c: CouncilView) -> String {
        let list = c.persistentlyOffTarget(run: tuning.offTargetRun)
        guard !list.isEmpty else { return "" }
        var out = "<h2>Off target for \(tuning.offTargetRun) periods or more</h2>\n<ul>\n"
        for (s, n) in list {
            let last = s.current.last
            let figure =
                last.map { p in
                    " — latest \(SeriesBuilder.label(p.period)): <a "
                        + "href=\"\(HTML.escape(link(p.reportId, page: p.page)))\">"
                        + "\(HTML.escape(p.valueText ?? "no figure"))</a>"
                        + "\(p.targetText.map { " (target \(HTML.escape($0)))" } ?? "") \(Self.badge(p.rag))"
                } ?? ""
            out += "<li><a href=\"#\(Self.anchor(s))\">\(HTML.escape(s.name))</a>: \(n) periods\(figure)</li>\n"
        }
        return out + "</ul>\n"
    }

    func charts(_ c: CouncilView) -> String {
        let drawn = c.series.filter { s in s.current.contains { $0.value != nil } }
        guard !drawn.isEmpty else { return "" }
        let chart = SeriesChart(tuning: tuning)
        var out = "<h2>Every indicator over time</h2>\n"
        out +=
            "<p class=\"muted\">Value (solid line) against target (dashed). Markers: ● green, ▲ amber, ■ red, ○ not "
            + "rated; "
            + "each links to its source page.</p>\n<div class=\"charts\">\n"
        for s in drawn {
            let id = Self.anchor(s)
            let code = s.code.map { "<span class=\"code\">\(HTML.escape($0))</span> " } ?? ""
            out += "<figure id=\"\(id)\" class=\"series\">\n<figcaption>\(code)\(HTML.escape(s.name))</figcaption>\n"
            out += chart.svg(s, id: id) { link($0.reportId, page: $0.page) } + "\n"
            out +=
                "<ul class=\"figures\">"
                + s.current.filter { $0.value != nil }.map { p in
                    "<li><a href=\"\(HTML.escape(link(p.reportId, page: p.page)))\">"
                        + "\(HTML.escape(SeriesBuilder.label(p.period))): "
                        + "\(HTML.escape(p.valueText ?? ""))</a>\(p.rag.map { " (\($0.rawValue))" } ?? "")</li>"
                }.joined() + "</ul>\n</figure>\n"
        }
        return out + "</div>\n"
    }
}
