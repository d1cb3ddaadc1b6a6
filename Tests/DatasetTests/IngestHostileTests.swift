import Dataset
import Foundation
import Record
import Testing

extension IngestTests {
    /// The hostile corpus (tools/faults/hostile.py): `make test` runs the quick slice (no bombs,
    /// no 20,000 pages, 60 mutations); `make faults` the whole of it (COUNCILKPI_HOSTILE=full).
    static var hostileFull: Bool { ProcessInfo.processInfo.environment["COUNCILKPI_HOSTILE"] == "full" }

    struct HostileFigures: Decodable {
        var sources: Int
        var ok: Int
        var failed: Int
        var skipped: Int
        var timedOut: Int
        var capped: Int
        var reasons: [String: Int]
        var problems: [String]
    }

    /// PDFs built to break a reader — bombs, cycles, deep nesting, huge pages, broken xref and
    /// object streams, malformed images, odd numbers, things that are not PDFs, odd file names
    /// — and object-level mutations of the samples: every one ends ok (its record valid against
    /// the schema) or failed with a one-line reason; the batch never stops, no child outlives
    /// its timeout and none grows past its memory limit.
    @Test func aHostileCorpusEndsOkOrFailedWithOneLineReasons() throws {
        let binary = try #require(Harness.binary)
        let corpus = try Harness.temporaryDirectory("hostile")
        defer { try? FileManager.default.removeItem(at: corpus) }
        let tools = Harness.repoRoot.appendingPathComponent("tools/faults")
        let samples = Harness.pdfs(count: 7)
        let made = try Harness.run(
            [tools.appendingPathComponent("hostile.py").path, corpus.path]
                + (Self.hostileFull ? [] : ["--small"]) + samples, binary: "/usr/bin/python3")
        try #require(made.status == 0, "\(made.stderr)")
        let out = try Harness.temporaryDirectory("hostile-out")
        defer { try? FileManager.default.removeItem(at: out) }

        let timeout = Self.hostileFull ? 60 : 30
        let memoryMB = 2048
        let started = Date()
        let run = try Harness.ingest(
            [corpus.path], out: out,
            extra: ["--timeout", String(timeout), "--max-memory", "\(memoryMB)M"],
            binary: binary)
        let seconds = Date().timeIntervalSince(started)
        #expect(run.status == 2, "no abort: exit 2, some failed; \(run.stderr.suffix(2000))")

        let (checked, figuresJSON) = try Self.stdout(
            of: tools.appendingPathComponent("check_dataset.py").path,
            [out.path, Harness.repoRoot.appendingPathComponent("schemas/record.schema.json").path])
        let figures = try JSONDecoder().decode(HostileFigures.self, from: Data(figuresJSON.utf8))
        #expect(checked == 0 && figures.problems.isEmpty, "\(figures.problems.prefix(10))")
        #expect(figures.sources == Self.entryCount(corpus), "every input has a manifest entry")
        #expect(figures.ok + figures.failed + figures.skipped == figures.sources)

        // No child past its memory limit: the largest child's peak resident set, from ingest.
        let peakKB = Self.peakWorkerKB(run.stderr)
        #expect(peakKB.map { $0 <= memoryMB * 1024 } == true, "peak worker RSS \(peakKB ?? -1) KB")
        // No hang: a timed-out child is killed at most 5 s after its timeout.
        for (reason, _) in figures.reasons where reason.hasPrefix("timed out") {
            #expect(
                reason == "timed out after \(timeout) s" || reason == "timed out after \(timeout + 5) s (killed)",
                "\(reason)")
        }

        let manifest = try Harness.manifest(out)
        let byName = Dictionary(manifest.sources.map { (($0.path as NSString).lastPathComponent, $0) }) { a, _ in a }
        func entry(_ kind: String) -> ManifestEntry? { byName.first { $0.key.contains("-\(kind).pdf") }?.value }
        for kind in [
            "html-named-pdf", "docx-named-pdf", "zip-named-pdf", "nul-bytes", "junk-before-header-long",
            Self.hostileFull ? "pages-20000" : "pages-6000"
        ] {
            #expect(entry(kind)?.status == .failed, "\(kind): \(String(describing: entry(kind)))")
        }
        #expect(byName["x.pdf"]?.status == .failed && byName["x.pdf"]?.error == "is a directory")
        #expect(byName["fifo.pdf"]?.status == .failed && byName["fifo.pdf"]?.error == "is not a regular file (a FIFO)")
        #expect(byName["dangling-link.pdf"]?.status == .failed && byName["dangling-link.pdf"]?.error == "no such file")
        // Odd file names are still PDFs with text: each extracts, under its own name.
        for name in [
            "with spaces and (brackets).pdf", "ünïcødé £ report – Q2.pdf", "new\nline.pdf", "-leading-dash.pdf",
            "--help.pdf", "tab\tname.pdf", "emoji-\u{1F4C8}.pdf"
        ] {
            let found = try #require(byName[name], "\(name)")
            #expect(found.status == .ok, "\(name): \(found.error ?? "")")
            if let id = found.reportId {
                let record = try JSONDecoder().decode(
                    Record.self, from: Data(contentsOf: out.appendingPathComponent("reports/\(id).json")))
                #expect(record.source.fileName == name)
            }
        }
        if Self.hostileFull { #expect(figures.capped >= 1, "the bombs meet the memory limit") }
        print(
            "hostile corpus: \(figures.sources) sources, \(figures.ok) ok, \(figures.failed) failed "
                + "(\(figures.timedOut) timed out, \(figures.capped) at a limit), \(figures.skipped) skipped; "
                + "peak child RSS \(peakKB ?? 0) KB; \(Int(seconds)) s\n\(figuresJSON)")
    }

    /// Entries in the corpus (files, the directory named x.pdf, the FIFO, the dangling link):
    /// one manifest entry each.
    static func entryCount(_ corpus: URL) -> Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).count
    }

    static func peakWorkerKB(_ stderr: String) -> Int? {
        guard let range = stderr.range(of: "peak worker RSS ") else { return nil }
        return Int(stderr[range.upperBound...].prefix { $0.isNumber })
    }

    /// A Python script's exit status and standard output (the python3 on PATH: the one
    /// scripts/setup.sh installed jsonschema for).
    static func stdout(of script: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script] + arguments
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("councilkpi-check-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = FileHandle.standardError
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: log, encoding: .utf8))
    }
}
