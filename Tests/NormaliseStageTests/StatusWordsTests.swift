import NormaliseStage
import PropertyBased
import Record
import Testing

let actionStatusCases: [(String, ActionStatus)] = [
    ("Completed", .completed), ("Complete", .completed), ("Achieved", .completed), ("Closed", .completed),
    ("Completed ", .completed), ("COMPLETED", .completed), ("Completed – December 2023", .completed),
    ("Completed in December 2023", .completed),
    ("Overdue", .overdue), ("Behind schedule", .overdue), ("Delayed", .overdue), ("Off track", .inProgress),
    ("Slippage", .inProgress), ("Significant slippage", .inProgress), ("Regular Review", .inProgress),
    ("In Progress", .inProgress), ("In progress", .inProgress), ("On track", .inProgress), ("Ongoing", .inProgress),
    ("On-going", .inProgress), ("In progress but delayed", .inProgress),
    ("Not started", .notStarted), ("Not Yet Started", .notStarted), ("Not due", .notStarted),
    ("On hold", .onHold), ("On Hold", .onHold), ("Deferred", .onHold), ("Paused", .onHold),
    ("Cancelled", .cancelled), ("Canceled", .cancelled), ("Withdrawn", .cancelled), ("No longer required", .cancelled),
    ("Not complete", .unknown), ("Complete replacement of the Street Management Fleet Vehicles", .unknown),
    ("Q1", .unknown), ("", .unknown), ("Green", .unknown)
]

@Test func actionStatuses() {
    for (text, status) in actionStatusCases {
        #expect(ActionStatusWords.status(text) == status, "\(text)")
    }
}

let ragCases: [(String, RAG?)] = [
    ("Red", .red), ("R", .red), ("RED", .red), (" Green ", .green), ("G", .green), ("Amber", .amber), ("A", .amber),
    ("on target", .green), ("On Target", .green), ("on target or within tolerance", .green),
    ("within tolerance", .amber),
    ("below target", .red), ("behind target", .red), ("off target", .red), ("Outside tolerance", .red),
    ("RAG Status: Green", .green), ("Blue", nil), ("Completed", nil), ("Grey", nil), ("N/A", nil), ("Amber/Red", nil),
    ("Redevelopment", nil), ("", nil)
]

@Test func ragWords() {
    for (text, rag) in ragCases {
        #expect(RAGWords.rag(text) == rag, "\(text)")
    }
}

@Test func directionWordsAndArrows() {
    let cases: [(String, Direction?)] = [
        ("↑", .improving), ("↓", .worsening), ("→", .noChange), ("▲", .improving), ("▼", .worsening),
        ("Improving", .improving), ("Improved", .improving), ("Worsening", .worsening), ("Declining", .worsening),
        ("No change", .noChange), ("Static", .noChange), ("Same", .noChange), ("↔", .noChange),
        ("↑↓", nil), ("Green", nil), ("", nil)
    ]
    for (text, direction) in cases {
        #expect(DirectionWords.direction(text) == direction, "\(text)")
    }
    #expect(DirectionWords.direction("↑", arrows: .value, polarity: .lowerIsBetter) == .worsening)
    #expect(DirectionWords.direction("↓", arrows: .value, polarity: .lowerIsBetter) == .improving)
    #expect(DirectionWords.direction("↑", arrows: .value, polarity: .higherIsBetter) == .improving)
    #expect(DirectionWords.direction("↑", arrows: .value, polarity: .unknown) == nil)
    #expect(DirectionWords.direction("Improving", arrows: .value, polarity: .unknown) == .improving)
}

@Test func polarityWords() {
    let cases: [(String, Polarity)] = [
        ("lower is better", .lowerIsBetter), ("Higher is better", .higherIsBetter),
        ("Smaller is better", .lowerIsBetter),
        ("Aim to minimise", .lowerIsBetter), ("Aim to maximise", .higherIsBetter), ("↓ is good", .lowerIsBetter),
        ("(Lower is better)", .lowerIsBetter), ("Low", .lowerIsBetter), ("High", .higherIsBetter),
        ("↑", .higherIsBetter),
        ("Polarity: Lower is better", .lowerIsBetter), ("Number of visits", .unknown), ("", .unknown)
    ]
    for (text, polarity) in cases {
        #expect(PolarityWords.polarity(text) == polarity, "\(text)")
    }
}

@Test func riskScores() {
    let cases: [(String, Score?)] = [
        ("Unlikely (2)", Score(text: "Unlikely", score: 2)), ("4 - Likely", Score(text: "Likely", score: 4)),
        ("Major (4)", Score(text: "Major", score: 4)), ("High", Score(text: "High", score: nil)),
        ("3", Score(text: "3", score: 3)), ("Likely 4", Score(text: "Likely", score: 4)),
        ("16 (Red)", Score(text: "Red", score: 16)), ("N/A", nil), ("", nil),
        // Likelihood × impact written out: the score is the product.
        ("4 x 3 = 12", Score(text: "4 x 3 = 12", score: 12)), ("2x4=8", Score(text: "2x4=8", score: 8)),
        ("5 × 4", Score(text: "5 × 4", score: 20))
    ]
    for (text, score) in cases {
        #expect(ScoreParser.parse(text) == score, "\(text)")
    }
}

let knownStatusWords = Gen<String?>.element(of: [
    "completed", "overdue", "in progress", "not started", "on hold",
    "cancelled", "red", "amber", "green", "on target", "below target"
]).map { $0! }

@Test func caseAndSpacingDoNotChangeTheReading() async {
    await propertyCheck(input: knownStatusWords, Gen.bool.array(of: 12), Gen.int(in: 0...3)) { word, upper, pad in
        let cased = String(word.enumerated().map { i, ch in upper[i % 12] ? Character(ch.uppercased()) : ch })
        let spaced =
            String(repeating: " ", count: pad) + cased.replacingOccurrences(of: " ", with: "\u{00A0}")
            + String(repeating: " ", count: pad)
        #expect(ActionStatusWords.status(spaced) == ActionStatusWords.status(word))
        #expect(RAGWords.rag(spaced) == RAGWords.rag(word))
    }
}
