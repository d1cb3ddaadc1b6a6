import Foundation
import JSON
import Record

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Results of the running ingest, appended one JSON line per source as they arrive, so a run
/// killed part-way loses no finished work. Replayed over the manifest by the next run and
/// removed once the manifest is written. A torn last line (killed mid-write) is ignored.
struct Journal {
    let url: URL

    func append(_ entry: ManifestEntry) throws {
        // The ordered encoder escapes newlines inside strings, so every raw newline is layout.
        let line = try JSONOutput.string(entry).replacingOccurrences(of: "\n", with: "") + "\n"
        let fd = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw posixError("open \(url.path)") }
        defer { close(fd) }
        let bytes = Array(line.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw posixError("write \(url.path)") }
    }

    func replay() -> [ManifestEntry] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap {
            try? JSONDecoder().decode(ManifestEntry.self, from: Data($0))
        }
    }

    func remove() throws {
        if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
    }
}
