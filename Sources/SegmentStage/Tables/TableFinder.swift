import TextStage

/// Placeholder until the tables branch lands: finds no tables.
public enum TableFinder {
    public static func tables(in doc: TextDocument, pages: Set<Int>? = nil) -> [Table] { [] }
}
