import Testing

@testable import NormaliseStage

/// Prose with its non-counts blanked out reads the same by bytes as by Characters, on the
/// numbers a summary writes (percentages, money, years, decimals, "Quarter 3") in many orders.
struct NonCountTextTests {
    static let pieces = [
        "14", "2024", "2023", "1999", "19,5", "20", "3", "58", "1.4", "4.1", "12,000", " ", "  ", "(", ")", "%",
        " per cent", " percent", " PER CENT", "Percentage", "$", "/", "-", "25", "m", "Quarter ", "quarter: ",
        "Q", "KPIs", "of", "are", "green", "red", ".", ",", "out of ", "Year ", "page ", "Appendix ", "a"
    ]

    /// A fixed sequence of texts from `pieces` (a linear congruential generator: the same every run).
    static func texts(_ count: Int) -> [String] {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<(1 + next(12))).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    @Test func bytesAndCharactersBlankTheSameNumbers() {
        for s in Self.texts(4000) {
            let cleaned = TextCleanup.clean(s)
            let bytes = SummaryProse.withoutNonCountsASCII(cleaned)
            #expect(bytes == SummaryProse.withoutNonCountsCharacters(cleaned), "\(s)")
        }
    }

    @Test func otherTextTakesTheCharacterPath() {
        #expect(SummaryProse.withoutNonCountsASCII("£1.4m and 12 KPIs¹") == nil)
        #expect(SummaryProse.withoutNonCounts("£1.4m and 12 KPIs¹") == "£ m and 12 KPIs")
        #expect(SummaryProse.withoutNonCounts("14 (58%) of 24 in 2024/25") == "14 ( ) of 24 in  / ")
    }
}
