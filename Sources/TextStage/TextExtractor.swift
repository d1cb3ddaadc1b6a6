#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The text stage: reads a PDF through poppler into `TextDocument`.
/// Call it from one task at a time per document; poppler objects are not thread-safe.
public enum TextExtractor {
    /// Reads a file: checks it is a readable, complete, unencrypted PDF with text first. Poppler
    /// reads the file itself, as it needs it: the whole file is never copied into memory.
    public static func extract(path: String, options: TextOptions = TextOptions()) throws(InputError) -> TextDocument {
        let size = try checkFile(path: path, limit: options.maxBytes)
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(unreadableReason(path)) }
        defer { close(fd) }
        try checkEnvelope(
            head: try readBytes(fd, at: 0, count: min(size, envelopeHead))[...],
            tail: try readBytes(fd, at: max(0, size - envelopeTail), count: min(size, envelopeTail))[...])
        let doc = try PopplerDocument(path: path)
        return try extract(doc, fileName: fileName(of: path), options: options)
    }

    /// Reads a PDF already in memory.
    public static func extract(bytes: [UInt8], fileName: String, options: TextOptions = TextOptions())
        throws(InputError) -> TextDocument
    {
        if bytes.count > options.maxBytes { throw .tooLarge(bytes: bytes.count, limit: options.maxBytes) }
        if bytes.isEmpty { throw .empty }
        try checkEnvelope(head: bytes.prefix(envelopeHead), tail: bytes.suffix(envelopeTail))
        let doc = try PopplerDocument(bytes: bytes)
        return try extract(doc, fileName: fileName, options: options)
    }

    /// The whole file, for what needs its bytes (the record's digest), with the same checks.
    public static func read(path: String, limit: Int) throws(InputError) -> [UInt8] {
        let size = try checkFile(path: path, limit: limit)
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(unreadableReason(path)) }
        defer { close(fd) }
        return try readBytes(fd, at: 0, count: size)
    }

    /// Up to `count` bytes from `offset`: fewer only when the file ends first.
    private static func readBytes(_ fd: Int32, at offset: Int, count: Int) throws(InputError) -> [UInt8] {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, filled in
            filled = 0
            while filled < count {
                let n = pread(fd, buffer.baseAddress! + filled, count - filled, off_t(offset + filled))
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failed = true }
                guard n > 0 else { return }
                filled += n
            }
        }
        if failed { throw .unreadable("read failed") }
        return bytes
    }

    /// The last component of a path, as the record names its source.
    static func fileName(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Exists, is a file, is not empty, is within the size limit: its size.
    public static func checkFile(path: String, limit: Int) throws(InputError) -> Int {
        var st = stat()
        guard stat(path, &st) == 0 else {
            throw errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(unreadableReason(path))
        }
        if st.st_mode & S_IFMT == S_IFDIR { throw .unreadable("it is a directory") }
        let size = Int(st.st_size)
        if size > limit { throw .tooLarge(bytes: size, limit: limit) }
        if size == 0 { throw .empty }
        return size
    }

    private static func unreadableReason(_ path: String) -> String {
        access(path, R_OK) == 0 ? "read failed" : "permission denied"
    }

    /// The %PDF- header within the first KiB; the %%EOF marker within the last 2 KiB.
    static let envelopeHead = 1024, envelopeTail = 2048

    /// Cheap checks before poppler sees the file: header and end marker. Incremental updates
    /// and trailing garbage are tolerated; a file cut short is not.
    static func checkEnvelope(head: ArraySlice<UInt8>, tail: ArraySlice<UInt8>) throws(InputError) {
        guard contains(head, Array("%PDF-".utf8)) else { throw .notPDF }
        guard contains(tail, Array("%%EOF".utf8)) else { throw .truncated }
    }

    /// Whether `needle` occurs in `bytes`, by a plain scan (the generic `firstRange(of:)` cost
    /// about 3M instructions per file for these 3 KB).
    static func contains(_ bytes: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard bytes.count >= needle.count else { return false }
        return bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i + needle.count <= b.count {
                if b[i] == needle[0] {
                    var k = 1
                    while k < needle.count && b[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
                i += 1
            }
            return false
        }
    }

    static func extract(_ doc: PopplerDocument, fileName: String, options: TextOptions) throws(InputError)
        -> TextDocument
    {
        let meta = doc.metadata
        guard meta.pageCount > 0 else { throw .noPages }
        guard meta.pageCount <= options.maxPages else {
            throw .tooManyPages(pages: meta.pageCount, limit: options.maxPages)
        }
        var builder = WordBuilder(fonts: FontTable())
        var pages: [TextPage] = []
        for i in 1...meta.pageCount where options.pages?.contains(i) ?? true {
            guard let (w, h) = doc.pageSize(i),
                let content = doc.read(i, graphics: options.graphics, iconPixels: options.imageColours)
            else {
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
