import TextStage

/// Joins a table that continues on the next page: same columns, the first ends near the foot
/// of its page and the next starts near the head of the following one (nothing but running
/// headers between). A repeated header row is dropped from the continuation.
enum Stitcher {
    static func stitch(_ tables: [Table], pages: [TextPage]) -> [Table] {
        tables  // placeholder: refined below
    }
}
