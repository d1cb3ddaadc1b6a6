import Foundation
import NIOCore
import TestSupport
import Testing

@testable import Harvest

/// The web service's answers as the harvest reads them, and the paper filter.
struct ModernGovXMLTests {
    /// The recorded answers of ../shared/data/moderngov-fixtures, read in place.
    static let recorded: URL = {
        let candidates = ["../shared", "../../shared"].map {
            BuiltBinary.repoRoot.appendingPathComponent($0).appendingPathComponent("data/moderngov-fixtures")
                .standardizedFileURL
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
    }()

    static func root(_ name: String) throws -> ServiceElement {
        try ModernGovXML.parse(Data(contentsOf: recorded.appendingPathComponent(name)))
    }

    @Test("GetCommittees: a count with a leading space, expired committees listed, flags read")
    func committees() throws {
        let root = try Self.root("manchester_GetCommittees_3-committees.xml")
        #expect(root.integer("committeescount") == 3)
        let committees = Committee.list(in: root)
        #expect(committees.map(\.id) == [312, 163, 144])
        #expect(committees[0].expired && !committees[0].deleted)
        #expect(committees[2].title == "Audit Committee")
    }

    @Test("GetMeetings: stubs grouped by committee, the cancelled one marked")
    func meetings() throws {
        let stubs = MeetingStub.list(in: try Self.root("manchester_GetMeetings_committee-144.xml"))
        #expect(
            stubs == [
                MeetingStub(id: 4966, date: "13/01/2026", cancelled: true),
                MeetingStub(id: 4967, date: "10/02/2026", cancelled: false)
            ])
    }

    @Test("GetMeeting: linked documents with their agenda item; whitespace-only elements are empty")
    func meeting() throws {
        let root = try Self.root("manchester_GetMeeting_4967_minutes-and-linked-documents.xml")
        #expect(root.value("meetingactualstarttime") == nil)
        let meeting = Meeting(root: root)
        #expect(!meeting.cancelled)
        #expect(meeting.documents.map(\.attachmentId) == [60860, 60909])
        // Published with a double space; read as one.
        #expect(meeting.documents[0].title == "6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025")
        #expect(meeting.documents[0].itemTitle == "Minutes")
        #expect(meeting.documents[1].url == "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60909")
    }

    @Test("a cancelled meeting: status read, whitespace-only agenda holds no documents")
    func cancelled() throws {
        let meeting = Meeting(root: try Self.root("manchester_GetMeeting_4966_cancelled-no-agenda.xml"))
        #expect(meeting.cancelled && meeting.documents.isEmpty)
    }

    @Test("entities escaped once and twice are decoded; an unknown one stays as written")
    func entities() throws {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <linkeddoc><title>Q2 Performance &amp;amp; Risk &amp;ndash; &amp;#163;1.2m
            &amp;nbsp;Update &amp;bogus; AT&amp;T
            </title><empty>
              </empty></linkeddoc>
            """
        let root = try ModernGovXML.parse(Data(xml.utf8))
        #expect(root.value("title") == "Q2 Performance & Risk – £1.2m Update &bogus; AT&T")
        #expect(root.value("empty") == nil)
    }

    @Test("an answer that is not XML (an error page) is a failure, not an empty list")
    func malformed() {
        #expect(throws: ModernGovXML.Failure.self) {
            try ModernGovXML.parse(Data("<html><body>Service Unavailable".utf8))
        }
    }

    @Test("dates: dd/mm/yyyy for the service, YYYY-MM-DD on the command line, in UTC")
    func dates() throws {
        let day = try #require(ServiceDate.parseISO("2026-02-10"))
        #expect(ServiceDate.format(day) == "10/02/2026")
        #expect(ServiceDate.parse("10/02/2026") == day)
        #expect(ServiceDate.parseISO("2026-02-30") == nil)
        #expect(ServiceDate.parseISO("10/02/2026") == nil)
    }
}

struct PaperFilterTests {
    @Test("the vocabulary keeps performance papers by their title or their agenda item's")
    func vocabulary() throws {
        let filter = try PaperFilter(.vocabulary)
        let kept = [
            ("Q2 Performance Report 2023/24", ""), ("Appendix A - KPI Scorecard", ""),
            ("Appendix 1", "Quarter 3 Performance Monitoring"), ("Quarterly budget and monitoring report", ""),
            ("Council Plan 2024-28 progress", ""), ("Corporate Plan & Risk Register Update", ""),
            ("Annex B", "Delivery Plan: progress to September"), ("Strategic risk register", ""),
            ("Key Performance Indicators", ""), ("Balanced score card Q1", "")
        ]
        for (title, item) in kept { #expect(filter.keeps(title: title, itemTitle: item), "\(title) / \(item)") }
        let dropped = [
            ("Minutes of the Performance Scrutiny Committee", "Minutes"), ("DRAFT WP FEBRUARY 2026", "Work Programme"),
            ("Treasury Management Strategy 2026/27", "Treasury Management"), ("Agenda frontsheet", "Performance"),
            ("Licensing policy", "Licensing")
        ]
        for (title, item) in dropped { #expect(!filter.keeps(title: title, itemTitle: item), "\(title) / \(item)") }
    }

    @Test("--titles replaces the vocabulary; --all keeps everything")
    func rules() throws {
        let titles = try PaperFilter(.titles("treasury"))
        #expect(titles.keeps(title: "Treasury Management Strategy", itemTitle: ""))
        #expect(!titles.keeps(title: "Q2 Performance Report", itemTitle: ""))
        #expect(try PaperFilter(.all).keeps(title: "Minutes", itemTitle: "Minutes"))
        #expect(throws: PaperFilter.Failure.self) { try PaperFilter(.titles("(unclosed")) }
    }

    @Test("every pattern of the vocabulary and of the exclusions compiles")
    func vocabularyCompiles() {
        for entry in PaperFilter.vocabulary + PaperFilter.notPapers.map({ (topic: $0.kind, pattern: $0.pattern) }) {
            #expect((try? NSRegularExpression(pattern: entry.pattern)) != nil, "\(entry.topic)")
        }
    }
}

struct SiteListTests {
    @Test("council-sites.csv: rows with moderngov=yes and a base URL, the council's official name")
    func sharedSiteList() throws {
        let path = ModernGovXMLTests.recorded.deletingLastPathComponent().appendingPathComponent("council-sites.csv")
        let sites = try SiteList.load(path.path)
        #expect(sites.count == 339)
        #expect(sites.allSatisfy { $0.base.hasPrefix("http") && $0.council != nil })
    }

    @Test("--urls: a link a line, an optional council after a comma, comments and blank lines skipped")
    func links() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("links-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try "# list\nhttps://a.example/x.pdf, Some Council\n\n https://b.example/y.pdf \n".write(
            to: file, atomically: true, encoding: .utf8)
        #expect(
            try LinkList.load(file.path) == [
                LinkList.Link(url: "https://a.example/x.pdf", council: "Some Council"),
                LinkList.Link(url: "https://b.example/y.pdf", council: nil)
            ])
    }
}

struct FetchFailureTests {
    @Test("what is tried again: timeouts, 5xx, dropped connections; not a 404 or an HTML page")
    func transient() {
        #expect(FetchFailure.status(503).isTransient && FetchFailure.timedOut(seconds: 60).isTransient)
        #expect(FetchFailure.truncated(got: 10, expected: 20).isTransient)
        #expect(!FetchFailure.status(404).isTransient && !FetchFailure.notPDF(contentType: "text/html").isTransient)
    }

    @Test("one-line reasons, the media type without its parameters")
    func reasons() {
        let html = FetchFailure.notPDF(contentType: "text/html; charset=utf-8")
        #expect(html.description == "not a PDF: got text/html page")
        #expect(FetchFailure.notPDF(contentType: "application/zip").description == "not a PDF: got application/zip")
        #expect(FetchFailure.notPDF(contentType: nil).description == "not a PDF: the body does not start with %PDF-")
        #expect(FetchFailure.truncated(got: 10, expected: 20).description == "truncated download (got 10 of 20 bytes)")
        #expect(FetchFailure.timedOut(seconds: 60).description == "timed out after 60 s")
        #expect(
            FetchFailure(IOError(errnoCode: ECONNREFUSED, reason: "connect"), timeout: 1).description
                == "connection failed (Connection refused)")
    }
}
