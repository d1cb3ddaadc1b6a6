import Diff
import Foundation
import Record

/// Rebuilds indicators.csv and dataset.sqlite from the manifest and reports/, streaming one
/// record at a time (memory does not grow with the dataset). Each is built in a temporary
/// file and renamed into place, so readers only ever see a complete file.
struct DatasetBuilder {
    let layout: DatasetLayout

    /// Returns warnings (a record missing or unreadable: left out of the derived files).
    func build(from manifest: Manifest) throws -> [String] {
        var warnings: [String] = []
        let csvTemp = AtomicFile.temporaryURL(for: layout.indicatorsCSV)
        let sqliteTemp = AtomicFile.temporaryURL(for: layout.sqlite)
        defer {
            try? FileManager.default.removeItem(at: csvTemp)
            try? FileManager.default.removeItem(at: sqliteTemp)
        }
        guard FileManager.default.createFile(atPath: csvTemp.path, contents: nil) else {
            throw posixError("create \(csvTemp.path)")
        }
        let csv = try FileHandle(forWritingTo: csvTemp)
        defer { try? csv.close() }
        try csv.write(contentsOf: IndicatorsCSV.line(IndicatorsCSV.header))
        let database = try SQLiteWriter(path: sqliteTemp.path)
        // Series need every report of a council: only their indicators are kept meanwhile.
        var seriesInputs: [SeriesBuilder.Input] = []
        try database.write { db in
            for entry in manifest.sources {
                try SQLiteWriter.insert(source: entry, in: db)
                guard entry.status == .ok, let reportId = entry.reportId else { continue }
                let data: Data
                let record: Record
                do {
                    data = try Data(contentsOf: layout.report(reportId))
                    record = try JSONDecoder().decode(Record.self, from: data)
                } catch {
                    warnings.append(
                        "\(entry.path): record \(reportId) unreadable, left out (\(error.localizedDescription))")
                    continue
                }
                for row in IndicatorsCSV.rows(record) { try csv.write(contentsOf: IndicatorsCSV.line(row)) }
                try SQLiteWriter.insert(
                    record, json: String(decoding: data, as: UTF8.self), sourcePath: entry.path, in: db)
                seriesInputs.append(SeriesBuilder.Input(record))
            }
            try SQLiteWriter.insert(SeriesBuilder.series(seriesInputs), in: db)
        }
        try database.close()
        try csv.close()
        try AtomicFile.commit(csvTemp, to: layout.indicatorsCSV)
        try AtomicFile.commit(sqliteTemp, to: layout.sqlite)
        return warnings
    }
}
