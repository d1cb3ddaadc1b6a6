import CPoppler
import Foundation

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

/// Renders pages to PNG through poppler and cairo, with shapes drawn over them.
public enum PageRender {
    public enum Failure: Error { case cannotOpen, noPage(Int), writeFailed(String) }

    /// Renders 1-based `page` of the PDF at `path` at `scale` pixels per point, draws the
    /// shapes over it and writes a PNG to `output`.
    public static func png(pdf path: String, page: Int, scale: Double = 2, shapes: [OverlayShape], output: String) throws {
        let doc: PopplerDocument
        do { doc = try PopplerDocument(path: path) } catch { throw Failure.cannotOpen }
        guard let p = doc.page(page - 1) else { throw Failure.noPage(page) }
        let (w, h) = p.size
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32((w * scale).rounded(.up)), Int32((h * scale).rounded(.up))) else {
            throw Failure.writeFailed(output)
        }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { throw Failure.writeFailed(output) }
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        poppler_page_render(p.handle, cr)
        for s in shapes {
            let (r, g, b) = (Double(s.color.r) / 255, Double(s.color.g) / 255, Double(s.color.b) / 255)
            cairo_new_path(cr)
            switch s.kind {
            case .box:
                cairo_rectangle(cr, s.box.x0, s.box.y0, s.box.width, s.box.height)
                if s.fillAlpha > 0 {
                    cairo_set_source_rgba(cr, r, g, b, s.fillAlpha)
                    cairo_fill_preserve(cr)
                }
            case .segment:
                cairo_move_to(cr, s.box.x0, s.box.y0)
                cairo_line_to(cr, s.box.x1, s.box.y1)
            }
            cairo_set_source_rgba(cr, r, g, b, 1)
            cairo_set_line_width(cr, s.lineWidth)
            cairo_stroke(cr)
        }
        cairo_surface_flush(surface)
        guard cairo_surface_write_to_png(surface, output) == CAIRO_STATUS_SUCCESS else { throw Failure.writeFailed(output) }
    }
}
