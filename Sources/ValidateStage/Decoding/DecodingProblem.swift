import Record

/// Why a document is not a well-formed record. Codes are stable, like the rule codes.
public enum DecodingCode: String, CaseIterable, Sendable {
    case invalidJSON = "invalid-json"
    case missingKey = "missing-key"
    case unknownKey = "unknown-key"
    case wrongType = "wrong-type"
    case unknownEnumValue = "unknown-enum-value"
    case invalidFormat = "invalid-format"
    case outOfRange = "out-of-range"
    case invalidValue = "invalid-value"
}

/// One thing wrong with the document's shape, at a JSON path.
public struct DecodingProblem: Error, Equatable, Sendable {
    public var code: DecodingCode
    public var path: JSONPath
    public var message: String
    /// The page of the summary, action, indicator or risk the path is inside, when readable.
    public var page: Int?

    public init(code: DecodingCode, path: JSONPath, message: String, page: Int? = nil) {
        self.code = code
        self.path = path
        self.message = message
        self.page = page
    }

    /// As a record issue: decoding problems are always errors of the validate stage.
    public var issue: Issue {
        let at = path.components.isEmpty ? "" : "\(path): "
        return Issue(severity: .error, stage: Validator.stage, code: code.rawValue, message: at + message, page: page)
    }
}

/// Everything wrong with a document; thrown by `RecordDecoder.decode`.
public struct RecordDecodingError: Error, Equatable, Sendable {
    public var problems: [DecodingProblem]

    /// The input is not JSON at all (as opposed to JSON that is not a record).
    public var isNotJSON: Bool { problems.contains { $0.code == .invalidJSON } }
}
