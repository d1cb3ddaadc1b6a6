import Record

/// The validate stage: consistency rules over a decoded record. Pure: the same record
/// always gives the same findings, in the same order (rule group, then record order).
public enum Validator {
    public static let stage = "validate"

    public static func validate(_ record: Record) -> [Issue] {
        RecordRules.check(record)
            + PeriodRules.check(record)
            + SummaryRules.check(record)
            + IndicatorRules.check(record)
    }
}
