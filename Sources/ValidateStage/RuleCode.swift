import Record

/// The stable codes of the consistency rules and their fixed severities. Codes are part of
/// the contract (users filter on them): add new ones, never rename.
public enum RuleCode: String, CaseIterable, Sendable {
    // Record-wide
    case reportIdMismatch = "report-id-mismatch"
    case pageOutOfRange = "page-out-of-range"
    case invalidDate = "invalid-date"
    case ragSourceInconsistent = "rag-source-inconsistent"
    // Periods and dates
    case periodReversed = "period-reversed"
    case quarterOutsideYear = "quarter-outside-year"
    case periodOutsideYear = "period-outside-year"
    case monthOutsidePeriod = "month-outside-period"
    case dateOutsidePeriod = "date-outside-period"
    // Summaries
    case summaryCountsMismatch = "summary-counts-mismatch"
    case directionCountsExceedTotal = "direction-counts-exceed-total"
    case themeSummariesMismatch = "theme-summaries-mismatch"
    case listedCountMismatch = "listed-count-mismatch"
    // Indicators
    case duplicateIndicatorCode = "duplicate-indicator-code"
    case observationsOutOfOrder = "observations-out-of-order"
    case duplicateObservationPeriod = "duplicate-observation-period"
    case percentOutOfRange = "percent-out-of-range"
    case negativeQuantity = "negative-quantity"
    case cumulativeDecrease = "cumulative-decrease"
    case ragContradictsFigures = "rag-contradicts-figures"

    /// Errors: the record contradicts itself or the contract, whoever is at fault.
    /// Warnings: suspicious, but a real report can legitimately say so.
    public var severity: Severity {
        switch self {
        case .reportIdMismatch, .pageOutOfRange, .invalidDate, .ragSourceInconsistent, .periodReversed,
            .quarterOutsideYear, .periodOutsideYear, .monthOutsidePeriod, .summaryCountsMismatch,
            .duplicateIndicatorCode, .observationsOutOfOrder:
            .error
        case .dateOutsidePeriod, .directionCountsExceedTotal, .themeSummariesMismatch, .listedCountMismatch,
            .duplicateObservationPeriod, .percentOutOfRange, .negativeQuantity, .cumulativeDecrease,
            .ragContradictsFigures:
            .warning
        }
    }

    func issue(_ message: String, page: Int?) -> Issue {
        Issue(severity: severity, stage: Validator.stage, code: rawValue, message: message, page: page)
    }
}
