import NormaliseStage
import Record
import Testing

/// The report's period: a text naming another financial year than the title's is about
/// something else.
struct ReportPeriodStageTests {
    @Test func aTextAboutAnotherYearDoesNotSetThePeriod() {
        let texts = [
            ParsedText(text: "Treasury Management Update 2024-25", page: 1, origin: "title"),
            ParsedText(
                text: "2.7 … the biggest drop since November 2020. The number of workforce jobs fell by 28,000 in Q2.",
                page: 3, origin: "paragraph"),
            ParsedText(text: "This report covers activity to the end of Quarter 2.", page: 4, origin: "paragraph")
        ]
        let parsed = ParsedReport(fileName: "x.pdf", pageCount: 9, title: texts[0].text, periodTexts: texts)
        let source = Source(
            fileName: "x.pdf", sha256: String(repeating: "ab", count: 32), byteCount: 1000, pageCount: 9)
        let r = Normaliser.normalise(parsed, context: .init(source: source))
        #expect(r.period?.financialYear == "2024-25")
        // Without a title year the first text with a year and a quarter still sets it.
        let untitled = ParsedReport(fileName: "x.pdf", pageCount: 9, title: "", periodTexts: Array(texts.dropFirst()))
        #expect(Normaliser.normalise(untitled, context: .init(source: source)).period?.financialYear == "2020-21")
    }
}
