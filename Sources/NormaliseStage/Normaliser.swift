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
            actions: ItemGuard.kept(parsed.actions, what: "action", text: \.text, page: \.page, issues: &issues)
                .map { ActionStage.action($0, periods: observations, issues: &issues) },
            indicators: ItemGuard.kept(
                parsed.indicators, what: "indicator", text: \.name, page: \.page, issues: &issues
            )
            .map { IndicatorStage.indicator($0, periods: observations, issues: &issues) },
            risks: ItemGuard.kept(parsed.risks, what: "risk", text: \.description, page: \.page, issues: &issues)
                .map { RiskStage.risk($0, key: parsed.riskKey ?? []) },
            issues: issues,
            extractor: Extractor()
        )
    }
}
