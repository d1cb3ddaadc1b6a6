import TextStage

/// Running headers, footers and page numbers: text in the top or bottom band of the page that
/// recurs at the same height across pages (digits may differ: "Page 3 of 12"), and a lone
/// page number as the last line of a page.
enum RunningText {
    struct Found {
        var line: TextLine
        var kind: BlockKind
    }

    /// For each page (by index), its running text lines.
    static func find(pages: [TextPage], segments: [[TextLine]]) -> [[Found]] {
        var candidates: [(page: Int, line: TextLine, top: Bool, key: String)] = []
        for (i, page) in pages.enumerated() {
            for line in segments[i] {
                // The band first: the table tests look at the whole page, and most lines are
                // in neither band.
                let top = line.box.y1 <= SegmentTuning.runningBand * page.height
                guard top || line.box.y0 >= (1 - SegmentTuning.runningBand) * page.height,
                    !looksLikeTableCell(line.box, on: page, among: segments[i]), !inTableRow(line, segments[i])
                else { continue }
                candidates.append((i, line, top, normalised(line.text)))
            }
        }
        let minPages = pages.count >= 4 ? SegmentTuning.runningMinPages : 2
        var found = Array(repeating: [Found](), count: pages.count)
        var byKey: [String: [Int]] = [:]
        for (n, c) in candidates.enumerated() { byKey[c.key, default: []].append(n) }
        for c in candidates {
            guard c.key.contains(where: \.isLetter) || c.key.contains("#") else { continue }
            // Stops at `minPages` pages: a footer on every page of a long paper would otherwise
            // be compared with every other copy of itself.
            var onPages = Set<Int>()
            for n in byKey[c.key, default: []] {
                let o = candidates[n]
                if o.top == c.top && abs(o.line.box.y0 - c.line.box.y0) <= SegmentTuning.runningYTolerance {
                    onPages.insert(o.page)
                    if onPages.count >= minPages { break }
                }
            }
            if onPages.count >= minPages {
                found[c.page].append(
                    Found(line: c.line, kind: isPageNumber(c.line.text) ? .pageNumber : (c.top ? .header : .footer)))
            }
        }
        // A lone page number: alone on the page's last row (or first row), in the band.
        for (i, page) in pages.enumerated() {
            let lines = segments[i]
            guard let last = lines.max(by: { $0.box.y1 < $1.box.y1 }) else { continue }
            for edge in [last, lines.min(by: { $0.box.y0 < $1.box.y0 })!] where isPageNumber(edge.text) {
                let inBand =
                    edge.box.y0 >= (1 - SegmentTuning.runningBand) * page.height
                    || edge.box.y1 <= SegmentTuning.runningBand * page.height
                let alone = !lines.contains {
                    $0 != edge && LineSegmenter.overlapShare($0.box.y0, $0.box.y1, edge.box.y0, edge.box.y1) > 0.3
                }
                if inBand, alone, !found[i].contains(where: { $0.line == edge }) {
                    found[i].append(Found(line: edge, kind: .pageNumber))
                }
            }
        }
        return found
    }

    /// Digits folded to "#", case and spacing ignored, so "Page 3 of 12" recurs as "page # of #".
    static func normalised(_ s: String) -> String {
        var out = ""
        var lastHash = false
        for ch in s.lowercased() where !ch.isWhitespace {
            if ch.isNumber {
                if !lastHash { out.append("#") }
                lastHash = true
            } else {
                out.append(ch)
                lastHash = false
            }
        }
        return out
    }

    static func isPageNumber(_ text: String) -> Bool {
        let t = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let patterns: Set<String> = ["#", "-#-", "–#–", "page#", "page#of#", "#of#", "#/#", "p.#", "page|#", "#|page"]
        let n = normalised(t)
        if patterns.contains(n) { return t.count <= 20 }
        // An appendix page number: "A-11", "B–3".
        if n.count == 3, n.first!.isLetter, "-–".contains(Array(n)[1]), n.last == "#" { return true }
        // A lower-case roman numeral alone (front matter).
        return t.count <= 5 && t.allSatisfy { "ivxl".contains($0) }
    }

    /// A row of many separate cells is a table's (repeated) header row, not running text.
    static func inTableRow(_ line: TextLine, _ lines: [TextLine]) -> Bool {
        lines.count {
            LineSegmenter.overlapShare($0.box.y0, $0.box.y1, line.box.y0, line.box.y1) >= TextTuning.sameLineOverlap
        }
            > SegmentTuning.runningMaxRowSegments
    }

    /// Text inside a shaded rectangle that holds a row of cells, or between vertical rules, is
    /// a table cell (a header row repeated on every page), not running text. A band holding a
    /// title or two ("HIGHLIGHTS FROM PIRLS 2011 … APPENDIX A") is a running header.
    static func looksLikeTableCell(_ box: Box, on page: TextPage, among lines: [TextLine]) -> Bool {
        let midY = box.midY
        if page.fills.contains(where: { f in
            f.isRect && f.color != .white && f.box.x0 <= box.x0 + 1 && f.box.x1 >= box.x1 - 1
                && f.box.y0 <= box.y0 + 1 && f.box.y1 >= box.y1 - 1
                && !(f.box.width >= page.width * 0.9 && f.box.height >= page.height * 0.5)
                && lines.count { f.box.contains(x: $0.box.midX, y: $0.box.midY) } > SegmentTuning.runningMaxBandSegments
        }) {
            return true
        }
        return page.lines.contains { l in
            l.isVertical && min(l.y0, l.y1) <= midY && max(l.y0, l.y1) >= midY
                && l.x0 >= box.x0 - 30 && l.x0 <= box.x1 + 30
        }
    }
}
