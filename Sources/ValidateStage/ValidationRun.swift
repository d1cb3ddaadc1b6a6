import Foundation
import Record

/// What `councilkpi validate` does with its arguments: each path is a record file or a
/// dataset folder (every OUT/reports/*.json), each file checked with `RecordCheck`.
public struct ValidationRun: Encodable, Sendable {
    public var valid: Bool
    public var errors: Int
    public var warnings: Int
    public var files: [FileResult]

    public init(files: [FileResult]) {
        self.files = files
        errors = files.map(\.errors).reduce(0, +)
        warnings = files.map(\.warnings).reduce(0, +)
        valid = errors == 0
    }

    public static func check(paths: [String]) -> ValidationRun {
        ValidationRun(files: paths.flatMap(check(path:)))
    }

    /// The documented exit codes, the first that applies: 3 a path does not exist, 4 a file or
    /// folder cannot be read (or a folder has no reports/), 5 a file is not JSON, 1 errors
    /// found, 0 none (warnings allowed).
    public var exitCode: Int32 {
        let statuses = Set(files.map(\.status))
        if statuses.contains(.missing) { return ExitCodes.missing }
        if statuses.contains(.unreadable) { return ExitCodes.unreadable }
        if statuses.contains(.notJSON) { return ExitCodes.notJSON }
        return errors > 0 ? ExitCodes.errorsFound : ExitCodes.valid
    }

    public enum ExitCodes {
        public static let valid: Int32 = 0
        public static let errorsFound: Int32 = 1
        public static let missing: Int32 = 3
        public static let unreadable: Int32 = 4
        public static let notJSON: Int32 = 5
    }

    static func check(path: String) -> [FileResult] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
            return [FileResult(file: path, status: .missing, reason: "no such file or folder")]
        }
        guard isDir.boolValue else { return [check(file: path)] }
        let reports = URL(fileURLWithPath: path).appendingPathComponent("reports").path
        var reportsIsDir: ObjCBool = false
        guard fm.fileExists(atPath: reports, isDirectory: &reportsIsDir), reportsIsDir.boolValue else {
            return [
                FileResult(file: path, status: .unreadable, reason: "not a dataset folder: it has no reports/ folder")
            ]
        }
        guard let names = try? fm.contentsOfDirectory(atPath: reports) else {
            return [FileResult(file: reports, status: .unreadable, reason: "the folder cannot be listed")]
        }
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map {
            check(file: URL(fileURLWithPath: reports).appendingPathComponent($0).path)
        }
    }

    static func check(file: String) -> FileResult {
        guard let data = FileManager.default.contents(atPath: file) else {
            return FileResult(file: file, status: .unreadable, reason: "the file cannot be read")
        }
        let check = RecordCheck.check(data)
        let status: FileResult.Status = !check.isJSON ? .notJSON : check.errorCount > 0 ? .errors : .valid
        return FileResult(file: file, status: status, reportId: check.record?.reportId, findings: check.findings)
    }
}

/// One checked file.
public struct FileResult: Encodable, Sendable {
    public enum Status: String, Encodable, Sendable {
        case valid, errors, missing, unreadable
        case notJSON = "not-json"
    }

    public var file: String
    public var status: Status
    public var reportId: String?
    public var errors: Int
    public var warnings: Int
    public var findings: [Finding]

    public init(file: String, status: Status, reportId: String? = nil, findings: [Finding]) {
        self.file = file
        self.status = status
        self.reportId = reportId
        self.errors = findings.filter { $0.severity == .error }.count
        self.warnings = findings.filter { $0.severity == .warning }.count
        self.findings = findings
    }

    /// A file that could not be checked at all: one error finding saying why.
    init(file: String, status: Status, reason: String) {
        let code = status == .missing ? "missing-file" : "unreadable-file"
        self.init(file: file, status: status, findings: [Finding(severity: .error, code: code, message: reason)])
    }
}
