import CSV
import Foundation

/// CSV as a string, written by CSV.swift (RFC 4180 quoting, LF line ends).
public enum CSVText {
    public static func make(_ rows: [[String]]) throws -> String {
        let writer = try CSVWriter(stream: .toMemory())
        for row in rows { try writer.write(row: row) }
        writer.stream.close()
        let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
