import PopplerBridge

/// A shape drawn over a rendered page (debug pictures): a box outline or a segment, in page
/// coordinates (points, top-left origin), with its colour, line width and optional fill alpha.
public struct OverlayShape: Sendable {
    public enum Kind: Sendable { case box, segment }
    public var kind: Kind
    public var box: Box  // for a segment: from (x0, y0) to (x1, y1)
    public var color: RGB
    public var lineWidth: Double
    public var fillAlpha: Double

    public init(kind: Kind, box: Box, color: RGB, lineWidth: Double = 1, fillAlpha: Double = 0) {
        self.kind = kind
        self.box = box
        self.color = color
        self.lineWidth = lineWidth
        self.fillAlpha = fillAlpha
    }
}

/// Renders pages to PNG through poppler's rasteriser, with shapes drawn over them.
public enum PageRender {
    public enum Failure: Error {
        case cannotOpen
        case noPage(Int)
        case writeFailed(String)
    }

    /// Renders 1-based `page` of the PDF at `path` at `scale` pixels per point, draws the
    /// shapes over it and writes a PNG to `output`.
    public static func png(pdf path: String, page: Int, scale: Double = 2, shapes: [OverlayShape], output: String)
        throws
    {
        let doc: PopplerDocument
        do { doc = try PopplerDocument(path: path) } catch { throw Failure.cannotOpen }
        guard doc.pageSize(page) != nil else { throw Failure.noPage(page) }
        let drawn = shapes.map { s in
            pb_shape(
                kind: s.kind == .box ? PB_SHAPE_BOX : PB_SHAPE_SEGMENT,
                x0: s.box.x0, y0: s.box.y0, x1: s.box.x1, y1: s.box.y1,
                r: s.color.r, g: s.color.g, b: s.color.b, line_width: s.lineWidth, fill_alpha: s.fillAlpha)
        }
        guard doc.renderPNG(page: page, scale: scale, shapes: drawn, output: output) else {
            throw Failure.writeFailed(output)
        }
    }
}
