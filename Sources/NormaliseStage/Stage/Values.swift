import Record

/// The value normalisers the stage function uses, behind one small interface so the stage does
/// not care whose implementation answers (the temporary one here until the shared normalisers land).
enum Values {
    static func quantity(_ text: String) -> Quantity { TemporaryValues.quantity(text) }
    /// True for a text that says "no value" ("N/A", "-", "TBC"), as opposed to one not understood.
    static func isBlankValue(_ text: String) -> Bool {
        TemporaryValues.isBlankValue(text) || annualMarkers.contains(text.lowercased().split(separator: " ").joined(separator: " "))
    }

    /// Cells that say the measure is reported once a year: no value this period, not a value not understood.
    static let annualMarkers: Set<String> = ["annual", "annually", "measured annually", "annual measure", "annual indicator",
                                             "reported annually", "yearly"]
    static func reportPeriod(_ text: String) -> TemporaryValues.PeriodParts { TemporaryValues.periodParts(text) }
    static func quarterDates(financialYear: String, quarter: Int?) -> (String, String)? {
        TemporaryValues.quarterDates(financialYear: financialYear, quarter: quarter)
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
    static func countKey(_ label: String) -> WritableKeyPath<SummaryCounts, Int?> { TemporaryValues.countKey(label) }
    /// A council from the list of UK authorities, by name or gov.uk domain; nil when not listed.
    static func listedCouncil(name: String) -> Council? { nil }
    static func listedCouncil(domain: String) -> Council? { TemporaryValues.council(domain: domain) }
    /// A council name as written (not in the list): kept, with its slug.
    static func council(asWritten name: String) -> Council? { TemporaryValues.council(name: name) }
}

