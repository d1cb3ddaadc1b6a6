import Record

/// The value normalisers the stage function uses, behind one small interface so the stage does
/// not care whose implementation answers (the temporary one here until the shared normalisers land).
enum Values {
    struct PeriodParts {
        var financialYear: String?
        var quarter: Int?
    }

    static func quantity(_ text: String) -> Quantity { TemporaryValues.quantity(text) }
    /// True for a text that says "no value" ("N/A", "-", "TBC"), as opposed to one not understood.
    static func isBlankValue(_ text: String) -> Bool {
        TemporaryValues.isBlankValue(text) || annualMarkers.contains(text.lowercased().split(separator: " ").joined(separator: " "))
    }

    /// Cells that say the measure is reported once a year: no value this period, not a value not understood.
    static let annualMarkers: Set<String> = ["annual", "annually", "measured annually", "annual measure", "annual indicator",
                                             "reported annually", "yearly"]
    /// The financial year and quarter a title, heading or sentence states.
    static func reportPeriod(_ text: String) -> PeriodParts {
        let p = TemporaryValues.periodParts(text)
        return PeriodParts(financialYear: p.financialYear, quarter: p.quarter)
    }
    /// A quarter stated without its year ("(QUARTER 2)"), in a year known from elsewhere.
    static func quarter(in text: String, financialYear: String) -> Int? { TemporaryValues.quarter(in: text) }
    static func reportPeriod(financialYear: String, quarter: Int?) -> ReportPeriod? {
        TemporaryValues.quarterDates(financialYear: financialYear, quarter: quarter).map {
            ReportPeriod(financialYear: financialYear, quarter: quarter, start: $0.0, end: $0.1)
        }
    }
    static func period(header: String, reportYear: String?) -> Period? {
        TemporaryValues.period(header: header, reportYear: reportYear)
    }
    static func date(_ text: String, yearHint: Int?) -> String? { TemporaryValues.date(text, yearHint: yearHint) }
    static func status(_ text: String) -> ActionStatus { TemporaryValues.status(text) }
    static func rag(word: String) -> RAG? { TemporaryValues.rag(word: word) }
    static func rag(colour hex: String) -> RAG? { TemporaryValues.rag(colour: hex) }
    /// A blue (hue 190–250°): "completed" on RAG icons, "no change" on travel arrows.
    static func isBlue(_ hex: String) -> Bool { TemporaryValues.isBlue(hex) }
    static func direction(_ text: String, polarity: Polarity) -> Direction? {
        TemporaryValues.direction(text, polarity: polarity)
    }
    static func polarity(_ text: String) -> Polarity { TemporaryValues.polarity(text) }
    static func score(_ text: String) -> Score { TemporaryValues.score(text) }
    /// The count a summary label stands for; nil for a total ("Number of Actions").
    static func countKey(_ label: String) -> WritableKeyPath<SummaryCounts, Int?>? { TemporaryValues.countKey(label) }
    /// A council from the list of UK authorities, by name or gov.uk domain; nil when not listed.
    static func listedCouncil(name: String) -> Council? { nil }
    static func listedCouncil(domain: String) -> Council? { TemporaryValues.council(domain: domain) }
    /// A council name as written (not in the list): kept, with its slug.
    static func council(asWritten name: String) -> Council? { TemporaryValues.council(name: name) }
}

