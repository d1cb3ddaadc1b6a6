import Foundation
import Testing
@testable import TextStage

/// Ruling lines and fills read back from cairo's SVG match the ruled tables of the samples:
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
            ("charnwood-2023-24-q3-performance-appendix", [
                (1, 0, 20), (0, 0, 11), (10, 8, 7), (11, 8, 7), (8, 8, 7), (12, 8, 7), (6, 8, 7), (6, 8, 7), (5, 8, 7), (8, 8, 7),
                (10, 8, 7), (3, 8, 7), (10, 8, 7), (9, 8, 7), (6, 8, 7), (10, 11, 20), (7, 11, 17), (6, 11, 16), (5, 11, 14)]),
            ("charnwood-2023-24-q2-cover-report", [(8, 3, 7), (6, 9, 5), (4, 3, 0), (0, 0, 0)]),
            ("nwleics-coalville-2019-20-q2-cabinet-performance-report", [
                (14, 4, 9), (0, 0, 0), (0, 0, 0), (10, 3, 9), (2, 3, 1), (9, 5, 4), (25, 22, 9), (16, 17, 8), (5, 6, 5)]),
            ("harrow-2023-24-q2-strategic-performance-report", [(14, 5, 11), (12, 12, 16), (3, 4, 4), (0, 0, 0)]),
            ("executive-board-2023-24-q2-directorate-overview-report", [(0, 0, 0), (0, 0, 0)]),
            ("inconsistent-2024-25-q1-performance-appendix", [(1, 0, 19), (14, 17, 21)]),
        ]
        return table.flatMap { file, pages in
            pages.enumerated().map { i, c in
                PageCounts(file: "samples/\(file).pdf", page: i + 1, horizontal: c.0, vertical: c.1, fills: c.2)
            }
        }
    }()

    static var haveSamples: Bool {
        FileManager.default.fileExists(atPath: Fixtures.url("samples/harrow-2023-24-q2-strategic-performance-report.pdf").path)
    }

    @Test(.enabled(if: haveSamples), arguments: expected)
    func rulesPerPage(_ c: PageCounts) throws {
        let doc = try TextExtractor.extract(path: Fixtures.url(c.file).path, options: TextOptions(imageColours: false, pages: [c.page]))
        let page = try #require(doc.pages.first)
        let merged = RulingLine.merged(page.lines, tolerance: 1)
        #expect(merged.filter(\.isHorizontal).count == c.horizontal, "horizontal rules")
        #expect(merged.filter(\.isVertical).count == c.vertical, "vertical rules")
        #expect(Set(page.fills.filter(\.isRect).map { [$0.box.x0, $0.box.y0, $0.box.x1, $0.box.y1].map(Geometry.round) }).count == c.fills,
                "filled rectangles")
    }

    @Test(.enabled(if: haveSamples)) func rulesKeepTheirExactWidth() throws {
        // The samples' borders are 0.5 pt black lines; the screen rendering path would widen
        // them to one pixel and snap them to the pixel grid.
        let doc = try TextExtractor.extract(path: Fixtures.url("samples/harrow-2023-24-q2-strategic-performance-report.pdf").path,
                                            options: TextOptions(imageColours: false, pages: [2]))
        let lines = doc.pages[0].lines
        #expect(!lines.isEmpty && lines.allSatisfy { abs($0.width - 0.5) < 0.001 && $0.color == .black })
        #expect(lines.contains { abs($0.x0 - $0.x0.rounded()) > 0.1 && abs($0.x0 - $0.x0.rounded()) < 0.4 })
    }

    @Test func mergeJoinsTouchingCollinearPieces() {
        let black = RGB.black
        let pieces = [
            RulingLine(x0: 10, y0: 100, x1: 50, y1: 100, width: 0.5, color: black),
            RulingLine(x0: 50.4, y0: 100.3, x1: 90, y1: 100.3, width: 0.75, color: black),   // touches, 0.3 pt lower
            RulingLine(x0: 95, y0: 100, x1: 120, y1: 100, width: 0.5, color: black),        // 5 pt gap: separate
            RulingLine(x0: 10, y0: 200, x1: 10, y1: 150, width: 0.5, color: black),         // vertical, drawn upwards
            RulingLine(x0: 10, y0: 160, x1: 10, y1: 260, width: 0.5, color: black),         // overlaps it
            RulingLine(x0: 0, y0: 0, x1: 30, y1: 40, width: 1, color: black),               // diagonal: kept as is
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

    @Test func clipPathsAndGroupTransformsApply() {
        // cairo's shapes: a clip rectangle in <defs>, a group with a transform, a stroked
        // segment longer than its clip, a <rect> fill, and a glyph symbol that is no rule.
        let svg = """
        <svg><defs><g><symbol id="glyph0-1"><path d="M 0 0 L 5 0 L 5 5 Z"/></symbol></g>
        <clipPath id="clip1"><path d="M 100 100 L 200 100 L 200 150 L 100 150 Z M 100 100 "/></clipPath></defs>
        <g id="surface1"><g clip-path="url(#clip1)" clip-rule="nonzero">
        <path style="fill:none;stroke-width:0.5;stroke:rgb(0%,0%,0%);stroke-opacity:1;" d="M 50 120 L 300 120 "/>
        </g>
        <g transform="matrix(1,0,0,1,10,20)">
        <rect x="0" y="0" width="40" height="10" style="fill:rgb(100%,0%,0%);fill-opacity:1;stroke:none;"/>
        <path style="fill:none;stroke-width:1;stroke:rgb(0%,0%,100%);stroke-opacity:1;" d="M 0 30 L 0 60 " transform="matrix(2,0,0,2,0,0)"/>
        </g></g></svg>
        """
        let g = SVGGraphics(svg: Array(svg.utf8), pageWidth: 600, pageHeight: 800)
        #expect(g.lines.count == 2)
        #expect(g.lines[0] == RulingLine(x0: 100, y0: 120, x1: 200, y1: 120, width: 0.5, color: .black))
        #expect(g.lines[1] == RulingLine(x0: 10, y0: 80, x1: 10, y1: 140, width: 2, color: RGB(r: 0, g: 0, b: 255)))
        #expect(g.fills == [Fill(box: Box(x0: 10, y0: 20, x1: 50, y1: 30), color: RGB(r: 255, g: 0, b: 0), isRect: true)])
    }
}
