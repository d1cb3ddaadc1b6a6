import Dataset
import Foundation
import Harvest
import Record
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `councilkpi harvest` against the test server and reads what it left in OUT.
enum HarvestHarness {
    /// The fixtures' meetings 100, 101 and 110 fall in it; 111 does not.
    static let window = ["--since", "2026-01-01", "--until", "2026-03-31"]
    /// Fast and patient enough for a local server.
    static let quick = ["--delay", "0.01", "--backoff", "0.01", "--request-timeout", "10"]

    struct Run: Sendable {
        var status: Int32
        var stderr: String
    }

    static func arguments(_ extra: [String], out: URL) -> [String] {
        // The test's own options last: a repeated option takes its last value.
        ["harvest", "--out", out.path, "--contact", "tests@example.org"] + window + quick + extra
    }

    /// Starts `councilkpi harvest …`; the caller waits for it (without blocking a thread the
    /// in-process server needs).
    static func start(_ extra: [String], out: URL) throws -> (Process, URL) {
        guard let binary = BuiltBinary.path else {
            throw BuiltBinary.Failure(description: "the councilkpi binary is not built beside the tests")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments(extra, out: out)
        let log = FileManager.default.temporaryDirectory
            .appendingPathComponent("councilkpi-harvest-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, log)
    }

    static func wait(_ process: Process, log: URL) async -> Run {
        while process.isRunning { try? await Task.sleep(for: .milliseconds(20)) }
        defer { try? FileManager.default.removeItem(at: log) }
        return Run(status: process.terminationStatus, stderr: (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }

    static func run(_ extra: [String], out: URL) async throws -> Run {
        let (process, log) = try start(extra, out: out)
        return await wait(process, log: log)
    }

    static func state(_ out: URL) throws -> HarvestState {
        try HarvestState.load(from: HarvestLayout(root: out).state)
    }

    static func document(_ out: URL, id: Int) throws -> HarvestedDocument? {
        try state(out).documents.first { $0.url.hasSuffix("ID=\(id)") }
    }

    static func manifest(_ out: URL) throws -> Manifest {
        try Manifest.load(from: DatasetLayout(root: out).manifest)
    }

    static func record(_ out: URL, sha256: String) throws -> Record {
        let url = DatasetLayout(root: out).report(String(sha256.prefix(16)))
        return try JSONDecoder().decode(Record.self, from: Data(contentsOf: url))
    }

    /// Names in downloads/: every one a whole download (its name is its content's sha256).
    static func downloads(_ out: URL) throws -> [String] {
        let dir = HarvestLayout(root: out).downloads
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    static func sha256(_ file: URL) throws -> String {
        try FileDigest.sha256(fileAtPath: file.path)
    }

    static func temporaryDirectory(_ name: String) throws -> URL {
        try BuiltBinary.temporaryDirectory("harvest-" + name)
    }
}
