import Dataset
import Foundation
import Harvest
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// What goes wrong on real sites, each against the local server: the run's exit code and log say
/// what failed, and the dataset stays consistent.
@Suite(.serialized)
struct HarvestFaultTests {
    /// The scorecard (1002) is the paper each test makes misbehave; the cover report (1001) is a
    /// healthy paper beside it.
    static let scorecard = 1002
    static let two = ["--titles", "scorecard|^Q2 Performance Report"]
    static let overview = ModernGovServer.sample("executive-board-2023-24-q2-directorate-overview-report.pdf")

    static func withServer(
        _ name: String, _ behaviour: ModernGovServer.Behaviour,
        _ body: (ModernGovServer, URL) async throws -> Void
    ) async throws {
        var behaviours = ModernGovServer.defaultBehaviours
        behaviours[scorecard] = behaviour
        let server = try await ModernGovServer(behaviours: behaviours)
        let out = try HarvestHarness.temporaryDirectory(name)
        defer { try? FileManager.default.removeItem(at: out) }
        try await body(server, out)
        await server.stop()
    }

    /// Nothing but whole downloads (named by their content) and no temporaries.
    static func expectWholeDownloads(_ out: URL) throws {
        for name in try HarvestHarness.downloads(out) {
            #expect(!AtomicFile.isTemporary(name), "left behind: \(name)")
            let file = HarvestLayout(root: out).downloads.appendingPathComponent(name)
            #expect(try HarvestHarness.sha256(file) + ".pdf" == name)
        }
    }

    @Test("a 500 then success: retried, downloaded, exit 0")
    func serverErrorRetried() async throws {
        let flaky = ModernGovServer.Behaviour.failing(times: 1, then: .pdf(Self.overview, etag: "\"s-1\""))
        try await Self.withServer("500", flaky) { server, out in
            let run = try await HarvestHarness.run(["--site", server.site, "--titles", "scorecard"], out: out)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(await server.state.attachmentRequests(Self.scorecard).map(\.status) == [500, 200])
            #expect(try HarvestHarness.document(out, id: Self.scorecard)?.status == .ok)
            #expect(try HarvestHarness.manifest(out).sources.count == 1)
        }
    }

    @Test("a timeout: tried again, then failed with its reason; the other paper is ingested, exit 2")
    func timeout() async throws {
        let slow = ModernGovServer.Behaviour.slow(seconds: 3, then: .pdf(Self.overview, etag: "\"s-1\""))
        try await Self.withServer("timeout", slow) { server, out in
            let run = try await HarvestHarness.run(
                ["--site", server.site, "--retries", "1", "--request-timeout", "0.5"] + Self.two, out: out)
            #expect(run.status == 2, "\(run.stderr)")
            #expect(await server.state.attachmentRequests(Self.scorecard).filter { $0.status == -1 }.count == 2)
            let failed = try #require(try HarvestHarness.document(out, id: Self.scorecard))
            #expect(failed.status == .failed && failed.reason == "timed out after 0.5 s")
            #expect(run.stderr.contains("ID=\(Self.scorecard) (Appendix A - KPI Scorecard): timed out after 0.5 s"))
            #expect(try HarvestHarness.document(out, id: 1001)?.status == .ok)
            let manifest = try HarvestHarness.manifest(out)
            #expect(manifest.sources.count == 1 && manifest.sources[0].status == .ok)
            try Self.expectWholeDownloads(out)
        }
    }

    /// Connections refused (the server gone) fail at once and are retried by the harvester's own
    /// backoff, not held open until the answer's minute-long timeout on every try.
    @Test("a site that refuses connections fails its row at once, not after the request timeout")
    func refusedConnection() async throws {
        let server = try await ModernGovServer(behaviours: ModernGovServer.defaultBehaviours)
        let site = server.site
        await server.stop()
        let out = try HarvestHarness.temporaryDirectory("refused")
        defer { try? FileManager.default.removeItem(at: out) }
        let started = Date()
        let run = try await HarvestHarness.run(
            ["--site", site, "--retries", "1", "--backoff", "0.1", "--request-timeout", "60"], out: out)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("site failed: GetCommittees: connection failed"), "\(run.stderr)")
        #expect(Date().timeIntervalSince(started) < 30, "two tries should not wait out the 60 s timeout")
    }

    @Test("a truncated download (connection closed before Content-Length) fails; nothing is kept")
    func truncated() async throws {
        try await Self.withServer("truncated", .truncated(Self.overview)) { server, out in
            let run = try await HarvestHarness.run(["--site", server.site, "--retries", "1"] + Self.two, out: out)
            #expect(run.status == 2, "\(run.stderr)")
            let failed = try #require(try HarvestHarness.document(out, id: Self.scorecard))
            #expect(failed.status == .failed)
            #expect(failed.reason?.hasPrefix("truncated download") == true, "\(failed.reason ?? "")")
            #expect(failed.sha256 == nil)
            #expect(try HarvestHarness.downloads(out).count == 1)
            try Self.expectWholeDownloads(out)
        }
    }

    @Test("an HTML page behind a PDF link is a failed entry 'not a PDF', never a record")
    func htmlPage() async throws {
        try await Self.withServer("html", .html) { server, out in
            let run = try await HarvestHarness.run(["--site", server.site] + Self.two, out: out)
            #expect(run.status == 2, "\(run.stderr)")
            let failed = try #require(try HarvestHarness.document(out, id: Self.scorecard))
            #expect(failed.status == .failed && failed.reason == "not a PDF: got text/html page")
            // Not a transient failure: asked once.
            #expect(await server.state.attachmentRequests(Self.scorecard).count == 1)
            let manifest = try HarvestHarness.manifest(out)
            #expect(manifest.sources.count == 1 && manifest.sources[0].status == .ok)
            try Self.expectWholeDownloads(out)
        }
    }

    @Test("a PDF that downloads whole but does not extract is a failed manifest entry; exit 2")
    func damagedPDF() async throws {
        let damaged = BuiltBinary.repoRoot.appendingPathComponent("samples/bad/truncated.pdf")
        try await Self.withServer("damaged", .pdf(damaged, etag: "\"d-1\"")) { server, out in
            let run = try await HarvestHarness.run(["--site", server.site, "--titles", "scorecard"], out: out)
            #expect(run.status == 2, "\(run.stderr)")
            #expect(try HarvestHarness.document(out, id: Self.scorecard)?.status == .ok)
            let entry = try #require(try HarvestHarness.manifest(out).sources.first)
            #expect(entry.status == .failed && entry.error?.contains("truncated") == true, "\(entry)")
        }
    }

    @Test("a redirect is followed to the PDF")
    func redirect() async throws {
        let redirect = ModernGovServer.Behaviour.redirect("/files/" + Self.overview.lastPathComponent)
        try await Self.withServer("redirect", redirect) { server, out in
            let run = try await HarvestHarness.run(["--site", server.site, "--titles", "scorecard"], out: out)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(await server.state.attachmentRequests(Self.scorecard).map(\.status) == [302])
            let document = try #require(try HarvestHarness.document(out, id: Self.scorecard))
            #expect(document.status == .ok)
            #expect(try document.sha256 == HarvestHarness.sha256(Self.overview))
            #expect(try HarvestHarness.manifest(out).sources.first?.status == .ok)
        }
    }

    @Test("--sites: a site with its service switched off (404) fails only its row; non-ModernGov rows are skipped")
    func siteSwitchedOff() async throws {
        try await Self.withServer("sites", .pdf(Self.overview, etag: "\"s-1\"")) { server, out in
            let template = try String(
                contentsOf: ModernGovServer.fixtures.appendingPathComponent("sites.csv"),
                encoding: .utf8)
            let sites = out.appendingPathComponent("sites.csv")
            try template.replacingOccurrences(of: "{server}", with: server.root).write(
                to: sites, atomically: true,
                encoding: .utf8)
            let run = try await HarvestHarness.run(["--sites", sites.path, "--titles", "scorecard"], out: out)
            #expect(run.status == 2, "\(run.stderr)")
            #expect(run.stderr.contains("site failed: GetCommittees: HTTP 404"), "\(run.stderr)")
            let requests = await server.state.requests.map(\.path)
            #expect(requests.contains { $0.hasPrefix("/offline/") })
            #expect(!requests.contains { $0.hasPrefix("/cmis/") })
            let document = try #require(try HarvestHarness.document(out, id: Self.scorecard))
            #expect(document.status == .ok && document.council == "Leeds City Council")
            #expect(try HarvestHarness.manifest(out).sources.first?.status == .ok)
        }
    }

    @Test("kill -9 while a download stalls, then a clean rerun: nothing half-written, nothing lost")
    func killMidDownload() async throws {
        try await Self.withServer("kill", .stalling(Self.overview, seconds: 30)) { server, out in
            let (process, log) = try HarvestHarness.start(["--site", server.site] + Self.two, out: out)
            let started = ContinuousClock.now
            while await server.state.attachmentRequests(Self.scorecard).isEmpty, process.isRunning,
                ContinuousClock.now - started < .seconds(20)
            {
                try await Task.sleep(for: .milliseconds(20))
            }
            try await Task.sleep(for: .milliseconds(300))  // the first half is on its way to disk
            #expect(process.isRunning)
            kill(process.processIdentifier, SIGKILL)
            let killed = await HarvestHarness.wait(process, log: log)
            #expect(killed.status == SIGKILL)
            // No half file under a final name; state.json whole (or not yet written).
            for name in try HarvestHarness.downloads(out) where !AtomicFile.isTemporary(name) {
                let file = HarvestLayout(root: out).downloads.appendingPathComponent(name)
                #expect(try HarvestHarness.sha256(file) + ".pdf" == name)
            }
            _ = try HarvestHarness.state(out)

            await server.state.set(Self.scorecard, .pdf(Self.overview, etag: "\"s-1\""))
            let rerun = try await HarvestHarness.run(["--site", server.site] + Self.two, out: out)
            #expect(rerun.status == 0, "\(rerun.stderr)")
            try Self.expectWholeDownloads(out)
            #expect(try HarvestHarness.downloads(out).count == 2)
            let state = try HarvestHarness.state(out)
            #expect(state.documents.count == 2 && state.documents.allSatisfy { $0.status == .ok })
            let manifest = try HarvestHarness.manifest(out)
            #expect(manifest.sources.count == 2 && manifest.sources.allSatisfy { $0.status == .ok })
            let journal = DatasetLayout(root: out).journal.path
            #expect(!FileManager.default.fileExists(atPath: journal))
        }
    }
}
