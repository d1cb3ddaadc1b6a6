import TextStage

/// A key (legend): a column of small coloured icons, each beside its label ("● Red – action
/// overdue"), with no rules. Column alignment alone cannot find it: the icons are no words, so
/// the labels read as one column of text. A stack of at least two icons of at least two
/// colours, each with a label on its line just to its right, is a two-column table (icon |
/// label). Same-coloured icons are picture bullets, not a key.
enum IconKeys {
    /// A small coloured mark: a raster icon or a vector shape.
    struct Icon {
        var box: Box
        var color: RGB
    }

    /// The key tables among the icons, with the indices of the words each one takes.
    static func tables(icons: [Icon], words: [TWord]) -> [(grid: TextGrid, taken: [Int])] {
        // Most pages have no icon: no key, and no need to group their words into lines.
        guard !icons.isEmpty else { return [] }
        let lines = LineBuilder.grouped(words).map(\.indices)
        var rows: [(icon: Icon, label: [Int])] = []
        for icon in icons.sorted(by: { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }) {
            if let label = label(of: icon, lines: lines, words: words), !rows.contains(where: { $0.label == label }) {
                rows.append((icon, label))
            }
        }
        var out: [(grid: TextGrid, taken: [Int])] = []
        for stack in stacks(rows, words: words) {
            let colors = stack.map(\.icon.color)
            guard stack.count >= 2, colors.contains(where: { distinct($0, colors[0]) }) else { continue }
            let iconX0 = stack.map(\.icon.box.x0).min()!
            let iconX1 = stack.map(\.icon.box.x1).max()!
            let labelBoxes = stack.map {
                $0.label.map { words[$0].box }.reduce(words[$0.label[0]].box) { $0.union($1) }
            }
            let labelX0 = labelBoxes.map(\.x0).min()!
            let labelX1 = labelBoxes.map(\.x1).max()!
            let rowBoxes = zip(stack, labelBoxes).map { $0.icon.box.union($1) }
            let grid = TextGrid(
                columns: [(iconX0, iconX1), (labelX0, labelX1)],
                rows: stack.map { [[], $0.label.map { words[$0] }] },
                rowBoxes: rowBoxes, box: rowBoxes.dropFirst().reduce(rowBoxes[0]) { $0.union($1) })
            out.append((grid, stack.flatMap(\.label)))
        }
        return out
    }

    /// Icons of a page in frame coordinates: small coloured images and small filled shapes,
    /// roughly as tall as they are wide.
    static func icons(images: [PageImage], fills: [Fill], frame: PageFrame) -> [Icon] {
        var out: [Icon] = []
        for i in images { if let c = i.color, isIconSized(i.box) { out.append(Icon(box: frame.map(i.box), color: c)) } }
        for f in fills where !Rulings.isPaper(f.color) && isIconSized(f.box) {
            // A shape drawn in several fills (a ring and its dot) is one icon.
            let b = frame.map(f.box)
            if !out.contains(where: { $0.box.contains(x: b.midX, y: b.midY) }) {
                out.append(Icon(box: b, color: f.color))
            }
        }
        return out
    }

    /// A box the size of an icon: roughly as tall as it is wide, its sides within the bounds.
    static func isIconSized(_ b: Box, maxSide: Double = SegmentTuning.iconMaxSide) -> Bool {
        let lo = min(b.width, b.height)
        let hi = max(b.width, b.height)
        return lo >= SegmentTuning.iconMinSide && hi <= maxSide && hi <= lo * SegmentTuning.iconMaxAspect
    }

    /// The phrase on the icon's line that starts just right of it: its words up to the first
    /// wide gap.
    private static func label(of icon: Icon, lines: [[Int]], words: [TWord]) -> [Int]? {
        for line in lines {
            let right = line.filter { words[$0].box.x0 >= icon.box.x1 - 1 }
            guard let first = right.first else { continue }
            let w = words[first]
            let em = max(w.size, 1)
            let overlap = min(w.box.y1, icon.box.y1) - max(w.box.y0, icon.box.y0)
            guard overlap >= min(w.box.height, icon.box.height) * TextTuning.sameLineOverlap,
                w.box.x0 - icon.box.x1 <= SegmentTuning.iconLabelReachEm * em,
                // Nothing between the icon and its label.
                !line.contains(where: { words[$0].box.x1 > icon.box.x1 && words[$0].box.x0 < icon.box.x1 })
            else { continue }
            var label = [first]
            for i in right.dropFirst() {
                guard words[i].box.x0 - words[label.last!].box.x1 <= SegmentTuning.phraseGapEm * em else { break }
                label.append(i)
            }
            // More text further along the line: the icon starts a row of a wider table.
            return label.count == right.count ? label : nil
        }
        return nil
    }

    /// Runs of rows whose icons share a column and which follow each other closely.
    private static func stacks(_ rows: [(icon: Icon, label: [Int])], words: [TWord]) -> [[(icon: Icon, label: [Int])]] {
        var out: [[(icon: Icon, label: [Int])]] = []
        for r in rows {
            let em = max(words[r.label[0]].size, 1)
            if let i = out.lastIndex(where: { s in
                let last = s.last!.icon.box
                return abs(last.midX - r.icon.box.midX) <= max(last.width, r.icon.box.width) / 2
                    && r.icon.box.y0 - last.y1 >= -1 && r.icon.box.y0 - last.y1 <= SegmentTuning.iconRowGapEm * em
            }) {
                out[i].append(r)
            } else {
                out.append([r])
            }
        }
        return out
    }

    /// Two colours a reader tells apart (not anti-aliasing shades of one).
    private static func distinct(_ a: RGB, _ b: RGB) -> Bool {
        abs(Int(a.r) - Int(b.r)) + abs(Int(a.g) - Int(b.g)) + abs(Int(a.b) - Int(b.b)) > SegmentTuning.iconColorDistance
    }
}
