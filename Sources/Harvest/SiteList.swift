import CSV
import Foundation

/// A council's ModernGov site: the base URL its web service hangs off and the council's name,
/// which papers harvested from it are ingested under.
public struct Site: Sendable, Equatable {
    public var base: String
    public var council: String?

    public init(base: String, council: String?) {
        self.base = base
        self.council = council
    }
}

/// `--sites FILE.csv`: the columns of council-sites.csv (header row; `official_name`,
/// `base_url`, `moderngov`), rows with moderngov=yes and a base URL. Other columns are ignored,
/// so the file may carry more.
public enum SiteList {
    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "site list \(path): \(reason)" }
    }

    static let nameColumn = "official_name"
    static let baseColumn = "base_url"
    static let moderngovColumn = "moderngov"

    public static func load(_ path: String) throws(Failure) -> [Site] {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw Failure(path: path, reason: error.localizedDescription)
        }
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true) } catch {
            throw Failure(path: path, reason: "\(error)")
        }
        let header = (reader.headerRow ?? []).map { $0.lowercased() }
        guard let name = header.firstIndex(of: nameColumn), let base = header.firstIndex(of: baseColumn),
            let moderngov = header.firstIndex(of: moderngovColumn)
        else {
            throw Failure(path: path, reason: "needs the columns \(nameColumn), \(baseColumn) and \(moderngovColumn)")
        }
        var sites: [Site] = []
        while let row = reader.next() {
            guard row.count > max(name, base, moderngov), row[moderngov].lowercased() == "yes",
                !row[base].isEmpty
            else { continue }
            sites.append(Site(base: row[base], council: row[name].isEmpty ? nil : row[name]))
        }
        return sites
    }
}
