import CSV
import Foundation
import JSON
import Record

/// indicators.csv: one row per indicator observation (an indicator with no observations
/// gets one row with empty period and value cells, so it is not lost), for spreadsheets.
public enum IndicatorsCSV {
    /// The indicators of one record as a whole CSV document, header first (`extract --format csv`).
    public static func document(_ record: Record) throws -> Data {
        var out = try line(header)
        for row in rows(record) { out += try line(row) }
        return out
    }

    static let header = [
        "reportId", "council", "gssCode", "financialYear", "reportQuarter",
        "code", "name", "unit", "polarity",
        "periodFinancialYear", "periodQuarter", "periodMonth",
        "value", "valueText", "target", "targetText",
        "rag", "ragSource", "direction", "page"
    ]

    static func rows(_ record: Record) -> [[String]] {
        var rows: [[String]] = []
        for indicator in record.indicators {
            let prefix = [
                record.reportId, record.council?.name ?? "", record.council?.gssCode ?? "",
                record.period?.financialYear ?? "", text(record.period?.quarter),
                indicator.code ?? "", indicator.name, indicator.unit.rawValue, indicator.polarity.rawValue
            ]
            let suffix = [
                indicator.rag?.rawValue ?? "", indicator.ragSource?.rawValue ?? "",
                indicator.direction?.rawValue ?? "", String(indicator.page)
            ]
            let observations: [Observation?] = indicator.observations.isEmpty ? [nil] : indicator.observations
            for observation in observations {
                let cells = [
                    observation?.period.financialYear ?? "", text(observation?.period.quarter),
                    observation?.period.month ?? "",
                    number(observation?.value?.value), observation?.value?.text ?? "",
                    number(observation?.target?.value), observation?.target?.text ?? ""
                ]
                rows.append(prefix + cells + suffix)
            }
        }
        return rows
    }

    /// One CSV line (with its newline) through CSV.swift's quoting rules.
    static func line(_ cells: [String]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream)
        try writer.write(row: cells)
        stream.close()
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(UInt8(ascii: "\n"))
        return data
    }

    static func text(_ int: Int?) -> String { int.map(String.init) ?? "" }

    /// Numbers as the record's JSON writes them (whole numbers without a decimal point).
    static func number(_ value: Double?) -> String {
        value.map(JSONNode.format) ?? ""
    }
}

/// The canonical record, named so in files that also import GRDB (which has a `Record` class).
typealias CanonicalRecord = Record
