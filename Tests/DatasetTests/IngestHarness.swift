import Dataset
import Foundation
import Record
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the real built `councilkpi` binary on real files, for the ingest tests.
enum Harness {
    /// <repo root>, from this file's location.
    static let repoRoot = BuiltBinary.repoRoot

    /// The binary built next to the test bundle (`swift build` builds it before `swift test`).
    static var binary: String? { BuiltBinary.path }

    /// The shared data beside the repository (a worktree sits one level deeper).
    static var shared: URL {
        let candidates = ["../shared", "../../shared"].map { repoRoot.appendingPathComponent($0).standardizedFileURL }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
    }

    /// Real PDFs to ingest, smallest first (quick runs): the project's samples when there are
    /// enough, else PDFs of the shared table corpus.
    static func pdfs(count: Int) -> [String] {
        let samples = smallest(in: repoRoot.appendingPathComponent("samples"))
        if samples.count >= count { return Array(samples.prefix(count)) }
        return Array(smallest(in: shared.appendingPathComponent("corpus/tables/icdar2013")).prefix(count))
    }

    private static func smallest(in dir: URL) -> [String] {
        let fm = FileManager.default
        let paths = ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? [])
            .filter { $0.hasSuffix(".pdf") }.map { dir.appendingPathComponent($0).path }
        let sized = paths.map { ($0, (try? fm.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0) }
        return sized.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
    }

    static func temporaryDirectory(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("councilkpi-\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies files into a fresh input directory (so tests own their inputs' paths).
    static func inputs(_ files: [String], name: String) throws -> URL {
        let dir = try temporaryDirectory(name)
        for file in files {
            try FileManager.default.copyItem(
                atPath: file, toPath: dir.appendingPathComponent((file as NSString).lastPathComponent).path)
        }
        return dir
    }

    struct Run {
        var status: Int32
        var stderr: String
    }

    /// Starts `councilkpi ARGS`; stderr goes to a file so a chatty child never blocks.
    static func start(_ arguments: [String], binary: String) throws -> (Process, URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let log = FileManager.default.temporaryDirectory.appendingPathComponent(
            "councilkpi-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, log)
    }

    static func run(_ arguments: [String], binary: String) throws -> Run {
        let (process, log) = try start(arguments, binary: binary)
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: log) }
        return Run(status: process.terminationStatus, stderr: (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }

    static func ingest(_ inputs: [String], out: URL, jobs: Int = 2, extra: [String] = [], binary: String) throws -> Run
    {
        try run(["ingest"] + inputs + ["--out", out.path, "--jobs", String(jobs)] + extra, binary: binary)
    }

    /// Every file of a dataset that must be byte-identical across runs, plus the SQLite
    /// content; and anything left that should not be (temporaries, the journal).
    struct Snapshot: Equatable {
        var files: [String: Data] = [:]
        var sqlite = ""
        var leftovers: [String] = []
    }

    static func snapshot(_ out: URL) throws -> Snapshot {
        var snap = Snapshot()
        let fm = FileManager.default
        for name in ["manifest.json", "indicators.csv"] {
            snap.files[name] = fm.contents(atPath: out.appendingPathComponent(name).path)
        }
        let reports = out.appendingPathComponent("reports")
        for name in (try? fm.contentsOfDirectory(atPath: reports.path)) ?? [] {
            if name.hasPrefix(".") {
                snap.leftovers.append("reports/" + name)
                continue
            }
            snap.files["reports/" + name] = fm.contents(atPath: reports.appendingPathComponent(name).path)
        }
        for name in (try? fm.contentsOfDirectory(atPath: out.path)) ?? [] where name.hasPrefix(".") && name != ".lock" {
            snap.leftovers.append(name)
        }
        let sqlite = out.appendingPathComponent("dataset.sqlite").path
        if fm.fileExists(atPath: sqlite) { snap.sqlite = try SQLiteDump.content(ofDatabaseAt: sqlite) }
        snap.leftovers.sort()
        return snap
    }

    static func manifest(_ out: URL) throws -> Manifest {
        try Manifest.load(from: out.appendingPathComponent("manifest.json"))
    }
}
