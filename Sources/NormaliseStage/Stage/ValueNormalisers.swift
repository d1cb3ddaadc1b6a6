import Foundation
import Record

/// The value normalisers the stage function uses, behind one small interface: each answer
/// comes from the shared normalisers (Numbers/, Periods/, Statuses/, Councils/).
enum Values {
    struct PeriodParts {
        var financialYear: String?
        var quarter: Int?
    }

    /// A value as written; `label` (the indicator's name) hints at the unit when the cell has none.
    static func quantity(_ text: String, label: String? = nil) -> Quantity {
        QuantityParser.parse(text, unitHint: label.flatMap(UnitInference.unit(fromLabel:)))
    }

    /// True for a text that says "no value" ("N/A", "-", "TBC", "Annual"), as opposed to one not understood.
    static func isBlankValue(_ text: String) -> Bool {
        MissingValue.isMissing(text) || annualMarkers.contains(TextCleanup.key(text))
    }

    /// Cells that say the measure is reported once a year: no value this period, not a value not understood.
    static let annualMarkers: Set<String> = [
        "annual", "annually", "measured annually", "annual measure", "annual indicator",
        "reported annually", "yearly"
    ]

    /// The financial year and quarter a title, heading or sentence states.
    static func reportPeriod(_ text: String) -> PeriodParts {
        if let p = PeriodParser.reportPeriod(in: text) {
            return PeriodParts(financialYear: p.financialYear, quarter: p.quarter)
        }
        return PeriodParts(financialYear: nil, quarter: nil)
    }

    /// A quarter stated without its year ("(QUARTER 2)"), in a year known from elsewhere.
    static func quarter(in text: String, financialYear: String) -> Int? {
        guard let fy = FinancialYear.parse(financialYear) else { return nil }
        return PeriodParser.reportPeriod(in: text, context: fy)?.quarter
    }

    static func reportPeriod(financialYear: String, quarter: Int?) -> ReportPeriod? {
        FinancialYear.parse(financialYear)?.reportPeriod(quarter: quarter)
    }

    /// A column header or a start/end cell as a period: "Q1 2023/24", "Q3", "Apr-23", "31/03/2024".
    static func period(header: String, reportYear: String?) -> Period? {
        let fy = reportYear.flatMap(FinancialYear.parse)
        // A full date ("31/03/2023", "31 March 2023") is its month, even on a quarter's last day.
        if header.firstMatch(
            #"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{1,2}(st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}"#, options: [])
            != nil,
            let d = DateParser.parse(header, context: fy?.start)
        {
            return Period(financialYear: FinancialYear(containing: d).label, month: d.yearMonth)
        }
        if let h = PeriodParser.header(header, context: fy) { return h.period }
        if let m = PeriodParser.month(header) { return m }
        if let d = DateParser.parse(header, context: fy?.start) {
            return Period(financialYear: FinancialYear(containing: d).label, month: d.yearMonth)
        }
        return nil
    }

    static func date(_ text: String, yearHint: Int?) -> String? {
        DateParser.iso(text, context: yearHint.flatMap { CalendarDate(year: $0, month: 1, day: 1) })
    }

    static func status(_ text: String) -> ActionStatus { ActionStatusWords.status(text) }
    static func rag(word: String) -> RAG? { RAGWords.rag(word) }
    static func rag(colour hex: String) -> RAG? { ColourRAG.rag(hex: hex) }

    /// A blue (hue 190–250°): "completed" on RAG icons, "no change" on travel arrows.
    static func isBlue(_ hex: String) -> Bool {
        guard let (r, g, b) = ColourRAG.channels(hex: hex).map({ (Int($0.0), Int($0.1), Int($0.2)) }) else {
            return false
        }
        return b > NormaliseTuning.blueMinimum && b > r + NormaliseTuning.blueOverRed && b >= g
    }

    static func direction(_ text: String, polarity: Polarity) -> Direction? {
        DirectionWords.direction(text, polarity: polarity)
    }

    static func polarity(_ text: String) -> Polarity { PolarityWords.polarity(text) }
    static func score(_ text: String) -> Score { ScoreParser.parse(text) ?? Score(text: text, score: nil) }

    /// The count a summary label stands for; nil for a total ("Number of Actions").
    static func countKey(_ label: String) -> WritableKeyPath<SummaryCounts, Int?>? {
        switch SummaryLabels.key(label) {
        case .total: nil
        case .red: \.red
        case .amber: \.amber
        case .green: \.green
        case .completed: \.completed
        case .notStarted: \.notStarted
        case .annual: \.annual
        case .improving: \.improving
        case .noChange: \.noChange
        case .worsening: \.worsening
        case .other, nil: \.other
        }
    }

    /// A council from the list of UK authorities, by name or gov.uk domain; nil when not listed.
    static func listedCouncil(name: String) -> Council? { CouncilDirectory.match(name: name)?.council }
    static func listedCouncil(domain: String) -> Council? { CouncilDirectory.match(domainIn: domain)?.council }
    /// A council name as written (not in the list): kept, with its slug.
    static func council(asWritten name: String) -> Council? { CouncilDirectory.council(named: name) }
}
