import NormaliseStage

/// The string formats of the record, checked by hand. Each mirrors one `pattern` of
/// schemas/record.schema.json (`schemaPointer`); the tests run both over the same strings.
public enum Format: CaseIterable, Sendable {
    case date, dateTime, month, financialYear, reportId, sha256, slug, gssCode, issueCode, version

    /// Where the matching `pattern` is in the schema (a JSON pointer).
    public var schemaPointer: String {
        switch self {
        case .date: "/$defs/date/pattern"
        case .dateTime: "/$defs/dateTime/pattern"
        case .month: "/$defs/month/pattern"
        case .financialYear: "/$defs/financialYear/pattern"
        case .reportId: "/properties/reportId/pattern"
        case .sha256: "/$defs/source/properties/sha256/pattern"
        case .slug: "/$defs/council/properties/slug/pattern"
        case .gssCode: "/$defs/council/properties/gssCode/pattern"
        case .issueCode: "/$defs/issue/properties/code/pattern"
        case .version: "/$defs/extractor/properties/version/pattern"
        }
    }

    var expected: String {
        switch self {
        case .date: "a date YYYY-MM-DD"
        case .dateTime: "a UTC time YYYY-MM-DDTHH:MM:SSZ"
        case .month: "a month YYYY-MM"
        case .financialYear: "a financial year YYYY-YY such as 2023-24 (the second year following the first)"
        case .reportId: "16 lower-case hex digits"
        case .sha256: "64 lower-case hex digits"
        case .slug: "a slug: lower-case letters and digits joined by single hyphens"
        case .gssCode: "a GSS code: E, W, S or N and 8 digits"
        case .issueCode: "a kebab-case code such as \"summary-counts-mismatch\""
        case .version: "a version such as 1.2.3"
        }
    }

    public func matches(_ s: String) -> Bool {
        let c = Array(s.utf8)
        switch self {
        case .date: return Self.isDate(c[...])
        case .dateTime:
            return c.count == 20 && Self.isDate(c[0..<10]) && c[10] == u("T") && c[19] == u("Z")
                && c[13] == u(":") && c[16] == u(":") && Self.number(c[11..<13]).map { $0 <= 23 } == true
                && Self.number(c[14..<16]).map { $0 <= 59 } == true && Self.number(c[17..<19]).map { $0 <= 59 } == true
        case .month:
            return c.count == 7 && Self.digits(c[0..<4]) && c[4] == u("-")
                && Self.number(c[5..<7]).map { (1...12).contains($0) } == true
        case .financialYear: return FinancialYear(exactly: s) != nil
        case .reportId: return c.count == 16 && c.allSatisfy(Self.isLowerHex)
        case .sha256: return c.count == 64 && c.allSatisfy(Self.isLowerHex)
        case .slug:
            let words = s.split(separator: "-", omittingEmptySubsequences: false)
            return words.allSatisfy {
                !$0.isEmpty && $0.utf8.allSatisfy { Self.isDigit($0) || (u("a")...u("z")).contains($0) }
            }
        case .gssCode: return c.count == 9 && "EWSN".utf8.contains(c[0]) && Self.digits(c[1...])
        case .issueCode:
            let words = s.split(separator: "-", omittingEmptySubsequences: false)
            let lowerOrDigit: (UInt8) -> Bool = { Self.isDigit($0) || (u("a")...u("z")).contains($0) }
            return words.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy(lowerOrDigit) }
                && (u("a")...u("z")).contains(c[0])
        case .version:
            let (core, pre) =
                s.firstIndex(of: "-").map { (s[..<$0], Optional(s[s.index(after: $0)...])) } ?? (s[...], nil)
            let nums = core.split(separator: ".", omittingEmptySubsequences: false)
            let preOK =
                pre.map {
                    !$0.isEmpty
                        && $0.utf8.allSatisfy { Self.isDigit($0) || Self.isLetter($0) || $0 == u(".") || $0 == u("-") }
                } ?? true
            return nums.count == 3 && nums.allSatisfy { !$0.isEmpty && Self.digits(Array($0.utf8)[...]) } && preOK
        }
    }

    private static func isDate(_ c: ArraySlice<UInt8>) -> Bool {
        let c = Array(c)
        return c.count == 10 && digits(c[0..<4]) && c[4] == u("-") && c[7] == u("-")
            && number(c[5..<7]).map { (1...12).contains($0) } == true
            && number(c[8..<10]).map { (1...31).contains($0) } == true
    }

    private static func digits(_ c: ArraySlice<UInt8>) -> Bool { !c.isEmpty && c.allSatisfy(isDigit) }
    private static func number(_ c: ArraySlice<UInt8>) -> Int? {
        digits(c) ? c.reduce(0) { $0 * 10 + Int($1 - u("0")) } : nil
    }
    private static func isDigit(_ b: UInt8) -> Bool { (u("0")...u("9")).contains(b) }
    private static func isLetter(_ b: UInt8) -> Bool { (u("a")...u("z")).contains(b) || (u("A")...u("Z")).contains(b) }
    private static func isLowerHex(_ b: UInt8) -> Bool { isDigit(b) || (u("a")...u("f")).contains(b) }
}

private func u(_ s: Unicode.Scalar) -> UInt8 { UInt8(s.value) }
