import Testing
import TextStage

@testable import SegmentStage

/// The structure of real Kent County Council committee papers (../shared/corpus/council-real).
@Suite(.enabled(if: SharedCorpus.root != nil, "needs ../shared/corpus"))
struct StructureRealTests {
    static func segmented(_ name: String) throws -> SegmentedDocument {
        let path = try #require(SharedCorpus.councilReal(name))
        return Segmenter.segment(try TextExtractor.extract(path: path))
    }

    @Test func runningHeaderAndPageNumbersOfTheQuarterlyReport() throws {
        let doc = try Self.segmented("kent-cc-2024-25-q3-quarterly-performance-report-appendix.pdf")
        let pageCount = doc.metadata.pageCount
        #expect(pageCount == 71)
        // "Appendix 1" heads every page but the cover; each of those pages ends in its number.
        let headerPages = Set(doc.blocks.filter { $0.kind == .header && $0.text == "Appendix 1" }.map(\.page))
        #expect(headerPages == Set(2...pageCount))
        let numbered = doc.blocks.filter { $0.kind == .pageNumber }
        #expect(Set(numbered.map(\.page)) == Set(2...pageCount))
        #expect(numbered.first { $0.page == 4 }?.text == "3")
        #expect(!doc.blocks.contains { $0.kind != .header && $0.text == "Appendix 1" })
        // Running text belongs to no section and comes first / last on its page.
        #expect(
            doc.blocks.filter { [.header, .footer, .pageNumber].contains($0.kind) }.allSatisfy { $0.section == nil })
        let page3 = doc.blocks.filter { $0.page == 3 }
        #expect(page3.first?.kind == .header && page3.last?.kind == .pageNumber)
        #expect(page3.contains { $0.kind == .heading && $0.text == "Executive Summary" })
        // The footnote marker after "38" stays on its line, marked as a superscript.
        #expect(
            page3.contains { $0.text.hasPrefix("In Quarter 3, 2024/25, 17 of the 38¹ indicators are rated as Green") })
    }

    @Test func numberedHeadingsAndSectionsOfTheCoverReport() throws {
        let doc = try Self.segmented("kent-cc-2024-25-q3-qpr-cabinet-cover-report.pdf")
        let headings = doc.blocks.filter { $0.kind == .heading }
        // Spacing after a tab stop depends on how the text layer splits words: compare without it.
        #expect(
            headings.map { squeezed($0.text) } == [
                "1.Introduction", "2.Quarter3PerformanceReport", "3.Recommendation(s)", "4.Contactdetails"
            ])
        #expect(headings.map(\.numbering) == ["1.", "2.", "3.", "4."])
        #expect(headings.allSatisfy { $0.level == 1 })
        let p12 = try #require(doc.blocks.first { squeezed($0.text).hasPrefix("1.2.TheQuarter3QPRincludes38") })
        #expect(p12.kind == .paragraph && p12.numbering == "1.2" && p12.section == "1. Introduction")
        // Label and value on one line although a tab stop lies between them.
        #expect(doc.blocks.first.map { squeezed($0.text) } == "From:RogerGough–LeaderoftheCouncil")
        // The three RAG bullets are three list items in section 2.
        let bullets = doc.blocks.filter { $0.kind == .listItem && $0.page == 1 }
        #expect(bullets.count == 3)
        #expect(bullets.allSatisfy { $0.numbering == "•" && $0.section == "2. Quarter 3 Performance Report" })
    }

    @Test func twoLevelNumberedHeadingOfTheTreasuryReport() throws {
        let doc = try Self.segmented("kent-cc-2024-25-treasury-management-mid-year-report.pdf")
        let h = try #require(doc.blocks.first { $0.kind == .heading && squeezed($0.text) == "11.6LiabilityBenchmark" })
        #expect(h.numbering == "11.6" && h.level == 2)
        let top = doc.blocks.filter { $0.kind == .heading && $0.level == 1 && $0.numbering != nil }.map(\.numbering)
        #expect(top == (1...12).map { "\($0)." })
    }

    func squeezed(_ s: String) -> String { s.filter { !$0.isWhitespace } }

    @Test func runningFooterOfTheTreasuryAppendix() throws {
        let doc = try Self.segmented("kent-cc-2024-25-treasury-investments-half-year-appendix.pdf")
        let footers = doc.blocks.filter { $0.kind == .footer }
        #expect(footers.map(\.page) == [1, 2, 3])
        #expect(footers.allSatisfy { $0.text == "TM half-year report 2024-25 to County Council" })
        #expect(doc.blocks.filter { $0.kind == .pageNumber }.map(\.page) == [1, 2, 3])
    }
}
