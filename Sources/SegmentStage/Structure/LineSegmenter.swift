import TextStage

/// Words → line segments: words on a shared baseline with no wide gap between them. A column
/// gutter or a tab stop ends a segment, so two columns never merge into one line; the reading
/// order later joins segments of one row again where they are not columns.
enum LineSegmenter {
    /// What separates words even when they are close: a vertical rule between them, or lying
    /// in different filled boxes (cells, tiles of a slide).
    struct Barriers {
        var rules: [RulingLine]
        var boxes: [Box]

        init(page: TextPage?) {
            guard let page else {
                rules = []
                boxes = []
                return
            }
            rules = page.lines.filter(\.isVertical)
            boxes = page.fills.filter {
                $0.isRect && !($0.box.width >= 0.9 * page.width && $0.box.height >= 0.5 * page.height)
                    && $0.box.height >= 6
            }.map(\.box)
        }

        /// The smallest filled box holding the point, by index.
        func box(at b: Box) -> Int? {
            var best: Int?
            for (i, f) in boxes.enumerated() where f.contains(x: b.midX, y: b.midY) {
                if best == nil || f.width * f.height < boxes[best!].width * boxes[best!].height { best = i }
            }
            return best
        }

        func ruleBetween(_ x0: Double, _ x1: Double, y: Double) -> Bool {
            rules.contains { $0.x0 > x0 && $0.x0 < x1 && min($0.y0, $0.y1) <= y && max($0.y0, $0.y1) >= y }
        }
    }

    static func segments(_ words: [Word], page: TextPage? = nil) -> [TextLine] {
        let horizontal = words.filter { $0.direction == 0 }
        var lines = horizontalSegments(horizontal, barriers: Barriers(page: page))
        lines += rotatedLines(words.filter { $0.direction != 0 })
        return lines
    }

    private struct Open {
        var words: [Word]
        /// The vertical band of the last full-size word: a superscript must not move it.
        var band: (y0: Double, y1: Double)
        var x1: Double
        var size: Double
        var container: Int?
    }

    private static func horizontalSegments(_ words: [Word], barriers: Barriers) -> [TextLine] {
        // Positions sorted, not the words: a stable sort moves each element several times, and
        // an Int is cheaper to move than a Word. The order is the same (both sorts are stable).
        let sorted = words.indices.sorted {
            (words[$0].box.x0, words[$0].box.y0, words[$0].text) < (words[$1].box.x0, words[$1].box.y0, words[$1].text)
        }.map { words[$0] }
        var open: [Open] = []
        var done: [[Word]] = []
        // No open segment ends left of this (a segment's x1 only grows): while the reach below
        // stays left of it, no segment can close and the list is not read.
        var lowestX1 = Double.infinity
        for w in sorted {
            let container = barriers.box(at: w.box)
            var best: Int?
            var bestOverlap = 0.0
            for (i, s) in open.enumerated() {
                // Most open segments are other lines: no vertical overlap, so no share to reach
                // sameLineOverlap. Tested first, as overlapShare reads it (a NaN end counts as none).
                guard min(w.box.y1, s.band.y1) - max(w.box.y0, s.band.y0) > 0 else { continue }
                let em = max(s.size, w.size)
                let gap = w.box.x0 - s.x1
                guard gap <= SegmentTuning.segmentGap * em, gap >= -SegmentTuning.wordOverlapSlack * em,
                    s.container == container
                else { continue }
                let ov = overlapShare(w.box.y0, w.box.y1, s.band.y0, s.band.y1)
                guard ov >= TextTuning.sameLineOverlap, ov > bestOverlap,
                    !barriers.ruleBetween(s.x1 - 1, w.box.x0 + 1, y: w.box.midY)
                else { continue }
                best = i
                bestOverlap = ov
            }
            if let i = best {
                open[i].words.append(w)
                open[i].x1 = max(open[i].x1, w.box.x1)
                if !w.superscript {
                    open[i].band = (w.box.y0, w.box.y1)
                    open[i].size = w.size
                }
            } else {
                open.append(
                    Open(words: [w], band: (w.box.y0, w.box.y1), x1: w.box.x1, size: w.size, container: container))
                if w.box.x1 < lowestX1 { lowestX1 = w.box.x1 }
            }
            // Segments that can no longer grow leave the open list, keeping it short.
            // Checked before anything is copied: most words close no segment.
            let reach = w.box.x0 - 3 * SegmentTuning.segmentGap * w.size
            if lowestX1 < reach {
                if open.contains(where: { $0.x1 < reach }) {
                    var stay: [Open] = []
                    stay.reserveCapacity(open.count)
                    for o in open {
                        if o.x1 >= reach { stay.append(o) } else { done.append(o.words) }
                    }
                    open = stay
                }
                lowestX1 = open.reduce(Double.infinity) { $1.x1 < $0 ? $1.x1 : $0 }
            }
        }
        done += open.map(\.words)
        return done.map(makeLine).sorted(by: readingLess)
    }

    /// Rotated words (tick labels, sideways headers) grouped by direction and column.
    private static func rotatedLines(_ words: [Word]) -> [TextLine] {
        var groups: [[Word]] = []
        for w in words.sorted(by: { ($0.direction, $0.box.midX, $0.box.y0) < ($1.direction, $1.box.midX, $1.box.y0) }) {
            if let last = groups.last?.last, last.direction == w.direction,
                overlapShare(w.box.x0, w.box.x1, last.box.x0, last.box.x1) >= TextTuning.sameLineOverlap,
                abs(w.box.y0 - last.box.y1) <= SegmentTuning.segmentGap * w.size
                    || abs(last.box.y0 - w.box.y1) <= SegmentTuning.segmentGap * w.size
            {
                groups[groups.count - 1].append(w)
            } else {
                groups.append([w])
            }
        }
        return groups.map { g in
            let ordered = g.sorted { g[0].direction == 270 ? $0.box.y0 > $1.box.y0 : $0.box.y0 < $1.box.y0 }
            return TextLine(
                text: ordered.map(\.text).joined(separator: " "), box: unionBox(ordered.map(\.box)), words: ordered)
        }
    }

    static func makeLine(_ words: [Word]) -> TextLine {
        let ordered = words.sorted { ($0.box.x0, $0.box.y0) < ($1.box.x0, $1.box.y0) }
        return TextLine(text: joinedText(ordered), box: unionBox(ordered.map(\.box)), words: ordered)
    }

    /// Words joined by a space unless they touch; a superscript number is written with
    /// superscript digits ("38¹") so a footnote marker never turns 38 into 381.
    static func joinedText(_ words: [Word]) -> String {
        var out = ""
        var prev: Word?
        for w in words {
            let text = w.superscript ? superscripted(w.text) : w.text
            if let p = prev,
                w.box.x0 - p.box.x1 > SegmentTuning.joinWithoutSpace * max(p.size, w.size)
                    || (!w.superscript && p.superscript)
            {
                out += " "
            }
            out += text
            prev = w
        }
        return out
    }

    static func superscripted(_ s: String) -> String {
        let map: [Character: Character] = [
            "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹"
        ]
        guard s.allSatisfy({ map[$0] != nil }) else { return s }
        return String(s.map { map[$0]! })
    }

    static func overlapShare(_ a0: Double, _ a1: Double, _ b0: Double, _ b1: Double) -> Double {
        let ov = min(a1, b1) - max(a0, b0)
        let shorter = min(a1 - a0, b1 - b0)
        return shorter > 0 ? max(0, ov) / shorter : 0
    }

    static func unionBox(_ boxes: [Box]) -> Box {
        boxes.dropFirst().reduce(boxes[0]) { $0.union($1) }
    }

    static func readingLess(_ a: TextLine, _ b: TextLine) -> Bool {
        (a.box.y0, a.box.x0, a.text) < (b.box.y0, b.box.x0, b.text)
    }
}

extension Array {
    func partitioned(by keep: (Element) -> Bool) -> ([Element], [Element]) {
        var yes: [Element] = []
        var no: [Element] = []
        for e in self { if keep(e) { yes.append(e) } else { no.append(e) } }
        return (yes, no)
    }
}
