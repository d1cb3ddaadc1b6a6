import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One ingest per dataset: an exclusive flock on OUT/.lock, held until `release()` or process
/// exit (the kernel drops it when the process dies, even on kill -9). The descriptor is
/// close-on-exec so child extractors never inherit the lock.
public final class DatasetLock: Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case held(path: String)
        case cannotOpen(path: String, reason: String)

        public var description: String {
            switch self {
            case .held(let path): "another ingest is running on this dataset (lock held: \(path))"
            case .cannotOpen(let path, let reason): "cannot open lock file \(path): \(reason)"
            }
        }
    }

    private let fd: Int32

    /// Takes the lock without waiting; throws `.held` when another process has it.
    public init(path: String) throws(Failure) {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(fd)
            if code == EWOULDBLOCK { throw .held(path: path) }
            throw .cannotOpen(path: path, reason: String(cString: strerror(code)))
        }
        self.fd = fd
    }

    public func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
