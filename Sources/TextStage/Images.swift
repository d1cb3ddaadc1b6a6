import PopplerBridge

/// The images on a page, with the dominant colour of the small ones (RAG icons), read from
/// the icons' own pixels.
enum Images {
    static func images(of page: PageContent) -> [PageImage] {
        let pixels = page.pixels
        return page.images.map { img in
            var out = PageImage(box: Box(x0: img.x0, y0: img.y0, x1: img.x1, y1: img.y1))
            let count = Int(img.pixel_width) * Int(img.pixel_height)
            if count > 0, Int(img.first_pixel) + count * 4 <= pixels.count {
                let rgba = UnsafeBufferPointer(
                    rebasing: pixels[Int(img.first_pixel)..<Int(img.first_pixel) + count * 4])
                out.color = dominant(rgba)
                out.arrow = ArrowShape.arrow(rgba: rgba, width: Int(img.pixel_width), height: Int(img.pixel_height))
            }
            return out
        }
    }

    /// Mean colour of the saturated opaque pixels (RGBA); of the non-white ones if none is
    /// saturated; nil for a white or empty image.
    static func dominant(_ rgba: UnsafeBufferPointer<UInt8>) -> RGB? {
        var sat = (0.0, 0.0, 0.0, 0.0)
        var plain = (0.0, 0.0, 0.0, 0.0)
        var i = 0
        while i + 3 < rgba.count {
            defer { i += 4 }
            guard rgba[i + 3] >= TextTuning.iconMinAlpha else { continue }
            let r = Double(rgba[i])
            let g = Double(rgba[i + 1])
            let b = Double(rgba[i + 2])
            let hi = max(r, g, b)
            let lo = min(r, g, b)
            if hi > 0 && (hi - lo) / hi > TextTuning.iconSaturation {
                sat = (sat.0 + r, sat.1 + g, sat.2 + b, sat.3 + 1)
            } else if lo < 235 {
                plain = (plain.0 + r, plain.1 + g, plain.2 + b, plain.3 + 1)
            }
        }
        let pick = sat.3 > 0 ? sat : plain
        guard pick.3 > 0 else { return nil }
        func byte(_ v: Double) -> UInt8 { UInt8(max(0, min(255, (v / pick.3).rounded()))) }
        return RGB(r: byte(pick.0), g: byte(pick.1), b: byte(pick.2))
    }
}
