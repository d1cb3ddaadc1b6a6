import Record

/// The validate stage: consistency rules over a record; findings become `issues`.
public enum Validator {
    public static func validate(_ record: Record) -> [Issue] {
        []
    }
}
