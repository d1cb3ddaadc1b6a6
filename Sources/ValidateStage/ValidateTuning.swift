/// Every tunable limit of the consistency rules, in one place.
public enum ValidateTuning {
    /// Percentages outside this range are flagged (warning): legitimate for rates of change
    /// ("-3%") or over-achievement ("102% collected"), but more often a misread number
    /// ("25.0" read as "250").
    public static let percentRange: ClosedRange<Double> = 0...100

    /// A reported green is accepted while the value misses its target by at most this
    /// fraction of the target: the SPEC counts "within tolerance" as green.
    public static let greenTolerance = 0.10

    /// Committee papers go to a meeting after the period they report on; one more than this
    /// many days after the period ends is flagged.
    public static let maxMeetingDelayDays = 365
}
