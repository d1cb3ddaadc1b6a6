import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Files appear whole or not at all: written to a hidden temporary file in the same
/// directory, flushed to disk, then renamed over the target (rename is atomic on POSIX).
/// Temporary names start with "." and contain ".tmp-", so a killed run's leftovers are
/// recognisable and removed by the next run.
public enum AtomicFile {
    public static let temporaryMarker = ".tmp-"

    /// A fresh temporary path beside `target`.
    public static func temporaryURL(for target: URL) -> URL {
        let name = "." + target.lastPathComponent + temporaryMarker + UUID().uuidString
        return target.deletingLastPathComponent().appendingPathComponent(name)
    }

    public static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(temporaryMarker)
    }

    /// Writes `data` to `target` atomically and durably.
    public static func write(_ data: Data, to target: URL) throws {
        let temp = temporaryURL(for: target)
        do {
            try data.write(to: temp)
            try commit(temp, to: target)
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw error
        }
    }

    /// Flushes a finished temporary file, renames it over `target`, and flushes the directory
    /// so the rename itself survives a crash.
    public static func commit(_ temp: URL, to target: URL) throws {
        try fsync(path: temp.path, directory: false)
        guard rename(temp.path, target.path) == 0 else { throw posixError("rename \(temp.path)") }
        try fsync(path: target.deletingLastPathComponent().path, directory: true)
    }

    static func fsync(path: String, directory: Bool) throws {
        let fd = open(path, directory ? O_RDONLY | O_DIRECTORY | O_CLOEXEC : O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { throw posixError("open \(path)") }
        defer { close(fd) }
        #if canImport(Glibc)
            let rc = Glibc.fsync(fd)
        #else
            let rc = Darwin.fsync(fd)
        #endif
        guard rc == 0 else { throw posixError("fsync \(path)") }
    }

    /// Removes leftovers of killed runs in `directory` (not recursive).
    public static func removeTemporaries(in directory: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where isTemporary(name) {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }
}

func posixError(_ what: String) -> NSError {
    let code = errno
    return NSError(
        domain: NSPOSIXErrorDomain, code: Int(code),
        userInfo: [NSLocalizedDescriptionKey: "\(what): \(String(cString: strerror(code)))"])
}
