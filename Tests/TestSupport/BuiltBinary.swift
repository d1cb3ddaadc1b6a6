import Foundation

/// Where the tests that run the real `councilkpi` binary find it and the repository.
public enum BuiltBinary {
    /// <repo root>, from this file's location (Tests/TestSupport/).
    public static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable in the build directory that holds the test bundle (.build/<triple>/debug):
    /// `swift build` builds it before `swift test`.
    public static let path: String? = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent()
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        }
        // The test runner may be the bundle itself or live inside it.
        for candidate in [dir, dir.deletingLastPathComponent(), dir.deletingLastPathComponent().deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("councilkpi").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()
}
