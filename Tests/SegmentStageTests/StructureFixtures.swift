import Foundation
import TextStage

/// Builds synthetic pages: words laid out left to right with a fixed advance per character,
/// so tests state text and positions and the boxes follow.
struct PageSketch {
    static let fonts = [
        FontStyle(name: "Arial", bold: false, italic: false),
        FontStyle(name: "Arial-Bold", bold: true, italic: false)
    ]
    var number: Int
    var words: [Word] = []

    init(_ number: Int) { self.number = number }

    /// Words of `text` from x on the line whose top is y.
    mutating func line(_ text: String, x: Double, y: Double, size: Double = 11, bold: Bool = false) {
        var cx = x
        for t in text.split(separator: " ") {
            let w = Double(t.count) * size * 0.5
            words.append(
                Word(
                    text: String(t), box: Box(x0: cx, y0: y, x1: cx + w, y1: y + size * 1.15),
                    font: bold ? 1 : 0, size: size, color: .black))
            cx += w + size * 0.28
        }
    }

    /// A raised, smaller run right after the last word (a footnote marker).
    mutating func superscript(_ text: String, size: Double = 7) {
        let last = words[words.count - 1]
        words.append(
            Word(
                text: text,
                box: Box(
                    x0: last.box.x1, y0: last.box.y0 - 1, x1: last.box.x1 + Double(text.count) * size * 0.5,
                    y1: last.box.y0 - 1 + size * 1.15),
                font: 0, size: size, color: .black, superscript: true))
    }

    var page: TextPage { TextPage(number: number, width: 595, height: 842, words: words) }

    static func document(_ pages: [PageSketch]) -> TextDocument {
        TextDocument(
            fileName: "sketch.pdf", metadata: DocumentMetadata(pageCount: pages.count), fonts: fonts,
            pages: pages.map(\.page))
    }
}

/// The shared corpus beside the repository (`<repo>/../shared`; a worktree sits one level deeper).
enum SharedCorpus {
    static let root: String? = {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        for up in ["../shared", "../../shared"] {
            let p = repo.appendingPathComponent(up).standardized.path
            if FileManager.default.fileExists(atPath: p + "/corpus") { return p }
        }
        return nil
    }()

    static func councilReal(_ name: String) -> String? {
        root.map { $0 + "/corpus/council-real/" + name }
    }
}
