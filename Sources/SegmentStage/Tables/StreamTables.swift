import Foundation
import TextStage

/// A run of words on one line with no wide gap inside: one cell's text on that line, or a
/// phrase of prose.
struct Phrase: Sendable {
    var words: [TWord]
    var x0: Double { words.first!.box.x0 }
    // (Lazily: asked in the column loops, an array per call was a tenth of a table page.)
    var x1: Double { words.lazy.map(\.box.x1).max()! }
}

/// A text line split into phrases at wide gaps.
struct PhraseLine: Sendable {
    var line: TLine
    var phrases: [Phrase]
    var isTabular: Bool { phrases.count >= 2 }
    var box: Box { line.box }
}

/// A table read from whitespace: its grid of word lists, row by row.
struct TextGrid: Sendable {
    var columns: [(x0: Double, x1: Double)]
    var rows: [[[TWord]]]
    var rowBoxes: [Box]
    var box: Box
}

/// Whitespace (stream) tables: lines whose words leave wide, vertically aligned gaps. Columns
/// are the x ranges some row's phrase covers; the gaps no tabular row crosses separate them.
enum StreamTables {
    static func phraseLines(_ lines: [TLine], gapEm: Double) -> [PhraseLine] {
        lines.map { l in
            var phrases: [Phrase] = []
            var cur: [TWord] = []
            for w in l.words {
                if let last = cur.last, w.box.x0 - last.box.x1 > gapEm * max(l.size, 1) {
                    phrases.append(Phrase(words: cur))
                    cur = []
                }
                cur.append(w)
            }
            if !cur.isEmpty { phrases.append(Phrase(words: cur)) }
            return PhraseLine(line: l, phrases: phrases)
        }
    }

    static func tables(_ lines: [TLine], rules: [HRule] = []) -> [TextGrid] {
        let pl = phraseLines(lines, gapEm: SegmentTuning.phraseGapEm)
        return regions(pl, rules: rules).flatMap { sideBySide($0.map { pl[$0] }, rules: rules) }.compactMap {
            grid($0, rules: rules)
        }
    }

    static let bullets: Set<String> = ["•", "◦", "▪", "●", "■", "○", "►", "–", "-", "·"]

    /// Text that reads as a figure: "1,234", "-0.5", "12%", "$3.4M", "(12)", "n/a" excluded.
    /// The first character after the leading whitespace and signs decides. (Whitespace there, inside
    /// or trailing, has no numeric type either: the same answer as trimming it first, without the copy.)
    static func isNumeric(_ s: String) -> Bool {
        let scalars = s.unicodeScalars.drop { CharacterSet.whitespaces.contains($0) }
        guard let first = scalars.first(where: { !"($£€-–+*".unicodeScalars.contains($0) }) else { return false }
        return first.properties.numericType != nil
    }
}
