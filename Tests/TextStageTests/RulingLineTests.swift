import Foundation
import Testing

@testable import TextStage

/// Ruling lines and fills from the paths poppler paints match the ruled tables of the samples:
/// per page, the number of horizontal and vertical rules after merging collinear pieces
/// (tolerance 1 pt) and of distinct filled rectangles, as listed in samples/README.md (counted
/// there from the generator's documents and an independent SVG rendering).
struct RulingLineTests {
    struct PageCounts: Sendable, CustomTestStringConvertible {
        var file: String
        var page: Int
        var horizontal: Int
        var vertical: Int
        var fills: Int
        var testDescription: String { "\(file) p\(page)" }
    }

    static let expected: [PageCounts] = {
        let table: [(String, [(Int, Int, Int)])] = [
            (
                "charnwood-2023-24-q3-performance-appendix",
                [
                    (1, 0, 20), (0, 0, 11), (10, 8, 7), (11, 8, 7), (8, 8, 7), (12, 8, 7), (6, 8, 7), (6, 8, 7),
                    (5, 8, 7), (8, 8, 7),
                    (10, 8, 7), (3, 8, 7), (10, 8, 7), (9, 8, 7), (6, 8, 7), (10, 11, 20), (7, 11, 17), (6, 11, 16),
                    (5, 11, 14)
                ]
            ),
            ("charnwood-2023-24-q2-cover-report", [(8, 3, 7), (6, 9, 5), (4, 3, 0), (0, 0, 0)]),
            (
                "nwleics-coalville-2019-20-q2-cabinet-performance-report",
                [
                    (14, 4, 9), (0, 0, 0), (0, 0, 0), (10, 3, 9), (2, 3, 1), (9, 5, 4), (25, 22, 9), (16, 17, 8),
                    (5, 6, 5)
                ]
            ),
            ("harrow-2023-24-q2-strategic-performance-report", [(14, 5, 11), (12, 12, 16), (3, 4, 4), (0, 0, 0)]),
            ("executive-board-2023-24-q2-directorate-overview-report", [(0, 0, 0), (0, 0, 0)]),
            ("inconsistent-2024-25-q1-performance-appendix", [(1, 0, 19), (14, 17, 21)])
        ]
        return table.flatMap { file, pages in
            pages.enumerated().map { i, c in
                PageCounts(file: "samples/\(file).pdf", page: i + 1, horizontal: c.0, vertical: c.1, fills: c.2)
            }
        }
    }()

    static var haveSamples: Bool {
        FileManager.default.fileExists(
            atPath: Fixtures.url("samples/harrow-2023-24-q2-strategic-performance-report.pdf").path)
    }

    @Test(.enabled(if: haveSamples), arguments: expected)
    func rulesPerPage(_ c: PageCounts) throws {
        let doc = try TextExtractor.extract(
            path: Fixtures.url(c.file).path, options: TextOptions(imageColours: false, pages: [c.page]))
        let page = try #require(doc.pages.first)
        let merged = RulingLine.merged(page.lines, tolerance: 1)
        #expect(merged.filter(\.isHorizontal).count == c.horizontal, "horizontal rules")
        #expect(merged.filter(\.isVertical).count == c.vertical, "vertical rules")
        #expect(
            Set(page.fills.filter(\.isRect).map { [$0.box.x0, $0.box.y0, $0.box.x1, $0.box.y1].map(Geometry.round) })
                .count == c.fills,
            "filled rectangles")
    }

    @Test(.enabled(if: haveSamples)) func rulesKeepTheirExactWidth() throws {
        // The samples' borders are 0.5 pt black lines; the screen rendering path would widen
        // them to one pixel and snap them to the pixel grid.
        let doc = try TextExtractor.extract(
            path: Fixtures.url("samples/harrow-2023-24-q2-strategic-performance-report.pdf").path,
            options: TextOptions(imageColours: false, pages: [2]))
        let lines = doc.pages[0].lines
        #expect(!lines.isEmpty && lines.allSatisfy { abs($0.width - 0.5) < 0.001 && $0.color == .black })
        #expect(lines.contains { abs($0.x0 - $0.x0.rounded()) > 0.1 && abs($0.x0 - $0.x0.rounded()) < 0.4 })
    }

    @Test func mergeJoinsTouchingCollinearPieces() {
        let black = RGB.black
        let pieces = [
            RulingLine(x0: 10, y0: 100, x1: 50, y1: 100, width: 0.5, color: black),
            RulingLine(x0: 50.4, y0: 100.3, x1: 90, y1: 100.3, width: 0.75, color: black),  // touches, 0.3 pt lower
            RulingLine(x0: 95, y0: 100, x1: 120, y1: 100, width: 0.5, color: black),  // 5 pt gap: separate
            RulingLine(x0: 10, y0: 200, x1: 10, y1: 150, width: 0.5, color: black),  // vertical, drawn upwards
            RulingLine(x0: 10, y0: 160, x1: 10, y1: 260, width: 0.5, color: black),  // overlaps it
            RulingLine(x0: 0, y0: 0, x1: 30, y1: 40, width: 1, color: black)  // diagonal: kept as is
        ]
        let m = RulingLine.merged(pieces, tolerance: 1)
        #expect(m.count == 4)
        let h = m.filter(\.isHorizontal).sorted { $0.x0 < $1.x0 }
        #expect(h.count == 2)
        #expect(h[0].x0 == 10 && h[0].x1 == 90 && h[0].width == 0.75 && abs(h[0].y0 - 100.15) < 0.01)
        #expect(h[1].x0 == 95 && h[1].x1 == 120)
        #expect(m[2].isVertical && m[2].y0 == 150 && m[2].y1 == 260)
        #expect(m[3] == pieces[5])
    }

    @Test func thinFilledRectanglesAreRules() throws {
        // Borders exported as filled rectangles 2 pt thick (an Excel risk register) are rules;
        // a 6 pt bar is shading.
        let content = """
            0.5 g 100 600 200 2 re f
            0.5 g 100 400 2 100 re f
            1 0 0 rg 100 300 200 6 re f
            """
        let doc = try TextExtractor.extract(
            bytes: Array(
                MiniPDF.page(content: content + "\nBT /F1 12 Tf 300 300 Td (Hi) Tj ET", width: 600, height: 800)),
            fileName: "mini.pdf")
        let page = try #require(doc.pages.first)
        let grey = RGB(r: 128, g: 128, b: 128)
        #expect(
            page.lines == [
                RulingLine(x0: 100, y0: 199, x1: 300, y1: 199, width: 2, color: grey),
                RulingLine(x0: 101, y0: 300, x1: 101, y1: 400, width: 2, color: grey)
            ])
        #expect(page.fills.map(\.box) == [Box(x0: 100, y0: 494, x1: 300, y1: 500)])
    }

    @Test func clipsAndTransformsApplyToPaths() throws {
        // A segment longer than its clip, a fill and a stroke under transformations, and a
        // stroke at zero opacity that no reader sees (PDF coordinates: y up from the bottom).
        let content = """
            q 100 692 100 50 re W n 0.5 w 0 0 0 RG 50 700 m 300 700 l S Q
            q 1 0 0 1 10 20 cm 1 0 0 rg 0 0 40 10 re f Q
            q 2 0 0 2 0 0 cm 0 0 1 RG 1 w 5 100 m 5 130 l S Q
            q /Clear gs 0 0 0 RG 2 w 400 400 m 500 400 l S Q
            BT /F1 12 Tf 300 300 Td (Hi) Tj ET
            """
        let doc = try TextExtractor.extract(
            bytes: Array(MiniPDF.page(content: content, width: 600, height: 800)), fileName: "mini.pdf")
        let page = try #require(doc.pages.first)
        #expect(
            page.lines == [
                RulingLine(x0: 100, y0: 100, x1: 200, y1: 100, width: 0.5, color: .black),
                RulingLine(x0: 10, y0: 600, x1: 10, y1: 540, width: 2, color: RGB(r: 0, g: 0, b: 255))
            ])
        #expect(
            page.fills == [
                Fill(box: Box(x0: 10, y0: 770, x1: 50, y1: 780), color: RGB(r: 255, g: 0, b: 0), isRect: true)
            ])
        #expect(page.words.map(\.text) == ["Hi"])
    }
}

/// A one-page PDF around a content stream (Helvetica as /F1, a zero-opacity state as /Clear),
/// with a correct cross-reference table: small fixtures whose drawing is known exactly.
enum MiniPDF {
    static func page(content: String, width: Int, height: Int) -> Data {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(width) \(height)] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> /ExtGState << /Clear << /CA 0 /ca 0 >> >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(i + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { pdf += String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n" }
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(pdf.utf8)
    }
}
