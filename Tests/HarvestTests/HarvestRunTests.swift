import Dataset
import Foundation
import Harvest
import TestSupport
import Testing

/// `councilkpi harvest` against a ModernGov-like server on 127.0.0.1: what it finds, downloads
/// and ingests, and what a rerun and a changed paper do.
@Suite(.serialized)
struct HarvestRunTests {
    static let council = "Leeds City Council"

    @Test("finds exactly the performance papers, skips the cancelled meeting, ingests with the site's council")
    func newPapers() async throws {
        let server = try await ModernGovServer()
        defer { Task { await server.stop() } }
        let out = try HarvestHarness.temporaryDirectory("new")
        defer { try? FileManager.default.removeItem(at: out) }

        let run = try await HarvestHarness.run(["--site", server.site, "--council", Self.council], out: out)
        #expect(run.status == 0, "\(run.stderr)")

        // 1001/1002/1004/1101 are performance papers; 1000 minutes, 1003 treasury, 1100 work programme are not;
        // 1010 and 1020 belong to cancelled meetings (101 in the list, 102 in its own answer), 1110 to a
        // meeting outside the window.
        #expect(await server.state.downloaded() == [1001, 1002, 1004, 1101])
        for id in [1000, 1003, 1010, 1020, 1100, 1110] { #expect(await server.state.attachmentRequests(id).isEmpty) }
        let meetings = await server.state.calls("GetMeeting").compactMap { $0.query["lMeetingId"] }
        #expect(Set(meetings) == ["100", "102", "110"])
        // Committee 12 is deleted: its meetings are never asked for.
        let committees = await server.state.calls("GetMeetings").compactMap { $0.query["lCommitteeId"] }
        #expect(committees.sorted() == ["10", "11"])
        let asked = await server.state.calls("GetMeetings").first
        #expect(asked?.query["sFromDate"] == "01/01/2026")
        #expect(asked?.query["sToDate"] == "31/03/2026")
        let agent = await server.state.attachmentRequests(1002).first?.headers["user-agent"] ?? ""
        #expect(agent.hasPrefix("councilkpi/") && agent.contains("(+tests@example.org)"), "\(agent)")

        let state = try HarvestHarness.state(out)
        #expect(state.documents.count == 4)
        #expect(state.documents.allSatisfy { $0.status == .ok && $0.council == Self.council && $0.sha256 != nil })
        // Escaped twice in the answer (&amp;amp;), decoded once more after the XML parse.
        #expect(try HarvestHarness.document(out, id: 1004)?.title == "Corporate Plan & Risk Register Update")
        #expect(try HarvestHarness.document(out, id: 1001)?.title == "Q2 Performance Report 2023/24")

        let downloads = try HarvestHarness.downloads(out)
        #expect(downloads.count == 4)
        for name in downloads {
            let file = HarvestLayout(root: out).downloads.appendingPathComponent(name)
            #expect(try HarvestHarness.sha256(file) + ".pdf" == name)
        }
        let manifest = try HarvestHarness.manifest(out)
        #expect(manifest.sources.count == 4)
        #expect(manifest.sources.allSatisfy { $0.status == .ok && $0.councilHint == Self.council })

        // The directorate overview names no council in its text: the site list's council is the record's.
        let overview = try #require(try HarvestHarness.document(out, id: 1002)?.sha256)
        #expect(try HarvestHarness.record(out, sha256: overview).council?.name == Self.council)
    }

    @Test("a rerun downloads nothing: conditional GETs answered 304, the dataset byte-identical")
    func rerun() async throws {
        let server = try await ModernGovServer()
        defer { Task { await server.stop() } }
        let out = try HarvestHarness.temporaryDirectory("rerun")
        defer { try? FileManager.default.removeItem(at: out) }
        let arguments = ["--site", server.site, "--titles", "scorecard"]

        #expect(try await HarvestHarness.run(arguments, out: out).status == 0)
        let manifest = try Data(contentsOf: DatasetLayout(root: out).manifest)
        let second = try await HarvestHarness.run(arguments + ["--quiet"], out: out)
        #expect(second.status == 0)
        #expect(second.stderr.isEmpty, "--quiet: \(second.stderr)")

        let requests = await server.state.attachmentRequests(1002)
        #expect(requests.map(\.status) == [200, 304])
        #expect(requests.last?.headers["if-none-match"] == "\"s-1\"")
        #expect(requests.last?.headers["if-modified-since"] == "Tue, 03 Feb 2026 10:00:00 GMT")
        #expect(try Data(contentsOf: DatasetLayout(root: out).manifest) == manifest)
        #expect(try HarvestHarness.downloads(out).count == 1)
    }

    @Test("a changed paper (new ETag, new bytes) is downloaded again and gives a new version")
    func changedPaper() async throws {
        let server = try await ModernGovServer()
        defer { Task { await server.stop() } }
        let out = try HarvestHarness.temporaryDirectory("changed")
        defer { try? FileManager.default.removeItem(at: out) }
        let arguments = ["--site", server.site, "--council", Self.council, "--titles", "scorecard"]

        #expect(try await HarvestHarness.run(arguments, out: out).status == 0)
        let before = try #require(try HarvestHarness.document(out, id: 1002))
        await server.state.set(
            1002,
            .pdf(
                ModernGovServer.sample("charnwood-2023-24-q2-cover-report.pdf"),
                etag: "\"s-2\""))
        let run = try await HarvestHarness.run(arguments, out: out)
        #expect(run.status == 0, "\(run.stderr)")

        let after = try #require(try HarvestHarness.document(out, id: 1002))
        #expect(after.sha256 != before.sha256)
        #expect(after.etag == "\"s-2\"")
        #expect(after.firstSeen == before.firstSeen)
        #expect(try HarvestHarness.downloads(out).count == 2)
        let manifest = try HarvestHarness.manifest(out)
        #expect(manifest.sources.count == 2 && manifest.sources.allSatisfy { $0.status == .ok })
        let reports = try FileManager.default.contentsOfDirectory(atPath: DatasetLayout(root: out).reports.path)
        #expect(reports.filter { $0.hasSuffix(".json") }.count == 2)
        #expect(try HarvestHarness.record(out, sha256: try #require(after.sha256)).council != nil)
    }

    @Test("--committees: only the committees whose title matches are walked")
    func committeeFilter() async throws {
        let server = try await ModernGovServer()
        defer { Task { await server.stop() } }
        let out = try HarvestHarness.temporaryDirectory("committees")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try await HarvestHarness.run(["--site", server.site, "--committees", "^audit"], out: out)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(await server.state.calls("GetMeetings").compactMap { $0.query["lCommitteeId"] } == ["11"])
        #expect(await server.state.downloaded() == [1101])
    }

    @Test("polite: one request at a time to a host, --delay apart")
    func politeness() async throws {
        let server = try await ModernGovServer()
        defer { Task { await server.stop() } }
        let out = try HarvestHarness.temporaryDirectory("polite")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try await HarvestHarness.run(
            ["--site", server.site, "--committees", "^audit", "--delay", "0.2"],
            out: out)
        #expect(run.status == 0, "\(run.stderr)")
        let times = await server.state.requests.map(\.answered)
        #expect(times.count == 4)  // GetCommittees, GetMeetings, GetMeeting, the paper
        for (earlier, later) in zip(times, times.dropFirst()) { #expect(later - earlier >= .milliseconds(200)) }
    }

    @Test("--urls: direct PDF links with their council, for councils not on ModernGov")
    func directLinks() async throws {
        let server = try await ModernGovServer()
        defer { Task { await server.stop() } }
        let out = try HarvestHarness.temporaryDirectory("urls")
        defer { try? FileManager.default.removeItem(at: out) }
        let list = out.appendingPathComponent("links.txt")
        let link = server.site + "/files/executive-board-2023-24-q2-directorate-overview-report.pdf"
        try "# papers of a council without ModernGov\n\n\(link), \(Self.council)\n".write(
            to: list, atomically: true,
            encoding: .utf8)
        let run = try await HarvestHarness.run(["--urls", list.path], out: out)
        #expect(run.status == 0, "\(run.stderr)")
        let document = try #require(try HarvestHarness.state(out).documents.first)
        #expect(document.url == link && document.council == Self.council)
        #expect(try HarvestHarness.record(out, sha256: try #require(document.sha256)).council?.name == Self.council)
    }

    @Test("a second run while one holds the dataset's lock exits 75 and touches nothing")
    func lockHeld() async throws {
        let server = try await ModernGovServer()
        defer { Task { await server.stop() } }
        let out = try HarvestHarness.temporaryDirectory("lock")
        defer { try? FileManager.default.removeItem(at: out) }
        let lock = try DatasetLock(path: DatasetLayout(root: out).lock.path)
        defer { lock.release() }
        let run = try await HarvestHarness.run(["--site", server.site], out: out)
        #expect(run.status == 75)
        #expect(run.stderr.contains("another ingest is running"))
        #expect(await server.state.requests.isEmpty)
    }
}
