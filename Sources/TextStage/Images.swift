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
                let a = raw.assumingMemoryBound(to: PopplerImageMapping.self).pointee.area
                out.append(PageImage(box: Box(x0: min(a.x1, a.x2), y0: min(a.y1, a.y2), x1: max(a.x1, a.x2), y1: max(a.y1, a.y2))))
            }
            node = cur.pointee.next
        }
        if measureColours {
            let icons = out.indices.filter { out[$0].box.width <= Thresholds.iconMaxSide && out[$0].box.height <= Thresholds.iconMaxSide }
            let colours = IconRaster.colours(page, boxes: icons.map { out[$0].box })
            for (i, c) in zip(icons, colours) { out[i].color = c }
        }
        return out
    }
}

/// The colours of small images, read from one rendering of the page clipped to their boxes:
/// a single pass over the page, where asking poppler for each image would take one per icon.
enum IconRaster {
    static func colours(_ page: PopplerPage, boxes: [Box]) -> [RGB?] {
        guard let first = boxes.first else { return [] }
        let area = boxes.dropFirst().reduce(first) { $0.union($1) }
        let scale = Thresholds.iconRasterScale
        let w = Int32((area.width * scale).rounded(.up)) + 1, h = Int32((area.height * scale).rounded(.up)) + 1
        guard w > 0, h > 0, let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h) else { return boxes.map { _ in nil } }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { return boxes.map { _ in nil } }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        cairo_translate(cr, -area.x0, -area.y0)
        for b in boxes { cairo_rectangle(cr, b.x0, b.y0, b.width, b.height) }
        cairo_clip(cr)
        poppler_page_render(page.handle, cr)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return boxes.map { _ in nil } }
        let stride = Int(cairo_image_surface_get_stride(surface))
        return boxes.map { b in
            let x0 = max(0, Int(((b.x0 - area.x0) * scale).rounded(.down))), x1 = min(Int(w), Int(((b.x1 - area.x0) * scale).rounded(.up)))
            let y0 = max(0, Int(((b.y0 - area.y0) * scale).rounded(.down))), y1 = min(Int(h), Int(((b.y1 - area.y0) * scale).rounded(.up)))
            return dominant(data, stride: stride, x: x0..<x1, y: y0..<y1)
        }
    }

    /// Mean colour of the saturated pixels; of the non-white pixels if none is saturated.
    static func dominant(_ data: UnsafeMutablePointer<UInt8>, stride: Int, x: Range<Int>, y: Range<Int>) -> RGB? {
        var sat = (0.0, 0.0, 0.0, 0.0), plain = (0.0, 0.0, 0.0, 0.0)
        for row in y {
            let line = data + row * stride
            for col in x {
                // Native-endian 32-bit xRGB.
                let px = UnsafeRawPointer(line + col * 4).loadUnaligned(as: UInt32.self)
                let r = Double(px >> 16 & 0xFF), g = Double(px >> 8 & 0xFF), b = Double(px & 0xFF)
                let hi = max(r, g, b), lo = min(r, g, b)
                if hi > 0 && (hi - lo) / hi > Thresholds.iconSaturation {
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
