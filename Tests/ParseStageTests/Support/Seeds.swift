import Foundation

/// The shared data beside the repository: <repo root>/../shared (CI clones it there). A git
/// worktree one level deeper finds it at <root>/../../shared; COUNCILKPI_SHARED overrides both.
enum Shared {
    static var repoRoot: URL {
        var u = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { u.deleteLastPathComponent() }
        return u
    }

    static var directory: URL {
        if let env = ProcessInfo.processInfo.environment["COUNCILKPI_SHARED"] { return URL(fileURLWithPath: env) }
        let beside = repoRoot.deletingLastPathComponent().appendingPathComponent("shared")
        if FileManager.default.fileExists(atPath: beside.path) { return beside }
        return repoRoot.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
    }
}

enum Seeds {
    static func text(_ name: String) throws -> String {
        try String(
            contentsOf: Shared.directory.appendingPathComponent("seeds").appendingPathComponent(name), encoding: .utf8)
    }
}
