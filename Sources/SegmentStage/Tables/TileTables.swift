import TextStage

/// Count boxes: a row of separate shaded tiles, each a short label over a big figure ("Red" /
/// "9"). The gaps between tiles draw no grid, and a label wrapped onto two lines breaks the
/// whitespace rows, so the tiles are read directly: each tile is a column, and inside it
/// consecutive lines of one font size are one cell (a wrapped label stays whole).
enum TileTables {
    /// The tile tables among the shaded boxes, with the indices of the words each one takes.
    static func tables(shading: [Box], words: [TWord]) -> [(grid: TextGrid, taken: [Int])] {
        var out: [(grid: TextGrid, taken: [Int])] = []
        for row in rows(shading) {
            if let t = table(row, words: words) { out.append(t) }
        }
        return out
    }

    /// Runs of aligned, similarly sized, non-overlapping boxes, left to right.
    static func rows(_ boxes: [Box]) -> [[Box]] {
        let s = SegmentTuning.tileAlignSlack
        var rows: [[Box]] = []
        for b in boxes.sorted(by: { ($0.y0, $0.x0) < ($1.y0, $1.x0) }) {
            if let i = rows.firstIndex(where: { r in
                abs(r[0].y0 - b.y0) <= s && abs(r[0].y1 - b.y1) <= s
                    && !r.contains { $0.x0 < b.x1 && b.x0 < $0.x1 }
            }) {
                rows[i].append(b)
            } else {
                rows.append([b])
            }
        }
        return rows.map { $0.sorted { $0.x0 < $1.x0 } }.filter { r in
            let widths = r.map(\.width)
            return r.count >= SegmentTuning.minTiles && widths.max()! <= widths.min()! * SegmentTuning.tileWidthRatio
        }
    }

    /// One row of tiles as a table, or nil unless every tile holds a few lines that fall into
    /// the same number (at least two) of font-size runs: a label and its figure.
    static func table(_ tiles: [Box], words: [TWord]) -> (grid: TextGrid, taken: [Int])? {
        var taken: [Int] = []
        var columns: [[[TWord]]] = []
        for tile in tiles {
            let inside = words.indices.filter { tile.contains(x: words[$0].box.midX, y: words[$0].box.midY) }
            let lines = LineBuilder.lines(inside.map { words[$0] })
            guard !lines.isEmpty, lines.count <= SegmentTuning.maxTileLines else { return nil }
            var runs: [[TWord]] = []
            var size = -1.0
            for l in lines {
                if abs(l.size - size) <= SegmentTuning.tileSizeSlack, !runs.isEmpty {
                    runs[runs.count - 1] += l.words
                } else {
                    runs.append(l.words)
                }
                size = l.size
            }
            guard runs.count >= 2, columns.first.map({ $0.count == runs.count }) ?? true else { return nil }
            columns.append(runs)
            taken += inside
        }
        let rowCount = columns[0].count
        let rows = (0..<rowCount).map { r in columns.map { $0[r] } }
        let rowBoxes = rows.map { cells in cells.flatMap { $0 }.map(\.box).reduce(cells[0][0].box) { $0.union($1) } }
        let box = tiles.dropFirst().reduce(tiles[0]) { $0.union($1) }
        let grid = TextGrid(columns: tiles.map { (x0: $0.x0, x1: $0.x1) }, rows: rows, rowBoxes: rowBoxes, box: box)
        return (grid, taken)
    }
}
