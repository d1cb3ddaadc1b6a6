import ArgumentParser
import Foundation
import SegmentStage
import TextStage

/// `tables --debug DIR`: one PNG per page with what table finding saw and made, drawn over
/// the page: ruling lines (red), shading outlines (orange), words (faint grey), cells (blue),
/// table boxes (green, thick).
enum DebugDrawing {
    static let rule = RGB(r: 220, g: 30, b: 30)
    static let shade = RGB(r: 240, g: 150, b: 0)
    static let word = RGB(r: 150, g: 150, b: 150)
    static let cell = RGB(r: 30, g: 90, b: 230)
    static let table = RGB(r: 0, g: 170, b: 60)

    static func write(file: String, doc: TextDocument, tables: [Table], to dir: String) throws {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        for page in doc.pages {
            var shapes: [OverlayShape] = []
            for w in page.words { shapes.append(OverlayShape(kind: .box, box: w.box, color: word, lineWidth: 0.3)) }
            for f in page.fills { shapes.append(OverlayShape(kind: .box, box: f.box, color: shade, lineWidth: 0.8)) }
            for l in page.lines {
                shapes.append(
                    OverlayShape(
                        kind: .segment, box: Box(x0: l.x0, y0: l.y0, x1: l.x1, y1: l.y1), color: rule, lineWidth: 1.2))
            }
            for t in tables {
                for c in t.cells where c.page == page.number {
                    shapes.append(
                        OverlayShape(
                            kind: .box, box: c.box, color: cell, lineWidth: 0.8, fillAlpha: c.isHeader ? 0.12 : 0.04))
                }
                if t.page == page.number {
                    shapes.append(OverlayShape(kind: .box, box: t.bbox, color: table, lineWidth: 2.5))
                }
            }
            let out = (dir as NSString).appendingPathComponent("\(stem)-p\(page.number).png")
            do {
                try PageRender.png(pdf: file, page: page.number, shapes: shapes, output: out)
            } catch {
                throw ValidationError("cannot write debug picture \(out)")
            }
        }
    }
}
