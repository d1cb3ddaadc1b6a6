import Foundation

/// The text stage: reads a PDF through poppler into `TextDocument`.
/// Call it from one task at a time per document; poppler objects are not thread-safe.
public enum TextExtractor {
    /// Reads a file: checks it is a readable, complete, unencrypted PDF with text first.
    public static func extract(path: String, options: TextOptions = TextOptions()) throws(InputError) -> TextDocument {
        let data = try read(path: path, limit: options.maxBytes)
        return try extract(data: data, fileName: URL(fileURLWithPath: path).lastPathComponent, options: options)
    }

    /// Reads a PDF already in memory.
    public static func extract(data: Data, fileName: String, options: TextOptions = TextOptions()) throws(InputError) -> TextDocument {
        try checkEnvelope(data, limit: options.maxBytes)
        let doc = try PopplerDocument(data: data)
        return try extract(doc, fileName: fileName, options: options)
    }

    /// Opens through poppler's file path API (a file:// URI) instead of bytes.
    public static func extractOpeningPath(_ path: String, options: TextOptions = TextOptions()) throws(InputError) -> TextDocument {
        _ = try read(path: path, limit: options.maxBytes)
        let doc = try PopplerDocument(path: path)
        return try extract(doc, fileName: URL(fileURLWithPath: path).lastPathComponent, options: options)
    }

    public static func read(path: String, limit: Int) throws(InputError) -> Data {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw .missing }
        if isDir.boolValue { throw .unreadable("it is a directory") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int {
            if size > limit { throw .tooLarge(bytes: size, limit: limit) }
            // Checked before reading: Foundation's mapped read of an empty file leaks a page.
            if size == 0 { throw .empty }
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw .unreadable(FileManager.default.isReadableFile(atPath: path) ? "read failed" : "permission denied")
        }
    }

    /// Cheap checks before poppler sees the bytes: header, size, end marker.
    static func checkEnvelope(_ data: Data, limit: Int) throws(InputError) {
        if data.count > limit { throw .tooLarge(bytes: data.count, limit: limit) }
        if data.isEmpty { throw .empty }
        let header = Array("%PDF-".utf8)
        let head = data.prefix(1024)
        guard let h = head.firstRange(of: header), h.lowerBound - head.startIndex < 1024 else { throw .notPDF }
        // Incremental updates and trailing garbage are tolerated; a file cut short is not.
        guard data.suffix(2048).firstRange(of: Array("%%EOF".utf8)) != nil else { throw .truncated }
    }

    static func extract(_ doc: PopplerDocument, fileName: String, options: TextOptions) throws(InputError) -> TextDocument {
        let meta = doc.metadata
        guard meta.pageCount > 0 else { throw .noPages }
        guard meta.pageCount <= options.maxPages else { throw .tooManyPages(pages: meta.pageCount, limit: options.maxPages) }
        var builder = WordBuilder(fonts: FontTable())
        var pages: [TextPage] = []
        for i in 1...meta.pageCount where options.pages?.contains(i) ?? true {
            guard let (w, h) = doc.pageSize(i), let content = doc.read(i, graphics: options.graphics, iconPixels: options.imageColours) else {
                throw .damaged("page \(i) cannot be loaded")
            }
            var tp = TextPage(number: i, width: w, height: h, words: builder.words(of: content))
            if options.graphics {
                tp.images = Images.images(of: content)
                let g = PageGraphics(content, pageWidth: w, pageHeight: h)
                tp.lines = g.lines
                tp.fills = g.fills
            }
            pages.append(tp)
        }
        // A document with pages but not one word is a scan (or drawings only): nothing to extract.
        if options.pages == nil && pages.allSatisfy(\.words.isEmpty) { throw .noTextLayer }
        return TextDocument(fileName: fileName, metadata: meta, fonts: builder.fonts.styles, pages: pages)
    }
}
