/// The report's tunable numbers, in one place, passed as a value.
public struct ReportTuning: Sendable {
    /// A series chart's size in CSS pixels, and the room kept for its axis labels.
    public var chartWidth = 320.0
    public var chartHeight = 120.0
    public var chartLeft = 48.0
    public var chartBottom = 22.0
    public var chartTop = 10.0
    public var chartRight = 12.0
    /// Room between the plot's edges and its first and last periods (their labels are centred).
    public var chartInset = 26.0
    /// Share of the value range left above and below the lines.
    public var chartMargin = 0.1
    /// Periods in a row off target before an indicator is listed as persistently off target.
    public var offTargetRun = 2

    public init() {}
}
