import Diff
import Foundation
import Record

/// One series as an inline SVG: the value line, the target as a dashed line, each figure a
/// marker whose shape says its RAG (circle green, triangle amber, square red, ring unrated)
/// and links to its source page. The title and description are the text alternative.
struct SeriesChart {
    var tuning: ReportTuning

    /// `link(point)`: where a figure's marker leads (its source PDF page).
    func svg(_ s: IndicatorSeries, id: String, link: (SeriesPoint) -> String) -> String {
        let points = s.current.filter { $0.value != nil || $0.target != nil }
        let w = tuning.chartWidth
        let h = tuning.chartHeight
        let plotW = w - tuning.chartLeft - tuning.chartRight
        let plotH = h - tuning.chartTop - tuning.chartBottom
        let numbers = points.flatMap { [$0.value, $0.target].compactMap { $0 } }
        var lo = numbers.min() ?? 0
        var hi = numbers.max() ?? 1
        if hi - lo < 1e-9 {
            lo -= 1
            hi += 1
        }
        let pad = (hi - lo) * tuning.chartMargin
        lo -= pad
        hi += pad
        let spanW = plotW - 2 * tuning.chartInset
        func x(_ i: Int) -> Double {
            points.count == 1
                ? tuning.chartLeft + plotW / 2
                : tuning.chartLeft + tuning.chartInset + spanW * Double(i) / Double(points.count - 1)
        }
        func y(_ v: Double) -> Double { tuning.chartTop + plotH * (1 - (v - lo) / (hi - lo)) }

        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(n(w)) \(n(h))" width="\(n(w))" height="\(n(h))" \
            role="img" aria-labelledby="\(id)-t \(id)-d">
            <title id="\(id)-t">\(HTML.escape(s.name))</title>
            <desc id="\(id)-d">\(HTML.escape(description(points)))</desc>

            """
        // Axes: the range's ends on the left, the periods along the bottom.
        out +=
            "<line x1=\"\(n(tuning.chartLeft))\" y1=\"\(n(tuning.chartTop + plotH))\" "
            + "x2=\"\(n(w - tuning.chartRight))\" "
            + "y2=\"\(n(tuning.chartTop + plotH))\" stroke=\"#999\" stroke-width=\"1\"/>\n"
        for v in [lo + pad, hi - pad] {
            out +=
                "<text x=\"\(n(tuning.chartLeft - 4))\" y=\"\(n(y(v) + 3))\" font-size=\"9\" text-anchor=\"end\" "
                + "fill=\"#555\">"
                + "\(HTML.escape(short(v)))</text>\n"
        }
        for (i, p) in points.enumerated() {
            out +=
                "<text x=\"\(n(x(i)))\" y=\"\(n(h - 6))\" font-size=\"9\" text-anchor=\"middle\" fill=\"#555\">"
                + "\(HTML.escape(SeriesBuilder.label(p.period)))</text>\n"
        }
        let targets = points.indices.compactMap { i in points[i].target.map { (x(i), y($0)) } }
        if targets.count > 1 {
            out +=
                "<polyline points=\"\(polyline(targets))\" fill=\"none\" stroke=\"#777\" stroke-width=\"1.5\" "
                + "stroke-dasharray=\"4 3\"/>\n"
        } else if let t = targets.first {
            out +=
                "<line x1=\"\(n(t.0 - 12))\" y1=\"\(n(t.1))\" x2=\"\(n(t.0 + 12))\" y2=\"\(n(t.1))\" stroke=\"#777\" "
                + "stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n"
        }
        let values = points.indices.compactMap { i in points[i].value.map { (x(i), y($0)) } }
        if values.count > 1 {
            out += "<polyline points=\"\(polyline(values))\" fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"2\"/>\n"
        }
        for (i, p) in points.enumerated() {
            guard let v = p.value else { continue }
            out +=
                "<a href=\"\(HTML.escape(link(p)))\"><title>\(HTML.escape(pointText(p)))</title>"
                + marker(p.rag, x(i), y(v)) + "</a>\n"
        }
        return out + "</svg>"
    }

    /// The marker for a RAG: shape and colour both say it.
    func marker(_ rag: RAG?, _ cx: Double, _ cy: Double) -> String {
        switch rag {
        case .green:
            return "<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"4.5\" fill=\"#2e7d32\"/>"
        case .amber:
            return
                "<polygon points=\"\(n(cx)),\(n(cy - 5.5)) \(n(cx + 5)),\(n(cy + 4)) \(n(cx - 5)),\(n(cy + 4))\" "
                + "fill=\"#f0a202\" stroke=\"#7a5200\" stroke-width=\"0.8\"/>"
        case .red:
            return "<rect x=\"\(n(cx - 4.5))\" y=\"\(n(cy - 4.5))\" width=\"9\" height=\"9\" fill=\"#c62828\"/>"
        default:
            return
                "<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"4\" fill=\"#fff\" stroke=\"#1f4e79\" "
                + "stroke-width=\"1.5\"/>"
        }
    }

    /// "2023-24 Q2: 24.28% (target 25%), amber, page 16 of charnwood-….pdf"
    func pointText(_ p: SeriesPoint) -> String {
        var t = SeriesBuilder.label(p.period) + ": " + (p.valueText ?? p.value.map(short) ?? "no figure")
        if let target = p.targetText ?? p.target.map(short) { t += " (target \(target))" }
        if let rag = p.rag { t += ", \(rag.rawValue)" }
        return t + ", page \(p.page) of \(p.fileName)"
    }

    func description(_ points: [SeriesPoint]) -> String {
        points.isEmpty ? "No figures." : points.map(pointText).joined(separator: "; ") + "."
    }

    func polyline(_ xy: [(Double, Double)]) -> String { xy.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ") }

    /// A coordinate with at most two decimals, the same text every run.
    func n(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return r == r.rounded()
            ? String(Int(r))
            : String(format: "%.2f", r).replacingOccurrences(of: #"0$"#, with: "", options: .regularExpression)
    }

    /// An axis figure: up to three significant decimals, no trailing zeros.
    func short(_ v: Double) -> String {
        if abs(v) >= 1000 { return String(Int(v.rounded())) }
        var s = String(format: "%.2f", v)
        while s.contains("."), s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
