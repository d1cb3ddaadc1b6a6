import TextStage

/// The coordinates a page's tables are read in: the page itself, or the page turned so that
/// rotated text (direction 90 or 270) reads left to right. Boxes go in and back out.
struct PageFrame: Sendable {
    var rotation: Int  // 0, 90 or 270: the text direction being undone
    var pageWidth: Double
    var pageHeight: Double

    /// The direction most of the page's text runs in (by characters).
    static func dominant(_ page: TextPage) -> PageFrame {
        var count: [Int: Int] = [:]
        for w in page.words {
            let n = w.text.characterCount
            if n > 1 { count[w.direction, default: 0] += n }
        }
        let upright = count[0, default: 0]
        let best = [90, 270].max { count[$0, default: 0] < count[$1, default: 0] }!
        let rot = count[best, default: 0] > upright ? best : 0
        return PageFrame(rotation: rot, pageWidth: page.width, pageHeight: page.height)
    }

    /// Page → frame.
    func map(_ b: Box) -> Box {
        switch rotation {
        case 90: Box(x0: b.y0, y0: pageWidth - b.x1, x1: b.y1, y1: pageWidth - b.x0)
        case 270: Box(x0: pageHeight - b.y1, y0: b.x0, x1: pageHeight - b.y0, y1: b.x1)
        default: b
        }
    }

    /// Frame → page.
    func unmap(_ b: Box) -> Box {
        switch rotation {
        case 90: Box(x0: pageWidth - b.y1, y0: b.x0, x1: pageWidth - b.y0, y1: b.x1)
        case 270: Box(x0: b.y0, y0: pageHeight - b.x1, x1: b.y1, y1: pageHeight - b.x0)
        default: b
        }
    }

    func map(_ l: RulingLine) -> RulingLine {
        let b = map(Box(x0: min(l.x0, l.x1), y0: min(l.y0, l.y1), x1: max(l.x0, l.x1), y1: max(l.y0, l.y1)))
        return RulingLine(x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1, width: l.width, color: l.color)
    }
}

/// A word in frame coordinates, with what table finding needs of it.
struct TWord: Sendable {
    var text: String
    var box: Box
    var size: Double
    var bold: Bool
    var superscript: Bool
}

/// Words sharing a baseline, left to right.
struct TLine: Sendable {
    var words: [TWord]
    var box: Box
    var size: Double

    var text: String { words.map(\.text).joined(separator: " ") }
}

enum LineBuilder {
    /// Groups words into lines by vertical overlap, top to bottom; words left to right.
    static func lines(_ words: [TWord]) -> [TLine] {
        grouped(words).map(\.line)
    }

    /// The lines, each with the indices in `words` of its words (in the line's order): for
    /// callers that claim the words they use.
    static func grouped(_ words: [TWord]) -> [(line: TLine, indices: [Int])] {
        // Most cells hold one word: one line, without the sorting.
        if words.count == 1 {
            return [(line: TLine(words: words, box: words[0].box, size: words[0].size), indices: [0])]
        }
        let order = words.indices.sorted {
            (words[$0].box.midY, words[$0].box.x0) < (words[$1].box.midY, words[$1].box.x0)
        }
        var lines: [TLine] = []
        var members: [[Int]] = []
        for k in order {
            let w = words[k]
            // Only the last few lines can take the word: they are sorted by centre.
            var joined = false
            for i in stride(from: lines.count - 1, through: max(0, lines.count - 3), by: -1) {
                // The line is read in place, not copied: a copy would share its words and make
                // the append below copy them all.
                let box = lines[i].box
                let overlap = min(box.y1, w.box.y1) - max(box.y0, w.box.y0)
                let smaller = min(box.height, w.box.height)
                if smaller > 0 && overlap >= smaller * TextTuning.sameLineOverlap
                    && !lines[i].words.contains(where: { $0.box.x0 < w.box.x1 && w.box.x0 < $0.box.x1 })
                {
                    lines[i].words.append(w)
                    lines[i].box = box.union(w.box)
                    lines[i].size = max(lines[i].size, w.superscript ? 0 : w.size)
                    members[i].append(k)
                    joined = true
                    break
                }
            }
            if !joined {
                lines.append(TLine(words: [w], box: w.box, size: w.size))
                members.append([k])
            }
        }
        let out = zip(lines, members).map { l, m in
            let byX = l.words.indices.sorted { l.words[$0].box.x0 < l.words[$1].box.x0 }
            return (line: TLine(words: byX.map { l.words[$0] }, box: l.box, size: l.size), indices: byX.map { m[$0] })
        }
        return out.sorted { ($0.line.box.y0, $0.line.box.x0) < ($1.line.box.y0, $1.line.box.x0) }
    }

    /// A cell's text: its lines joined with newlines, words with spaces.
    static func text(_ words: [TWord]) -> (String, [String]) {
        let ls = lines(words).map(\.text)
        return (ls.joined(separator: "\n"), ls)
    }
}
