import Foundation
import Record

/// One finding of `councilkpi validate`: a decoding problem (with its JSON path) or a broken
/// consistency rule.
public struct Finding: Encodable, Equatable, Sendable {
    public var severity: Severity
    public var stage: String
    public var code: String
    /// JSON path of a decoding problem ("" = the whole document); absent for rule findings.
    public var path: String?
    public var page: Int?
    public var message: String

    public init(
        severity: Severity, stage: String = Validator.stage, code: String, path: String? = nil,
        page: Int? = nil, message: String
    ) {
        self.severity = severity
        self.stage = stage
        self.code = code
        self.path = path
        self.page = page
        self.message = message
    }

    init(_ p: DecodingProblem) {
        self.init(severity: .error, code: p.code.rawValue, path: p.path.description, page: p.page, message: p.message)
    }

    init(_ i: Issue) {
        self.init(severity: i.severity, stage: i.stage, code: i.code, page: i.page, message: i.message)
    }
}

/// Validation of one record file's bytes: strict decoding, then (if it decodes) the rules.
public struct RecordCheck: Sendable {
    /// The record, when the document decoded.
    public var record: Record?
    public var findings: [Finding]
    /// False when the bytes are not JSON at all.
    public var isJSON: Bool

    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
    public var warningCount: Int { findings.filter { $0.severity == .warning }.count }

    /// Findings of the record's own `issues` list are not repeated: they describe the source
    /// document, and the validate stage's share of them is recomputed here.
    public static func check(_ data: Data) -> RecordCheck {
        do {
            let record = try RecordDecoder.decode(data)
            return RecordCheck(record: record, findings: Validator.validate(record).map(Finding.init), isJSON: true)
        } catch {
            return RecordCheck(record: nil, findings: error.problems.map(Finding.init), isJSON: !error.isNotJSON)
        }
    }
}
