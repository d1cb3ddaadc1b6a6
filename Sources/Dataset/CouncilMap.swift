import CSV
import Foundation

/// `--council-map FILE.csv`: which council a harvested paper belongs to when its text does
/// not say. Two columns, path or file name then council name; an optional header row whose
/// second cell is "council" (any case). A cell with a "/" is a path (relative ones are taken
/// from the current directory); otherwise it matches the source's file name. A path match
/// wins over a file-name match.
public struct CouncilMap: Sendable, Equatable {
    public enum Failure: Error, CustomStringConvertible {
        case unreadable(path: String, reason: String)
        case badRow(path: String, row: Int)

        public var description: String {
            switch self {
            case .unreadable(let path, let reason): "council map \(path): \(reason)"
            case .badRow(let path, let row):
                "council map \(path): row \(row) needs two cells (path or file name, council)"
            }
        }
    }

    var byPath: [String: String] = [:]
    var byFileName: [String: String] = [:]

    public init() {}

    /// A map made in memory from absolute paths to council names (harvest knows the council of
    /// each paper it downloads from the site it came from).
    public init(councilsByPath: [String: String]) {
        byPath = councilsByPath
    }

    public init(contentsOf path: String) throws(Failure) {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        let reader: CSVReader
        do { reader = try CSVReader(string: text, trimFields: true) } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
        var row = 0
        while let cells = reader.next() {
            row += 1
            if cells.allSatisfy({ $0.isEmpty }) { continue }
            guard cells.count >= 2, !cells[0].isEmpty, !cells[1].isEmpty else { throw .badRow(path: path, row: row) }
            if row == 1, cells[1].lowercased().hasPrefix("council") { continue }
            if cells[0].contains("/") {
                byPath[SourceList.absoluteURL(cells[0]).path] = cells[1]
            } else {
                byFileName[cells[0]] = cells[1]
            }
        }
    }

    /// The council for a source (absolute path), if the map names one.
    public func council(for path: String) -> String? {
        byPath[path] ?? byFileName[(path as NSString).lastPathComponent]
    }
}
