import Foundation

/// Where the test PDFs are: the repository's samples/ and the shared corpus beside the
/// repository (`<repo>/../shared`; a worktree one level deeper looks one level further up).
enum Fixtures {
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let shared: URL? = {
        for up in ["../shared", "../../shared"] {
            let url = repoRoot.appendingPathComponent(up).standardizedFileURL
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("corpus").path) { return url }
        }
        return nil
    }()

    /// Every PDF of the corpus (tables/ and council-real/) and samples/*.pdf, as paths relative
    /// to their root (for readable test names), sorted.
    static let allPDFs: [String] = {
        var out: [String] = []
        if let shared {
            out += pdfs(under: shared.appendingPathComponent("corpus"), prefix: "corpus/")
        }
        out += pdfs(under: repoRoot.appendingPathComponent("samples"), prefix: "samples/", recursive: false)
        return out.sorted()
    }()

    static func url(_ name: String) -> URL {
        if name.hasPrefix("corpus/"), let shared { return shared.appendingPathComponent(name) }
        return repoRoot.appendingPathComponent(name)
    }

    private static func pdfs(under dir: URL, prefix: String, recursive: Bool = true) -> [String] {
        guard
            let e = FileManager.default.enumerator(
                at: dir, includingPropertiesForKeys: nil,
                options: recursive ? [] : [.skipsSubdirectoryDescendants])
        else { return [] }
        var out: [String] = []
        for case let url as URL in e where url.pathExtension == "pdf" {
            let rel = url.standardizedFileURL.path.dropFirst(dir.standardizedFileURL.path.count + 1)
            out.append(prefix + rel)
        }
        return out
    }

    /// Runs a tool and returns its standard output (nil when it cannot be run).
    static func run(_ tool: String, _ args: [String]) -> Data? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [tool] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return p.terminationStatus == 0 ? data : nil
    }
}
