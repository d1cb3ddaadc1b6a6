import Dataset
import Foundation
import Record
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The ingest guarantees, each shown on a real run of the built binary over real PDFs.
/// Serialized: the kill test's timings should not compete with other ingests for the cores.
@Suite(.serialized)
struct IngestTests {
    @Test func cleanRunWritesTheWholeDatasetAndASecondRunSkipsEverything() throws {
        let binary = try #require(Harness.binary, "build the councilkpi binary first (swift build)")
        let pdfs = Harness.pdfs(count: 4)
        try #require(pdfs.count == 4)
        let input = try Harness.inputs(pdfs, name: "in")
        let out = try Harness.temporaryDirectory("out")

        let first = try Harness.ingest([input.path], out: out, binary: binary)
        #expect(first.status == 0, "\(first.stderr)")
        // The summary gives the children's CPU (the extraction) apart from the parent's own.
        let cpu = try #require(first.stderr.firstMatch(of: /CPU workers ([0-9.]+) s, parent ([0-9.]+) s/))
        #expect(Double(cpu.1)! > 0 && Double(cpu.2)! > 0, "\(first.stderr)")
        let manifest = try Harness.manifest(out)
        #expect(manifest.sources.map(\.status) == Array(repeating: .ok, count: 4))
        #expect(manifest.sources.map(\.path) == manifest.sources.map(\.path).sorted())
        for entry in manifest.sources {
            let reportId = try #require(entry.reportId)
            let data = try Data(contentsOf: out.appendingPathComponent("reports/\(reportId).json"))
            let record = try JSONDecoder().decode(Record.self, from: data)
            #expect(record.source.sha256 == entry.sha256)
            #expect(entry.extractorVersion == ExtractorVersion.current)
        }
        let csv = try String(contentsOf: out.appendingPathComponent("indicators.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("reportId,council,gssCode,financialYear,reportQuarter,code,name,unit,polarity,"))
        let dump = try SQLiteDump.content(ofDatabaseAt: out.appendingPathComponent("dataset.sqlite").path)
        #expect(dump.components(separatedBy: "\n").filter { $0.hasPrefix("reportId=") }.count == 4)
        let before = try Harness.snapshot(out)
        #expect(before.leftovers.isEmpty)

        let second = try Harness.ingest([input.path], out: out, binary: binary)
        #expect(second.status == 0)
        #expect(second.stderr.contains("4 sources: 0 to extract, 4 unchanged"), "\(second.stderr)")
        #expect(try Harness.snapshot(out) == before)
    }

    @Test func aNewExtractorVersionExtractsAgain() throws {
        let binary = try #require(Harness.binary)
        let input = try Harness.inputs(Harness.pdfs(count: 2), name: "in")
        let out = try Harness.temporaryDirectory("out")
        #expect(try Harness.ingest([input.path], out: out, binary: binary).status == 0)
        let clean = try Harness.snapshot(out)
        // As if an older extractor had produced this dataset.
        var manifest = try Harness.manifest(out)
        for i in manifest.sources.indices { manifest.sources[i].extractorVersion = "0.0.1-old" }
        try manifest.data().write(to: out.appendingPathComponent("manifest.json"))

        let rerun = try Harness.ingest([input.path], out: out, binary: binary)
        #expect(rerun.stderr.contains("2 sources: 2 to extract, 0 unchanged"), "\(rerun.stderr)")
        #expect(try Harness.snapshot(out) == clean)
    }

    @Test func aSecondConcurrentRunExitsAtOnceWithTheLockCode() throws {
        let binary = try #require(Harness.binary)
        let input = try Harness.inputs(Harness.pdfs(count: 1), name: "in")
        let out = try Harness.temporaryDirectory("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let lock = try DatasetLock(path: out.appendingPathComponent(".lock").path)  // another ingest
        let started = Date()
        let run = try Harness.ingest([input.path], out: out, binary: binary)
        lock.release()
        #expect(run.status == 75)
        #expect(run.stderr.contains("another ingest is running on this dataset"), "\(run.stderr)")
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("manifest.json").path))
        #expect(try Harness.ingest([input.path], out: out, binary: binary).status == 0)
    }

    @Test func duplicatesAreExtractedOnceAndMissingFilesFail() throws {
        let binary = try #require(Harness.binary)
        let pdf = try #require(Harness.pdfs(count: 1).first)
        let input = try Harness.inputs([pdf], name: "in")
        let name = (pdf as NSString).lastPathComponent
        let copy = input.appendingPathComponent("zz-copy.pdf")
        try FileManager.default.copyItem(atPath: input.appendingPathComponent(name).path, toPath: copy.path)
        let missing = input.appendingPathComponent("missing.pdf").path
        let out = try Harness.temporaryDirectory("out")

        let run = try Harness.ingest([input.path, missing], out: out, binary: binary)
        #expect(run.status == 2)
        let byPath = Dictionary(uniqueKeysWithValues: try Harness.manifest(out).sources.map { ($0.path, $0) })
        let original = try #require(byPath[input.appendingPathComponent(name).path])
        #expect(original.status == .ok)
        #expect(byPath[copy.path]?.status == .skipped)
        #expect(byPath[copy.path]?.reportId == original.reportId)
        #expect(byPath[copy.path]?.error == "same content as \(original.path)")
        #expect(byPath[missing]?.status == .failed)
        #expect(byPath[missing]?.error == "no such file")
        #expect(run.stderr.contains("failed \(missing): no such file"), "\(run.stderr)")
    }
}

extension IngestTests {
    /// A source whose content changed is extracted again under its new reportId, and the
    /// record of its old content is removed.
    @Test func aChangedFileReplacesItsRecord() throws {
        let binary = try #require(Harness.binary)
        let pdfs = Harness.pdfs(count: 2)
        let input = try Harness.inputs(pdfs, name: "in")
        let out = try Harness.temporaryDirectory("out")
        #expect(try Harness.ingest([input.path], out: out, binary: binary).status == 0)
        let before = try Harness.manifest(out)
        let changed = URL(fileURLWithPath: before.sources[0].path)
        try (Data(contentsOf: changed) + Data("\n% changed\n".utf8)).write(to: changed)

        let rerun = try Harness.ingest([input.path], out: out, binary: binary)
        #expect(rerun.stderr.contains("2 sources: 1 to extract, 1 unchanged"), "\(rerun.stderr)")
        let after = try Harness.manifest(out)
        #expect(after.sources[0].sha256 != before.sources[0].sha256)
        #expect(after.sources[0].status == .ok)
        #expect(after.sources[1] == before.sources[1])
        let reports = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("reports").path)
            .sorted()
        #expect(reports == after.sources.compactMap { $0.reportId.map { $0 + ".json" } }.sorted())
    }
}
