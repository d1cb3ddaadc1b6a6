import Record

/// The normalise stage: turns values as written into the canonical record.
public enum Normaliser {
    public struct Context: Sendable {
        public var source: Source
        /// `--council NAME` or the harvest list's name, used when the text names no council.
        public var councilHint: String?

        public init(source: Source, councilHint: String? = nil) {
            self.source = source
            self.councilHint = councilHint
        }
    }

    public static func normalise(_ parsed: ParsedReport, context: Context) -> Record {
        var issues = parsed.issues
        let period = ReportPeriodStage.period(parsed, issues: &issues)
        let council = CouncilStage.council(parsed, hint: context.councilHint, issues: &issues)
        let document = DocumentStage.document(parsed, period: period, issues: &issues)
        let observations = ObservationPeriods(report: period, issues: &issues)
        return Record(
            reportId: String(context.source.sha256.prefix(16)),
            source: context.source,
            council: council,
            document: document,
            period: period,
            summaries: parsed.summaries.map { SummaryStage.summary($0, issues: &issues) },
            actions: parsed.actions.map { ActionStage.action($0, periods: observations, issues: &issues) },
            indicators: parsed.indicators.map { IndicatorStage.indicator($0, periods: observations, issues: &issues) },
            risks: parsed.risks.map { RiskStage.risk($0, key: parsed.riskKey ?? []) },
            issues: issues,
            extractor: Extractor()
        )
    }
}
