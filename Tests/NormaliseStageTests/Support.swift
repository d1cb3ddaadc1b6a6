import Foundation

/// `<repo root>/../shared` (where CI clones the shared data beside the repo), or the
/// directory named by COUNCILKPI_SHARED; nil when neither exists.
let sharedDirectory: URL? = {
    var candidates: [URL] = []
    if let env = ProcessInfo.processInfo.environment["COUNCILKPI_SHARED"] {
        candidates.append(URL(fileURLWithPath: env))
    }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    candidates.append(root.deletingLastPathComponent().appendingPathComponent("shared"))
    return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("SPEC.md").path) }
}()

func sharedText(_ relative: String) -> String? {
    guard let dir = sharedDirectory else { return nil }
    return try? String(contentsOf: dir.appendingPathComponent(relative), encoding: .utf8)
}
