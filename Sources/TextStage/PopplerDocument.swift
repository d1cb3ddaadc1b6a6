import PopplerBridge

/// Owns one poppler document. Not Sendable: poppler objects must never be shared between
/// threads, so a document lives and dies inside one task.
final class PopplerDocument {
    private let handle: OpaquePointer

    convenience init(path: String) throws(InputError) {
        var status: Int32 = 0
        let doc = pb_open_path(path, &status)
        try self.init(doc, status)
    }

    /// Opens from bytes already in memory (poppler keeps its own copy).
    convenience init(bytes: [UInt8]) throws(InputError) {
        var status: Int32 = 0
        let doc = bytes.withUnsafeBytes { raw in pb_open_bytes(raw.baseAddress, raw.count, &status) }
        try self.init(doc, status)
    }

    private init(_ doc: OpaquePointer?, _ status: Int32) throws(InputError) {
        guard let doc else {
            switch UInt32(status) {
            case PB_OPEN_ENCRYPTED.rawValue: throw .encrypted
            case PB_OPEN_FILE.rawValue: throw .unreadable("poppler could not open it")
            case PB_OPEN_BAD_CATALOG.rawValue: throw .damaged("no readable catalog")
            default: throw .damaged("poppler could not read its structure")
            }
        }
        handle = doc
    }

    deinit { pb_close(handle) }

    var pageCount: Int { Int(pb_page_count(handle)) }

    /// The 1-based page's size in points, rotation applied; nil when the page does not load.
    func pageSize(_ page: Int) -> (width: Double, height: Double)? {
        var w = 0.0
        var h = 0.0
        guard pb_page_size(handle, Int32(page), &w, &h) != 0 else { return nil }
        return (w, h)
    }

    /// Reads the 1-based page in one pass over its content.
    func read(_ page: Int, graphics: Bool, iconPixels: Bool) -> PageContent? {
        var flags = PB_READ_TEXT.rawValue
        if graphics { flags |= PB_READ_GRAPHICS.rawValue }
        if graphics && iconPixels { flags |= PB_READ_ICON_PIXELS.rawValue }
        guard let p = pb_read_page(handle, Int32(page), Int32(flags), TextTuning.iconMaxSide) else { return nil }
        return PageContent(p)
    }

    /// Renders the 1-based page with shapes over it into a PNG file.
    func renderPNG(page: Int, scale: Double, shapes: [pb_shape], output: String) -> Bool {
        shapes.withUnsafeBufferPointer {
            pb_render_png(handle, Int32(page), scale, $0.baseAddress, $0.count, output) == 0
        }
    }

    var metadata: DocumentMetadata {
        DocumentMetadata(
            title: Self.take(pb_info(handle, "Title")),
            author: Self.take(pb_info(handle, "Author")),
            creator: Self.take(pb_info(handle, "Creator")),
            producer: Self.take(pb_info(handle, "Producer")),
            created: Self.take(pb_creation_date(handle)),
            pageCount: pageCount
        )
    }

    /// Copies and frees a string from the bridge.
    private static func take(_ s: UnsafeMutablePointer<CChar>?) -> String? {
        guard let s else { return nil }
        defer { pb_free(s) }
        return String(cString: s)
    }
}

/// What one reading of a page holds: views over the bridge's arrays, freed with it.
final class PageContent {
    private let handle: OpaquePointer

    init(_ handle: OpaquePointer) { self.handle = handle }
    deinit { pb_page_free(handle) }

    var chars: UnsafeBufferPointer<pb_char> { buffer(pb_page_chars) }
    var paths: UnsafeBufferPointer<pb_path> { buffer(pb_page_paths) }
    var subpaths: UnsafeBufferPointer<pb_subpath> { buffer(pb_page_subpaths) }
    var points: UnsafeBufferPointer<pb_point> { buffer(pb_page_points) }
    var images: UnsafeBufferPointer<pb_image> { buffer(pb_page_images) }
    var pixels: UnsafeBufferPointer<UInt8> { buffer(pb_page_pixels) }

    var fontNames: [String] {
        (0..<pb_page_font_count(handle)).map { String(cString: pb_page_font_name(handle, $0)) }
    }

    private func buffer<T>(_ get: (OpaquePointer?, UnsafeMutablePointer<Int>?) -> UnsafePointer<T>?)
        -> UnsafeBufferPointer<T>
    {
        var count = 0
        let base = get(handle, &count)
        return UnsafeBufferPointer(start: count > 0 ? base : nil, count: count)
    }
}
