import Dataset
import Foundation
import Record
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A small seeded generator (SplitMix64): the same kill points every run.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension IngestTests {
    static let killTrials = 20

    /// kill -9 at random moments (seeded) of an ingest, sometimes twice in a row: each time
    /// the dataset left behind is valid (every JSON parses, the manifest only names records
    /// that exist, nothing half-written under its final name), and the next run completes it
    /// byte-identically to a clean run.
    @Test func killedAtAnyMomentTheNextRunCompletesTheDataset() throws {
        let binary = try #require(Harness.binary)
        let pdfs = Harness.pdfs(count: 5)
        try #require(pdfs.count == 5)
        let input = try Harness.inputs(pdfs, name: "kill-in")
        let reference = try Harness.temporaryDirectory("kill-ref")
        let started = Date()
        #expect(try Harness.ingest([input.path], out: reference, binary: binary).status == 0)
        let cleanSeconds = Date().timeIntervalSince(started)
        let clean = try Harness.snapshot(reference)
        #expect(clean.files.count == 7)  // 5 reports, manifest, csv

        // Trials go on until `killTrials` kills have landed while the ingest was running (a
        // kill after the end shows less); some trials kill the resumed run a second time.
        var rng = SeededRandom(state: 20_231_128)
        var killedMidRun = 0
        var trial = 0
        while killedMidRun < Self.killTrials, trial < Self.killTrials * 3 {
            let out = try Harness.temporaryDirectory("kill-\(trial)")
            for _ in 0..<(trial % 3 == 0 ? 2 : 1) {
                let delay = Double.random(in: 0...cleanSeconds, using: &rng)
                let (process, log) = try Harness.start(
                    ["ingest", input.path, "--out", out.path, "--jobs", "2"], binary: binary)
                usleep(useconds_t(delay * 1_000_000))
                if process.isRunning { killedMidRun += 1 }
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                try? FileManager.default.removeItem(at: log)
                try expectValid(out, trial: trial)
            }
            let finish = try Harness.ingest([input.path], out: out, binary: binary)
            #expect(finish.status == 0, "trial \(trial): \(finish.stderr)")
            let completed = try Harness.snapshot(out)
            #expect(completed == clean, "trial \(trial): differs from a clean run")
            try? FileManager.default.removeItem(at: out)
            trial += 1
        }
        #expect(killedMidRun >= Self.killTrials, "only \(killedMidRun) kills landed mid-run in \(trial) trials")
    }

    /// What a killed run may leave: whole files only, and a manifest that points at them.
    private func expectValid(_ out: URL, trial: Int) throws {
        let snap = try Harness.snapshot(out)
        for (name, data) in snap.files where name.hasPrefix("reports/") {
            #expect(
                (try? JSONDecoder().decode(Record.self, from: data)) != nil,
                "trial \(trial): \(name) is not a whole record")
        }
        if let data = snap.files["manifest.json"] {
            let manifest = try #require(
                try? JSONDecoder().decode(Manifest.self, from: data), "trial \(trial): manifest")
            for entry in manifest.sources where entry.status != .failed {
                #expect(
                    snap.files["reports/\(entry.reportId ?? "").json"] != nil,
                    "trial \(trial): \(entry.path) has no record")
            }
        }
        if let data = snap.files["indicators.csv"] {
            #expect(String(decoding: data, as: UTF8.self).hasPrefix("reportId,"), "trial \(trial): csv")
        }
        // Leftovers are only hidden temporaries and the journal, which the next run clears.
        for name in snap.leftovers {
            #expect(name.contains(".tmp-") || name == ".journal.jsonl", "trial \(trial): unexpected \(name)")
        }
    }
}
