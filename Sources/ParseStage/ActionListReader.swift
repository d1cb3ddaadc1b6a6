import NormaliseStage
import Record

/// Actions written as a status-headed list in running text, as a risk register's mitigating
/// actions often are:
///
///     CRR0003: Securing resources …        ← theme: a line of its own above a status line
///     Regular Review                       ← a line that is only a status phrase
///     Make use of the new role as …        ← the action: a heading or first sentence
///     Following completion of phase 1 …    ← its progress: the text below, to the next status
///
/// A run counts only with several status lines close together under a block that names
/// actions ("Mitigating actions", "Updates for 19 actions"): one "Complete" line is no list.
enum ActionListReader {
    /// Words of a block above the run that say it lists actions.
    static let listWords = [
        "action", "actions", "mitigation", "mitigations", "mitigating", "milestone",
        "milestones", "deliverable", "deliverables", "commitment", "commitments"
    ]

    static func actions(_ view: DocumentView) -> [ParsedAction] {
        let lines = view.lines
        let heads = lines.indices.filter { isStatusLine(lines[$0]) }
        var out: [ParsedAction] = []
        for run in runs(heads, in: lines)
        where run.count >= ParseTuning.minActionListItems && namesActions(before: run[0], lines) {
            var theme = themeBlock(before: run[0], lines)?.text
            for (k, head) in run.enumerated() {
                let end = k + 1 < run.count ? run[k + 1] : bodyEnd(after: head, lines)
                var body = Array(lines[(head + 1)..<end])
                // The line just above the next status line, standing alone, is the next theme.
                var nextTheme: String?
                if k + 1 < run.count, let t = themeBlock(before: end, lines), t.start > head + 1 {
                    nextTheme = t.text
                    body.removeLast(end - t.start)
                }
                if let action = action(status: lines[head], body: body, theme: theme) { out.append(action) }
                if let nextTheme { theme = nextTheme }
            }
        }
        return out
    }

    /// A line that is a status phrase and nothing else ("Partially Complete", "Regular Review"),
    /// first in its block.
    static func isStatusLine(_ l: DocLine) -> Bool {
        l.firstInBlock && l.kind != .listItem && l.text.split(separator: " ").count <= ParseTuning.maxStatusLineWords
            && ActionStatusWords.isPhrase(l.text)
    }

    /// Status lines grouped into runs: each within a few blocks of the one before.
    static func runs(_ heads: [Int], in lines: [DocLine]) -> [[Int]] {
        var out: [[Int]] = []
        for h in heads {
            if let last = out.last?.last, lines[h].block - lines[last].block <= ParseTuning.maxActionListGap {
                out[out.count - 1].append(h)
            } else {
                out.append([h])
            }
        }
        return out
    }

    /// True when one of the few blocks above the run's first status line names actions.
    static func namesActions(before head: Int, _ lines: [DocLine]) -> Bool {
        let block = lines[head].block
        return lines[..<head].reversed().prefix { block - $0.block <= ParseTuning.actionListLookBack }
            .contains { l in listWords.contains { l.text.key.containsWord($0) } }
    }

    /// The theme above a status line: the block just before it when that block is short (one
    /// or two lines) with no full stop at its end: a heading-like "CODE: title", not the end of
    /// the previous action's paragraph. Returns its text and the index of its first line.
    static func themeBlock(before head: Int, _ lines: [DocLine]) -> (text: String, start: Int)? {
        guard head > 0, lines[head - 1].block != lines[head].block else { return nil }
        let block = lines[head - 1].block
        var start = head - 1
        while start > 0, lines[start - 1].block == block { start -= 1 }
        let part = lines[start..<head]
        let text = part.map(\.text).joined(separator: " ")
        guard part.count <= ParseTuning.maxActionThemeLines, !text.hasSuffix("."), !isStatusLine(lines[start]),
            text.count <= ParseTuning.maxCaptionLength
        else { return nil }
        return (text, start)
    }

    /// Where the last action of a run ends: its own block and the blocks after it, up to a
    /// heading of a new block kind, a limit of blocks, or the end of the text.
    static func bodyEnd(after head: Int, _ lines: [DocLine]) -> Int {
        var i = head + 1
        var blocks = Set<Int>()
        while i < lines.count {
            let l = lines[i]
            if l.firstInBlock {
                blocks.insert(l.block)
                // A heading after the action's own text starts something else.
                if blocks.count > ParseTuning.maxActionListBodyBlocks || (l.kind == .heading && blocks.count > 2) {
                    break
                }
            }
            i += 1
        }
        return i
    }

    /// The action under one status line: a first block set apart (a heading, or one line with
    /// more below) is its text, else its first sentence; the rest is its progress.
    static func action(status: DocLine, body: [DocLine], theme: String?) -> ParsedAction? {
        guard let first = body.first else { return nil }
        let blocks = Dictionary(grouping: body, by: \.block).sorted { $0.key < $1.key }.map { $0.value.map(\.text) }
        var text: String
        var rest: [String]
        if blocks.count > 1, first.kind == .heading || blocks[0].count == 1 {
            text = blocks[0].joined(separator: " ")
            rest = blocks.dropFirst().map { $0.joined(separator: " ") }
        } else {
            let all = blocks.map { $0.joined(separator: " ") }.joined(separator: " ")
            let (sentence, after) = firstSentence(all)
            text = sentence
            rest = after.isEmpty ? [] : [after]
        }
        text = text.collapsed
        guard !text.isEmpty else { return nil }
        let progress = rest.joined(separator: " ").collapsed
        return ParsedAction(
            theme: theme, text: text, progress: progress.nonBlank, statusText: status.text,
            page: status.page)
    }

    /// The text up to its first full stop followed by a capital (not "e.g. volumes"), and the rest.
    static func firstSentence(_ s: String) -> (String, String) {
        let chars = Array(s)
        var i = 0
        while i + 2 < chars.count {
            if chars[i] == ".", chars[i + 1] == " ", chars[i + 2].isUppercase {
                return (String(chars[...i]), String(chars[(i + 2)...]))
            }
            i += 1
        }
        return (s, "")
    }
}
