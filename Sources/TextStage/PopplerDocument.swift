import CPoppler
import Foundation

/// Owns one poppler document. Not Sendable: poppler objects must never be shared between
/// threads, so a document lives and dies inside one task.
final class PopplerDocument {
    let handle: OpaquePointer

    /// Opens from a path (poppler wants a file:// URI, so the path is made absolute first).
    convenience init(path: String) throws(InputError) {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var error: UnsafeMutablePointer<GError>?
        guard let uri = g_filename_to_uri(absolute, nil, &error) else {
            defer { g_error_free(error) }
            throw .unreadable(error.map { String(cString: $0.pointee.message) } ?? "bad path")
        }
        defer { g_free(uri) }
        let doc = poppler_document_new_from_file(uri, nil, &error)
        try self.init(doc, error)
    }

    /// Opens from bytes already in memory (poppler keeps a reference to the GBytes).
    convenience init(data: Data) throws(InputError) {
        let bytes = data.withUnsafeBytes { raw in g_bytes_new(raw.baseAddress, gsize(raw.count)) }
        defer { g_bytes_unref(bytes) }
        var error: UnsafeMutablePointer<GError>?
        let doc = poppler_document_new_from_bytes(bytes, nil, &error)
        try self.init(doc, error)
    }

    private init(_ doc: OpaquePointer?, _ error: UnsafeMutablePointer<GError>?) throws(InputError) {
        guard let doc else {
            defer { if let error { g_error_free(error) } }
            guard let error else { throw .damaged("poppler could not open it") }
            let message = String(cString: error.pointee.message)
            if error.pointee.domain == poppler_error_quark() && error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                throw .encrypted
            }
            throw .damaged(message)
        }
        if let error { g_error_free(error) }
        handle = doc
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    var pageCount: Int { Int(poppler_document_get_n_pages(handle)) }

    func page(_ index: Int) -> PopplerPage? {
        guard let p = poppler_document_get_page(handle, Int32(index)) else { return nil }
        return PopplerPage(p)
    }

    var metadata: DocumentMetadata {
        DocumentMetadata(
            title: Self.take(poppler_document_get_title(handle)),
            author: Self.take(poppler_document_get_author(handle)),
            creator: Self.take(poppler_document_get_creator(handle)),
            producer: Self.take(poppler_document_get_producer(handle)),
            created: creationDate,
            pageCount: pageCount
        )
    }

    private var creationDate: String? {
        guard let dt = poppler_document_get_creation_date_time(handle) else { return nil }
        defer { g_date_time_unref(dt) }
        guard let utc = g_date_time_to_utc(dt) else { return nil }
        defer { g_date_time_unref(utc) }
        return Self.take(g_date_time_format(utc, "%Y-%m-%dT%H:%M:%SZ"))
    }

    /// Copies and frees a g_malloc'd string; empty strings count as absent.
    static func take(_ s: UnsafeMutablePointer<CChar>?) -> String? {
        guard let s else { return nil }
        defer { g_free(s) }
        let v = String(cString: s).trimmingCharacters(in: .whitespacesAndNewlines)
        return v.isEmpty ? nil : v
    }
}

/// Owns one page reference.
final class PopplerPage {
    let handle: OpaquePointer

    init(_ handle: OpaquePointer) { self.handle = handle }
    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    var size: (width: Double, height: Double) {
        var w = 0.0, h = 0.0
        poppler_page_get_size(handle, &w, &h)
        return (w, h)
    }
}
