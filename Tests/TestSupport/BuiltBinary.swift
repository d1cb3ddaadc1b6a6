import Foundation

/// Where the tests that run the real `councilkpi` (and `councilkpi-text`) binaries find them and
/// the repository.
public enum BuiltBinary {
    /// <repo root>, from this file's location (Tests/TestSupport/).
    public static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable in the build directory that holds the test bundle (.build/<triple>/debug):
    /// `swift build` builds it before `swift test`.
    public static let path: String? = path(of: "councilkpi")

    /// A program built beside the tests, by name.
    public static func path(of program: String) -> String? {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent()
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        }
        // The test runner may be the bundle itself or live inside it.
        for candidate in [
            dir, dir.deletingLastPathComponent(), dir.deletingLastPathComponent().deletingLastPathComponent()
        ] {
            let path = candidate.appendingPathComponent(program).path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}

extension BuiltBinary {
    public struct Run: Sendable {
        public var status: Int32
        public var stdout: Data
        public var stderr: String
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    /// Runs `councilkpi ARGS` (or another program built beside the tests). Output goes to files,
    /// so a large or chatty output never blocks.
    public static func run(_ arguments: [String], program: String = "councilkpi") throws -> Run {
        guard let path = program == "councilkpi" ? path : path(of: program) else {
            throw Failure(description: "the \(program) binary is not built beside the tests")
        }
        let dir = try temporaryDirectory("run")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("stdout")
        let err = dir.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            stdout: (try? Data(contentsOf: out)) ?? Data(),
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// A fresh, empty temporary directory; the caller removes it.
    public static func temporaryDirectory(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("councilkpi-test-\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
