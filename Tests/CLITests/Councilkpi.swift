import Foundation
import TestSupport

/// Runs the real built `councilkpi` binary (the one beside the test bundle, built by
/// `swift build` before `swift test`) and finds the files the pipeline tests read.
enum Councilkpi {
    /// <repo root>, from this file's location.
    static let repoRoot = BuiltBinary.repoRoot

    static let binary: String? = BuiltBinary.path

    /// `<repo root>/../shared` (the shared data beside the repository), nil when absent.
    static let shared: URL? = {
        let url = repoRoot.appendingPathComponent("../shared").standardizedFileURL
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// samples/*.pdf, sorted by name.
    static let samples: [String] = pdfs(in: repoRoot.appendingPathComponent("samples"))

    /// ../shared/corpus/council-real/*.pdf (real council papers), sorted; empty without ../shared.
    static let councilReal: [String] = shared.map { pdfs(in: $0.appendingPathComponent("corpus/council-real")) } ?? []

    /// ../shared/corpus/council-dev/*.pdf (council papers with exact truth, the records corpus).
    static let councilDev: [String] = shared.map { pdfs(in: $0.appendingPathComponent("corpus/council-dev")) } ?? []

    /// Every PDF of the shared table corpus (other projects' table test suites), sorted.
    static let tableCorpus: [String] =
        shared.map { root in
            let dir = root.appendingPathComponent("corpus/tables")
            let files = FileManager.default.enumerator(atPath: dir.path)?.compactMap { $0 as? String } ?? []
            return files.filter { $0.lowercased().hasSuffix(".pdf") }.sorted().map {
                dir.appendingPathComponent($0).path
            }
        } ?? []

    static func sample(_ prefix: String) -> String? {
        samples.first { ($0 as NSString).lastPathComponent.hasPrefix(prefix) }
    }

    static func name(_ path: String) -> String { (path as NSString).lastPathComponent }

    private static func pdfs(in dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
            .filter { $0.hasSuffix(".pdf") }.sorted().map { dir.appendingPathComponent($0).path }
    }

    typealias Result = BuiltBinary.Run
    typealias Failure = BuiltBinary.Failure

    /// Runs `councilkpi ARGS` (output through files, never a full pipe).
    static func run(_ arguments: [String]) throws -> Result { try BuiltBinary.run(arguments) }

    /// `extract FILE [--stage S]`; throws unless it exits 0 with output.
    static func extract(_ file: String, stage: String? = nil) throws -> Data {
        let r = try run(["extract", file] + (stage.map { ["--stage", $0] } ?? []))
        guard r.status == 0, !r.stdout.isEmpty else {
            throw Failure(description: "extract \(name(file)) \(stage ?? ""): exit \(r.status): \(r.stderr)")
        }
        return r.stdout
    }

    static func temporaryDirectory(_ name: String) throws -> URL { try BuiltBinary.temporaryDirectory(name) }

    /// `body` over every item, two at a time (CI machines have two cores); results in order.
    static func map<T: Sendable, U: Sendable>(_ items: [T], _ body: @Sendable (T) -> U) -> [U] {
        let results = Results<U>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: min(2, items.count)) { worker in
            for i in stride(from: worker, to: items.count, by: 2) { results.set(i, body(items[i])) }
        }
        return results.all
    }
}

/// Results written by several threads, each to its own slot.
final class Results<U: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [U?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: U) { lock.withLock { slots[i] = value } }
    var all: [U] { lock.withLock { slots.map { $0! } } }
}

/// The final record of every sample and real council paper, extracted once for all the tests
/// that read them.
enum Extracted {
    struct Output: Sendable {
        var file: String
        var record: Result<Data, Councilkpi.Failure>
    }

    /// Every PDF the tests extract: the samples, the real council papers, the records corpus and
    /// the table corpus (layouts no council paper has, which must still give valid records).
    static let files = Councilkpi.samples + Councilkpi.councilReal + Councilkpi.councilDev + Councilkpi.tableCorpus

    static let all: [Output] = Councilkpi.map(files) { file in
        do {
            return Output(file: file, record: .success(try Councilkpi.extract(file)))
        } catch {
            return Output(file: file, record: .failure(error as? Councilkpi.Failure ?? .init(description: "\(error)")))
        }
    }

    static func record(_ file: String) throws -> Data {
        guard let out = all.first(where: { $0.file == file }) else {
            throw Councilkpi.Failure(description: "\(file) not extracted")
        }
        return try out.record.get()
    }
}

/// Runs `python3 ARGS` (the schema validator, the records scorer): its exit status, standard
/// output and standard error.
enum Python {
    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: data, stderr: stderr)
    }
}
