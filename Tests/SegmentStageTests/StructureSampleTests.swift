import Foundation
import Testing
import TextStage

@testable import SegmentStage

/// Structure of the project's sample committee papers (samples/*.pdf): Word-like pages with a
/// running header and a "… Page N of M" footer on every page.
@Suite struct StructureSampleTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples").path

    static func segmented(_ name: String) throws -> SegmentedDocument {
        Segmenter.segment(try TextExtractor.extract(path: samples + "/" + name))
    }

    @Test(arguments: [
        ("charnwood-2023-24-q3-performance-appendix.pdf", 19),
        ("harrow-2023-24-q2-strategic-performance-report.pdf", 4),
        ("nwleics-coalville-2019-20-q2-cabinet-performance-report.pdf", 9),
        ("executive-board-2023-24-q2-directorate-overview-report.pdf", 2)
    ])
    func everyPageHasItsRunningHeaderFooterAndPageNumber(file: String, pages: Int) throws {
        let doc = try Self.segmented(file)
        #expect(doc.metadata.pageCount == pages)
        for n in 1...pages {
            let onPage = doc.blocks.filter { $0.page == n }
            #expect(onPage.filter { $0.kind == .header }.count == 1, "page \(n)")
            #expect(onPage.filter { $0.kind == .footer }.count == 1, "page \(n)")
            #expect(onPage.filter { $0.kind == .pageNumber }.map(\.text) == ["Page \(n) of \(pages)"])
        }
        // All headers read the same; none of that text is left in the body.
        let headers = Set(doc.blocks.filter { $0.kind == .header }.map(\.text))
        #expect(headers.count == 1)
        #expect(
            !doc.blocks.contains { ![.header, .footer, .pageNumber].contains($0.kind) && headers.contains($0.text) })
    }

    @Test func numberedHeadingsOfTheExecutiveBoardReport() throws {
        let doc = try Self.segmented("executive-board-2023-24-q2-directorate-overview-report.pdf")
        let headings = doc.blocks.filter { $0.kind == .heading }
        #expect(headings.count == 10)
        #expect(headings.prefix(9).map(\.numbering) == ["1.0", "2.0", "3.0", "4.0", "5.0", "6.0", "7.0", "8.0", "9.0"])
        #expect(headings.prefix(9).allSatisfy { $0.level == 1 })
        #expect(headings.first.map { $0.text.filter { !$0.isWhitespace } } == "1.0PURPOSEOFREPORT")
        // The paragraph numbered 7.1 sits in section 7.0.
        let p71 = try #require(doc.blocks.first { $0.numbering == "7.1" })
        #expect(p71.kind == .paragraph && p71.section?.filter { !$0.isWhitespace } == "7.0RISKANALYSIS")
        // The bold recommendations "1)" and "2)" are list items of section 2.0.
        let recs = doc.blocks.filter { $0.kind == .listItem && ($0.numbering == "1)" || $0.numbering == "2)") }
        #expect(recs.count == 2)
        #expect(recs.allSatisfy { $0.section?.filter { !$0.isWhitespace } == "2.0RECOMMENDED:" })
    }
}
