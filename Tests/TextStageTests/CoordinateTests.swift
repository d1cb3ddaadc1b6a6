import Foundation
import Testing

@testable import TextStage

/// Boxes are in the displayed page's space (top-left origin, y down, /Rotate applied):
/// checked against pdftoppm's rendering of the same page at 72 dpi, one pixel per point.
struct CoordinateTests {
    /// A greyscale rendering of one page: 1 px = 1 pt.
    struct Raster {
        let width: Int, height: Int
        let pixels: [UInt8]

        init?(pdf: String, page: Int) {
            guard let data = Fixtures.run("pdftoppm", ["-gray", "-r", "72", "-f", "\(page)", "-l", "\(page)", pdf])
            else { return nil }
            // Binary PGM: "P5\n<w> <h>\n255\n" then the pixels.
            let bytes = [UInt8](data)
            var fields: [Int] = []
            var i = 2
            var cur = 0
            var inNum = false
            while fields.count < 3 && i < bytes.count {
                let c = bytes[i]
                if c >= 48 && c <= 57 {
                    cur = cur * 10 + Int(c - 48)
                    inNum = true
                } else if inNum {
                    fields.append(cur)
                    cur = 0
                    inNum = false
                }
                i += 1
            }
            guard fields.count == 3 else { return nil }
            (width, height) = (fields[0], fields[1])
            pixels = Array(bytes[i...])
            guard pixels.count >= width * height else { return nil }
        }

        /// True when the box holds a dark pixel.
        func hasInk(_ b: Box) -> Bool {
            let x0 = max(0, Int(b.x0.rounded(.down)))
            let x1 = min(width - 1, Int(b.x1.rounded(.up)))
            let y0 = max(0, Int(b.y0.rounded(.down)))
            let y1 = min(height - 1, Int(b.y1.rounded(.up)))
            guard x0 <= x1, y0 <= y1 else { return false }
            for y in y0...y1 { for x in x0...x1 where pixels[y * width + x] < 128 { return true } }
            return false
        }

        /// True when the box holds a pixel that is neither white nor black (a coloured icon).
        func hasTone(_ b: Box) -> Bool {
            let x0 = max(0, Int(b.x0.rounded(.down)))
            let x1 = min(width - 1, Int(b.x1.rounded(.up)))
            let y0 = max(0, Int(b.y0.rounded(.down)))
            let y1 = min(height - 1, Int(b.y1.rounded(.up)))
            guard x0 <= x1, y0 <= y1 else { return false }
            for y in y0...y1 { for x in x0...x1 where pixels[y * width + x] < 240 { return true } }
            return false
        }
    }

    /// Rotated pages (/Rotate 90 and 180) and an upright one.
    static let pages: [String] = [
        "corpus/tables/camelot/clockwise_table_1.pdf",
        "corpus/tables/icdar2013/eu-015.pdf",
        "corpus/tables/tabula-java/schools.pdf",
        "corpus/tables/camelot/column_span_2.pdf"
    ]

    @Test("word boxes sit on the rendered glyphs", arguments: pages)
    func wordsOnInk(_ name: String) throws {
        let path = Fixtures.url(name).path
        let doc = try TextExtractor.extract(
            path: path, options: TextOptions(graphics: false, imageColours: false, pages: [1]))
        let page = try #require(doc.pages.first)
        let raster = try #require(Raster(pdf: path, page: 1), "pdftoppm is needed")
        // Page size with the rotation applied.
        #expect(
            abs(Double(raster.width) - page.width) <= 1 && abs(Double(raster.height) - page.height) <= 1,
            "\(name): page \(page.width)×\(page.height), rendering \(raster.width)×\(raster.height)")
        let words = page.words.filter {
            $0.text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        }
        #expect(words.count >= 20)
        let onInk = words.filter { raster.hasInk($0.box) }.count
        #expect(Double(onInk) >= 0.98 * Double(words.count), "\(name): \(onInk) of \(words.count) words on ink")
        // The same boxes flipped upside down mostly miss: y really runs downwards.
        let flipped = words.filter { w in
            raster.hasInk(Box(x0: w.box.x0, y0: page.height - w.box.y1, x1: w.box.x1, y1: page.height - w.box.y0))
        }.count
        #expect(flipped < onInk, "\(name): flipped boxes hit ink as often (\(flipped))")
    }

    @Test("ruling lines sit on the rendered rules", arguments: pages)
    func linesOnInk(_ name: String) throws {
        let path = Fixtures.url(name).path
        let doc = try TextExtractor.extract(path: path, options: TextOptions(imageColours: false, pages: [1]))
        let page = try #require(doc.pages.first)
        let raster = try #require(Raster(pdf: path, page: 1), "pdftoppm is needed")
        #expect(!page.lines.isEmpty)
        let off = page.lines.filter { l in
            let x = (l.x0 + l.x1) / 2
            let y = (l.y0 + l.y1) / 2
            return !raster.hasTone(Box(x0: x - 1, y0: y - 1, x1: x + 1, y1: y + 1))
        }
        #expect(
            off.isEmpty, "\(name): \(off.count) of \(page.lines.count) lines off the rendering, e.g. \(off.prefix(2))")
    }

    @Test func rotatedTextHasItsDirection() throws {
        // clockwise_table_1's text runs top to bottom on the displayed page.
        let doc = try TextExtractor.extract(
            path: Fixtures.url("corpus/tables/camelot/clockwise_table_1.pdf").path,
            options: TextOptions(graphics: false))
        let words = doc.pages[0].words
        let down = words.filter { $0.direction == 90 }.count
        #expect(Double(down) > 0.95 * Double(words.count), "\(down) of \(words.count) words run downwards")
        // Single characters too ("1" in "Table 1 :").
        let lone = words.filter { $0.text.count == 1 }
        #expect(lone.count > 5 && Double(lone.filter { $0.direction == 90 }.count) > 0.9 * Double(lone.count))
    }

    @Test func imageBoxesSitOnTheIcons() throws {
        let samples = Fixtures.allPDFs.filter { $0.hasPrefix("samples/") }
        var checked = 0
        for name in samples {
            let path = Fixtures.url(name).path
            guard let doc = try? TextExtractor.extract(path: path, options: TextOptions()) else { continue }
            guard let page = doc.pages.first(where: { $0.images.contains { $0.color != nil } }),
                let raster = Raster(pdf: path, page: page.number)
            else { continue }
            let icons = page.images.filter { $0.color != nil }
            let hits = icons.filter { raster.hasTone($0.box) }.count
            #expect(
                hits == icons.count,
                "\(name) p\(page.number): \(hits) of \(icons.count) icon boxes on the rendered icon")
            checked += 1
        }
        // Only meaningful once the samples with RAG icons are in the repository.
        if !samples.isEmpty { #expect(checked > 0) }
    }
}
