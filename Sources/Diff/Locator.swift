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

    /// `shownAs`: the name errors give (the PDF a temporary record was extracted from).
    public static func load(file path: String, shownAs: String? = nil) throws(Failure) -> Record {
        let name = shownAs ?? path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .unreadable(name, "is a folder, not a report")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(name, "cannot be read") }
        do {
            return try JSONDecoder().decode(Record.self, from: data)
        } catch let error as DecodingError {
            throw .unreadable(name, "not a PDF or a councilkpi record (\(plain(error)))")
        } catch {
            throw .unreadable(name, "not a PDF or a councilkpi record")
        }
    }

    /// True when the file is meant as a PDF: named .pdf, or starting with "%PDF-". (A damaged
    /// .pdf still goes to the extractor, which says what is wrong with it.)
    public static func isPDF(atPath path: String) -> Bool {
        if path.lowercased().hasSuffix(".pdf") { return true }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 5)) == Data("%PDF-".utf8)
    }

    /// A decoding error in a few words: what is wrong and where.
    static func plain(_ error: DecodingError) -> String {
        func at(_ path: [any CodingKey]) -> String {
            path.isEmpty
                ? "" : " at " + path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .dataCorrupted(let c): return c.codingPath.isEmpty ? "not JSON" : "bad value" + at(c.codingPath)
        case .keyNotFound(let key, let c): return "no \"\(key.stringValue)\"" + at(c.codingPath)
        case .typeMismatch(_, let c), .valueNotFound(_, let c): return "wrong type" + at(c.codingPath)
        @unknown default: return "unreadable"
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
        guard let dataset else { throw .unreadable(ref, "no such file (a reportId needs --out DATASET)") }
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
        guard fy.count == 7, fy.dropFirst(4).first == "-", Int(fy.prefix(4)) != nil, Int(fy.suffix(2)) != nil else {
            throw .badPeriod(s)
        }
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
            let councilMatches =
                Matching.key(c.name) == key || c.slug == council.lowercased() || c.gssCode == council.uppercased()
                || Matching.key(c.name).contains(key)
            return councilMatches && p.financialYear == fy && (q == nil || p.quarter == q)
        }
        guard !hits.isEmpty else { throw .notFound("\(council) \(period)") }
        return hits.max {
            ($0.indicators.count + $0.actions.count, $1.reportId) < (
                $1.indicators.count + $1.actions.count, $0.reportId
            )
        }!
    }
}
