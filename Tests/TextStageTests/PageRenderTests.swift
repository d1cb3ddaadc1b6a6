import Foundation
import Testing

@testable import TextStage

/// Debug pictures: the page rendered, with the shapes drawn where their page coordinates say
/// (the rasteriser keeps the page's own transformation and clip unless they are reset).
struct PageRenderTests {
    /// The RGB of pixel (x, y) of an 8-bit RGB PNG, decoded by Python's zlib: no PNG decoder
    /// of our own in the tests' language.
    static func pixel(_ png: String, x: Int, y: Int) -> [Int]? {
        let script = """
            import sys, zlib, struct
            d = open(sys.argv[1], 'rb').read(); pos = 8; idat = b''
            while pos < len(d):
                n, kind = struct.unpack('>I4s', d[pos:pos + 8]); body = d[pos + 8:pos + 8 + n]; pos += 12 + n
                if kind == b'IHDR': w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
                if kind == b'IDAT': idat += body
            bpp = {2: 3, 6: 4}[ctype]; stride = w * bpp; raw = zlib.decompress(idat); prev = bytearray(stride); rows = []
            for r in range(h):
                f = raw[r * (stride + 1)]; line = bytearray(raw[r * (stride + 1) + 1:(r + 1) * (stride + 1)])
                for i in range(stride):
                    a = line[i - bpp] if i >= bpp else 0; b = prev[i]; c = prev[i - bpp] if i >= bpp else 0
                    p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    line[i] = (line[i] + [0, a, b, (a + b) // 2, a if pa <= pb and pa <= pc else (b if pb <= pc else c)][f]) & 255
                rows.append(line); prev = line
            x, y = int(sys.argv[2]), int(sys.argv[3]); print(*rows[y][x * bpp:x * bpp + 3])
            """
        guard let out = Fixtures.run("python3", ["-c", script, png, String(x), String(y)]) else { return nil }
        return String(decoding: out, as: UTF8.self).split(separator: " ").compactMap {
            Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    @Test func shapesLandOnTheirPageCoordinates() throws {
        // A page whose content moves and clips the coordinate system before drawing text.
        let content = "q 1 0 0 1 300 300 cm 0 0 50 50 re W n BT /F1 12 Tf 10 10 Td (Hi) Tj ET Q"
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("mini.pdf")
        let png = dir.appendingPathComponent("p1.png")
        try MiniPDF.page(content: content, width: 600, height: 800).write(to: pdf)
        let red = RGB(r: 255, g: 0, b: 0)
        try PageRender.png(
            pdf: pdf.path, page: 1, scale: 1,
            shapes: [
                OverlayShape(
                    kind: .box, box: Box(x0: 100, y0: 100, x1: 200, y1: 150), color: red, lineWidth: 2, fillAlpha: 1)
            ], output: png.path)
        #expect(Self.pixel(png.path, x: 150, y: 125) == [255, 0, 0], "inside the box")
        #expect(Self.pixel(png.path, x: 50, y: 50) == [255, 255, 255], "paper")
        #expect(Self.pixel(png.path, x: 250, y: 125) == [255, 255, 255], "beside the box")
    }
}
