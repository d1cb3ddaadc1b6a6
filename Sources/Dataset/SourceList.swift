import Foundation

/// The source files named by ingest's arguments: files as given, directories walked
/// recursively for `*.pdf` (any case), hidden entries skipped. A `*.pdf` found that is not a
/// regular file (a directory named x.pdf, a FIFO, a dangling link) is listed too, so the batch
/// reports it as failed rather than passing over it in silence; a directory is walked all the
/// same. Absolute, standardised paths, sorted and without repeats, so the manifest order never
/// depends on the file system.
public enum SourceList {
    public static func expand(_ arguments: [String], excluding excluded: URL? = nil) -> [String] {
        var paths = Set<String>()
        let fm = FileManager.default
        let excludedPath = excluded.map { $0.standardizedFileURL.path + "/" }
        for argument in arguments {
            let url = absoluteURL(argument)
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                paths.insert(url.path)  // a file, or a missing path: the batch reports it as failed
                continue
            }
            let walker = fm.enumerator(
                at: url, includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles])
            while let item = walker?.nextObject() as? URL {
                let path = item.standardizedFileURL.path
                if let excludedPath, (path + "/").hasPrefix(excludedPath) { continue }
                guard item.pathExtension.lowercased() == "pdf" else { continue }
                paths.insert(path)
            }
        }
        return paths.sorted()
    }

    static func absoluteURL(_ path: String) -> URL {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        return URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL
    }
}
