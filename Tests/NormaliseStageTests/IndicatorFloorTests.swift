import NormaliseStage
import Record
import Testing

/// A floor standard (the least acceptable value) lies on the worse side of the target, so it
/// tells which way is better; with it a derived RAG has an amber band between floor and target.
struct IndicatorFloorTests {
    static func indicators(
        _ cards: [(name: String, value: String, target: String, floor: String)], polarity: String? = nil
    ) -> [Indicator] {
        let parsed = ParsedReport(
            fileName: "x.pdf", pageCount: 3, title: "Quarterly Performance Report Quarter 3 2024/25",
            periodTexts: [ParsedText(text: "Quarterly Performance Report Quarter 3 2024/25", page: 1, origin: "title")],
            indicators: cards.map {
                ParsedIndicator(
                    name: $0.name, polarityText: polarity,
                    observations: [
                        ParsedObservation(periodText: nil, value: $0.value, target: $0.target, floor: $0.floor)
                    ], page: 2)
            })
        let source = Source(
            fileName: "x.pdf", sha256: String(repeating: "ab", count: 32), byteCount: 1000, pageCount: 3)
        return Normaliser.normalise(parsed, context: .init(source: source)).indicators
    }

    @Test func theFloorSaysWhichWayIsBetterAndBandsTheRAG() {
        let i = Self.indicators([
            ("Calls answered", "94%", "90%", "85%"),  // above target
            ("Complaints answered in time", "82%", "85%", "80%"),  // between floor and target
            ("Reviews waiting over 12 months", "35%", "50%", "60%"),  // lower is better, met
            ("Pupils permanently excluded", "0.04%", "0.02%", "0.04%"),  // lower is better, at the floor
            ("Requests completed in 20 days", "84%", "92%", "90%")  // below the floor
        ])
        #expect(
            i.map(\.polarity) == [.higherIsBetter, .higherIsBetter, .lowerIsBetter, .lowerIsBetter, .higherIsBetter])
        #expect(i.map(\.rag) == [.green, .amber, .green, .amber, .red])
        #expect(i.allSatisfy { $0.ragSource == .derived })
    }

    @Test func aStatedPolarityWinsAndNoFloorInfersNothing() {
        let stated = Self.indicators([("Odd measure", "5", "10", "20")], polarity: "Higher is better")
        #expect(stated[0].polarity == .higherIsBetter && stated[0].rag == .red)
        let bare = Self.indicators([("Visits", "5", "10", "")])
        #expect(bare[0].polarity == .unknown && bare[0].rag == nil)
        let level = Self.indicators([("Level", "5", "10", "10")])
        #expect(level[0].polarity == .unknown)
    }
}
