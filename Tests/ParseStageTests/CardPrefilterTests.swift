import NormaliseStage
import Testing

@testable import ParseStage

/// The byte tests in front of the card parsers' expressions turn away only text the expression
/// would not match: each answer equals the expression's own, over cells as papers write them.
struct CardPrefilterTests {
    static let cells = [
        "Target 95%", "target: 20 days", "TARGET:12", "  Target 5", "\u{A0}Target 7", "Targets 3", "Targ 3", "targe",
        "Aug-24: 88%", "Q1 2024/25: 71", "No colon here", "Latest: 97%", "Current : 12", "actual:3", "Previous: 4",
        "97%", "-3", "(12)", "£1.4m", "$5", "€7", "– 4", " 12", "\u{A0}12", "١٢", "Amber", "n/a", "", " ", "\t\n",
        "Ｔarget 9", "ẗarget 9", "ｔａｒｇｅｔ 1", "A12", "x 1", "%", ":"
    ]

    @Test func figuresAsTheExpressionReadsThem() {
        for c in Self.cells {
            #expect(TileCardParser.isFigure(c) == (c.collapsed.firstMatch(#"^[-–(£$€]?\s?\d"#) != nil), "\(c)")
        }
    }

    @Test func targetsAndEarlierFiguresAsTheExpressionsReadThem() {
        for c in Self.cells {
            let target = c.collapsed.firstMatch(#"^(?i:target)\s*:?\s*(\S.*)$"#)
            let expected = target.flatMap { TileCardParser.isFigure($0[1]) ? $0[1] : nil }
            #expect(TileCardParser.targetText(c) == expected, "\(c)")
            let earlier = c.collapsed.firstMatch(#"^([^:]{2,24}):\s*(\S.*)$"#)
            let reads = earlier.map { PeriodParser.namesPeriod($0[1]) && TileCardParser.isFigure($0[2]) } == true
            #expect((TileCardParser.earlier(c) != nil) == reads, "\(c)")
        }
    }
}
