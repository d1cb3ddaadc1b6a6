import Record

/// The validate stage: the record against the schema, then the consistency rules. Pure: the
/// same record always gives the same findings, in the same order (rule group, then record order).
public enum Validator {
    public static let stage = "validate"

    public static func validate(_ record: Record) -> [Issue] {
        SchemaRules.check(record)
            + RecordRules.check(record)
            + PeriodRules.check(record)
            + SummaryRules.check(record)
            + IndicatorRules.check(record)
    }
}
