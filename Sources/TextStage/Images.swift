import CPoppler

/// The images on a page, with the dominant colour of the small ones (RAG icons).
enum Images {
    static func images(of page: PopplerPage, measureColours: Bool) -> [PageImage] {
        guard let list = poppler_page_get_image_mapping(page.handle) else { return [] }
        defer { poppler_page_free_image_mapping(list) }
        var out: [PageImage] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let cur = node {
            if let raw = cur.pointee.data {
                let m = raw.assumingMemoryBound(to: PopplerImageMapping.self).pointee
                let a = m.area
                let box = Box(x0: min(a.x1, a.x2), y0: min(a.y1, a.y2), x1: max(a.x1, a.x2), y1: max(a.y1, a.y2))
                var color: RGB?
                if measureColours && box.width <= Thresholds.iconMaxSide && box.height <= Thresholds.iconMaxSide {
                    color = dominantColour(page, imageID: m.image_id)
                }
                out.append(PageImage(box: box, color: color))
            }
            node = cur.pointee.next
        }
        return out
    }

    /// Mean colour of the image's saturated pixels; of its non-white pixels if none is saturated.
    static func dominantColour(_ page: PopplerPage, imageID: Int32) -> RGB? {
        guard let surface = poppler_page_get_image(page.handle, imageID) else { return nil }
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let format = cairo_image_surface_get_format(surface)
        guard format == CAIRO_FORMAT_ARGB32 || format == CAIRO_FORMAT_RGB24,
              let data = cairo_image_surface_get_data(surface) else { return nil }
        let w = Int(cairo_image_surface_get_width(surface))
        let h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        var sat = (0.0, 0.0, 0.0, 0.0), plain = (0.0, 0.0, 0.0, 0.0)
        for y in 0..<h {
            let row = data + y * stride
            for x in 0..<w {
                // Native-endian 32-bit ARGB, premultiplied.
                let px = UnsafeRawPointer(row + x * 4).loadUnaligned(as: UInt32.self)
                let alpha = format == CAIRO_FORMAT_ARGB32 ? Double(px >> 24) : 255
                guard alpha >= 128 else { continue }
                let k = 255 / alpha
                let r = Double(px >> 16 & 0xFF) * k, g = Double(px >> 8 & 0xFF) * k, b = Double(px & 0xFF) * k
                let hi = max(r, g, b), lo = min(r, g, b)
                if hi > 0 && (hi - lo) / hi > 0.3 {
                    sat = (sat.0 + r, sat.1 + g, sat.2 + b, sat.3 + 1)
                } else if lo < 235 {
                    plain = (plain.0 + r, plain.1 + g, plain.2 + b, plain.3 + 1)
                }
            }
        }
        let pick = sat.3 > 0 ? sat : plain
        guard pick.3 > 0 else { return nil }
        func byte(_ v: Double) -> UInt8 { UInt8(max(0, min(255, (v / pick.3).rounded()))) }
        return RGB(r: byte(pick.0), g: byte(pick.1), b: byte(pick.2))
    }
}
