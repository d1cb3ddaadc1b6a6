import Dataset
import Foundation
import Record
import Testing

extension IngestTests {
    /// Files in the fault corpus: a quick subset by default; `make faults` runs the full
    /// few hundred (COUNCILKPI_FAULTS=390).
    static var faultCount: Int {
        ProcessInfo.processInfo.environment["COUNCILKPI_FAULTS"].flatMap(Int.init) ?? 52
    }

    /// Truncated, byte-flipped, shuffled and emptied copies of real PDFs never stop the
    /// batch: every file ends ok or failed with a reason, and a second run skips them all.
    @Test func aFaultInjectionCorpusNeverStopsTheBatch() throws {
        let binary = try #require(Harness.binary)
        let sources = Harness.pdfs(count: 3)
        let corpus = try Harness.temporaryDirectory("faults")
        let generator = Harness.repoRoot.appendingPathComponent("tools/faults/make_corpus.py").path
        let made = try Harness.run(
            [generator, corpus.path, String(Self.faultCount), "7"] + sources, binary: "/usr/bin/python3")
        try #require(made.status == 0, "\(made.stderr)")
        let out = try Harness.temporaryDirectory("faults-out")

        let run = try Harness.ingest([corpus.path], out: out, extra: ["--timeout", "30"], binary: binary)
        let manifest = try Harness.manifest(out)
        #expect(manifest.sources.count == Self.faultCount)
        let failed = manifest.sources.filter { $0.status == .failed }
        #expect(run.status == (failed.isEmpty ? 0 : 2), "\(run.stderr)")
        for entry in manifest.sources {
            switch entry.status {
            case .ok:
                let data = try Data(contentsOf: out.appendingPathComponent("reports/\(entry.reportId ?? "").json"))
                #expect(try JSONDecoder().decode(Record.self, from: data).source.sha256 == entry.sha256)
            case .failed:
                #expect((entry.error ?? "").isEmpty == false, "\(entry.path) failed without a reason")
                #expect(entry.reportId == nil)
            case .skipped:
                #expect(entry.error?.hasPrefix("same content as ") == true)
            }
        }
        // The empty, header-only and random files cannot be PDFs with text.
        for entry in manifest.sources
        where ["-empty-", "-header-only-", "-random-"].contains(where: entry.path.contains) {
            #expect(entry.status != .ok, "\(entry.path)")
        }
        let snapshot = try Harness.snapshot(out)
        let again = try Harness.ingest([corpus.path], out: out, binary: binary)
        #expect(again.stderr.contains("\(Self.faultCount) sources: 0 to extract"), "\(again.stderr)")
        #expect(try Harness.snapshot(out) == snapshot)
    }

    /// A child that crashes (a signal) or hangs is killed or reported, and the batch goes on.
    /// The extractor is swapped for a script that misbehaves on chosen names and otherwise
    /// runs the real one.
    @Test func aCrashingOrHangingExtractorBecomesAFailedEntry() throws {
        let binary = try #require(Harness.binary)
        let pdf = try #require(Harness.pdfs(count: 1).first)
        let input = try Harness.inputs([pdf], name: "misbehave")
        for name in ["crash.pdf", "hang.pdf"] {
            // Different content from the good one, so each is extracted on its own.
            try (Data(contentsOf: URL(fileURLWithPath: pdf)) + Data(name.utf8)).write(
                to: input.appendingPathComponent(name))
        }
        let log = input.appendingPathComponent("arguments.log")
        let script = input.appendingPathComponent("extractor.sh")
        try """
        #!/bin/sh
        echo "$@" >> '\(log.path)'
        case "$2" in
          *crash.pdf) kill -SEGV $$ ;;
          *hang.pdf) exec sleep 600 ;;
        esac
        exec '\(binary)' "$@"
        """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let out = try Harness.temporaryDirectory("misbehave-out")

        let started = Date()
        let run = try Harness.ingest(
            [input.path], out: out, extra: ["--timeout", "1", "--extractor", script.path],
            binary: binary)
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(run.status == 2)
        let byName = Dictionary(
            uniqueKeysWithValues: try Harness.manifest(out).sources.map {
                (($0.path as NSString).lastPathComponent, $0)
            })
        #expect(byName["crash.pdf"]?.status == .failed)
        #expect(byName["crash.pdf"]?.error == "crashed (SIGSEGV)")
        #expect(byName["hang.pdf"]?.status == .failed)
        #expect(byName["hang.pdf"]?.error == "timed out after 6 s (killed)")
        #expect(byName[(pdf as NSString).lastPathComponent]?.status == .ok)
        let arguments = try String(contentsOf: log, encoding: .utf8)
        #expect(arguments.contains("extract \(input.path)/crash.pdf --timeout 1"))
    }

    /// The council map's name reaches the child as --council, and changing it extracts again.
    @Test func theCouncilMapIsPassedToTheChild() throws {
        let binary = try #require(Harness.binary)
        let pdf = try #require(Harness.pdfs(count: 1).first)
        let input = try Harness.inputs([pdf], name: "map")
        let name = (pdf as NSString).lastPathComponent
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("args-\(UUID().uuidString).log")
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("extract-\(UUID().uuidString).sh")
        try "#!/bin/sh\necho \"$@\" >> '\(log.path)'\nexec '\(binary)' \"$@\"\n".write(
            to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("map-\(UUID().uuidString).csv")
        let out = try Harness.temporaryDirectory("map-out")

        try "\(name),Blaby District Council\n".write(to: map, atomically: true, encoding: .utf8)
        let first = try Harness.ingest(
            [input.path], out: out, extra: ["--council-map", map.path, "--extractor", script.path],
            binary: binary)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try String(contentsOf: log, encoding: .utf8).contains("--council Blaby District Council"))
        #expect(try Harness.manifest(out).sources.first?.councilHint == "Blaby District Council")

        try "path,council\n\(name),Harrow Council\n".write(to: map, atomically: true, encoding: .utf8)
        let second = try Harness.ingest([input.path], out: out, extra: ["--council-map", map.path], binary: binary)
        #expect(second.stderr.contains("1 sources: 1 to extract, 0 unchanged"), "\(second.stderr)")
        #expect(try Harness.manifest(out).sources.first?.councilHint == "Harrow Council")
    }
}
