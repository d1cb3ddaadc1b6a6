import CPoppler

/// Renders a page through cairo's SVG surface into memory. poppler-glib has no call for a
/// page's vector paths; the SVG cairo writes is exact and reads back cheaply.
enum SVGRender {
    private final class Sink {
        var bytes: [UInt8] = []
    }

    static func render(_ page: PopplerPage) -> [UInt8] {
        let (w, h) = page.size
        let sink = Sink()
        sink.bytes.reserveCapacity(64 * 1024)
        let closure = Unmanaged.passRetained(sink)
        defer { closure.release() }
        let write: cairo_write_func_t = { ctx, data, length in
            guard let ctx, let data else { return CAIRO_STATUS_SUCCESS }
            let sink = Unmanaged<Sink>.fromOpaque(ctx).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }
        guard let surface = cairo_svg_surface_create_for_stream(write, closure.toOpaque(), w, h) else { return [] }
        if let cr = cairo_create(surface) {
            // The printing path: the screen path snaps strokes to whole device pixels and
            // widens hairlines to one pixel, which moves rules by up to half a point; it
            // also passes JPEG images through instead of re-encoding them.
            poppler_page_render_for_printing(page.handle, cr)
            cairo_destroy(cr)
        }
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        return sink.bytes
    }
}
