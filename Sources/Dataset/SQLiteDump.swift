import Foundation
import GRDB

/// A text rendering of every row of every table of a dataset.sqlite, in table-name then
/// rowid order: two databases with the same content give the same dump, whatever their
/// page layout.
public enum SQLiteDump {
    public static func content(ofDatabaseAt path: String) throws -> String {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            var out = ""
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            for table in tables {
                out += "# \(table)\n"
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\" ORDER BY rowid")
                for row in rows {
                    out += row.columnNames.map { "\($0)=\(row[$0] as DatabaseValue)" }.joined(separator: "|") + "\n"
                }
            }
            let schema = try String.fetchAll(
                db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
            return out + "# schema\n" + schema.joined(separator: "\n") + "\n"
        }
    }
}
