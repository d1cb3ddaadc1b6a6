import Foundation
import Record

/// Finds the records a diff compares: a record file, a reportId in a dataset folder, or a
/// council and period ("2023-24Q2") in a dataset folder.
public enum Locator {
    public enum Failure: Error, CustomStringConvertible {
        case notFound(String)
        case ambiguous(String, [String])
        case unreadable(String, String)
        case badPeriod(String)

        public var description: String {
            switch self {
            case .notFound(let what): "no report matches \(what)"
            case .ambiguous(let what, let ids): "\(what) matches several reports: \(ids.joined(separator: ", "))"
            case .unreadable(let path, let why): "\(path): \(why)"
            case .badPeriod(let p): "bad period \(p) (expected e.g. 2023-24Q2 or 2023-24)"
            }
        }
    }

    public static func load(file path: String) throws(Failure) -> Record {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path, "cannot be read") }
        do {
            return try JSONDecoder().decode(Record.self, from: data)
        } catch {
            throw .unreadable(path, "not a councilkpi record (\(error))")
        }
    }

    /// Every record in a dataset folder, in reportId order.
    public static func records(inDataset out: String) throws(Failure) -> [Record] {
        let dir = URL(fileURLWithPath: out).appendingPathComponent("reports")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else {
            throw .unreadable(out, "not a dataset folder (no reports/)")
        }
        var out: [Record] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            out.append(try load(file: dir.appendingPathComponent(name).path))
        }
        return out
    }

    /// A file path, else a reportId (or unique prefix) in the dataset.
    public static func resolve(_ ref: String, dataset: String?) throws(Failure) -> Record {
        if FileManager.default.fileExists(atPath: ref) { return try load(file: ref) }
        guard let dataset else { throw .notFound(ref) }
        let hits = try records(inDataset: dataset).filter { $0.reportId.hasPrefix(ref.lowercased()) }
        guard let first = hits.first else { throw .notFound(ref) }
        guard hits.count == 1 else { throw .ambiguous(ref, hits.map(\.reportId)) }
        return first
    }

    /// "2023-24Q2" → ("2023-24", 2); "2023-24" → ("2023-24", nil).
    public static func parsePeriod(_ s: String) throws(Failure) -> (String, Int?) {
        let t = s.uppercased().replacingOccurrences(of: " ", with: "")
        let parts = t.split(separator: "Q", maxSplits: 1)
        let fy = String(parts.first ?? "")
        guard fy.count == 7, fy.dropFirst(4).first == "-", Int(fy.prefix(4)) != nil, Int(fy.suffix(2)) != nil else { throw .badPeriod(s) }
        if parts.count == 2 {
            guard let q = Int(parts[1]), (1...4).contains(q) else { throw .badPeriod(s) }
            return (fy, q)
        }
        return (fy, nil)
    }

    /// The council's report for a period. Several (a cover report and its appendix) → the one
    /// with the most indicators and actions, since that is what a diff compares.
    public static func find(council: String, period: String, dataset: String) throws(Failure) -> Record {
        let (fy, q) = try parsePeriod(period)
        let key = Matching.key(council)
        let hits = try records(inDataset: dataset).filter { r in
            guard let c = r.council, let p = r.period else { return false }
            let councilMatches = Matching.key(c.name) == key || c.slug == council.lowercased() || c.gssCode == council.uppercased()
                || Matching.key(c.name).contains(key)
            return councilMatches && p.financialYear == fy && (q == nil || p.quarter == q)
        }
        guard !hits.isEmpty else { throw .notFound("\(council) \(period)") }
        return hits.max { ($0.indicators.count + $0.actions.count, $1.reportId) < ($1.indicators.count + $1.actions.count, $0.reportId) }!
    }
}
