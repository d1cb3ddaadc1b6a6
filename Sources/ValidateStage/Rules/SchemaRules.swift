import Foundation
import JSON
import Record

/// The record against the schema, inside the pipeline: the Swift types cannot hold every
/// constraint (a date's format, a non-empty name, a page from 1), so the record as it will
/// be written is read strictly and each problem becomes an error issue.
enum SchemaRules {
    static func check(_ r: Record) -> [Issue] {
        // The tree the record is written from, read as parsing the written bytes would read it.
        guard let tree = try? OrderedJSONEncoder().encode(r) else { return [] }
        do {
            _ = try RecordDecoder.decode(JSONValue(tree))
            return []
        } catch {
            return error.problems.map(\.issue)
        }
    }
}
