import Foundation

/// Small string helpers shared by the parsers.
extension String {
    /// Whitespace runs (newlines, tabs, non-breaking spaces) collapsed to one space, trimmed.
    /// ASCII text (most of it) is done byte by byte: Character.isWhitespace looks up Unicode
    /// properties for every character, and the parsers collapse every cell and line many times.
    var collapsed: String {
        var copy = self
        let ascii: String? = copy.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var gap = false
            for b in bytes {
                if b == 0x20 || (0x09...0x0D).contains(b) {
                    gap = !out.isEmpty
                } else {
                    if gap {
                        out.append(0x20)
                        gap = false
                    }
                    out.append(b)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        return ascii ?? Self.collapsingScalars(self)
    }

    /// `collapsed` for text with non-ASCII letters: runs of Unicode white space (no-break and
    /// thin spaces included: the White_Space property) become one space. Done on the UTF-8
    /// bytes, as the ASCII case is: building a string scalar by scalar cost a sixth of a
    /// paper's extraction.
    private static func collapsingScalars(_ s: String) -> String {
        var copy = s
        return copy.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var gap = false
            var i = 0
            while i < bytes.count {
                let width = whitespaceWidth(bytes, at: i)
                if width > 0 {
                    gap = !out.isEmpty
                    i += width
                    continue
                }
                if gap {
                    out.append(0x20)
                    gap = false
                }
                out.append(bytes[i])
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The length in bytes of the white-space character starting at `i`, or 0: U+0009–000D,
    /// U+0020, U+0085, U+00A0, U+1680, U+2000–200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    private static func whitespaceWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return c == 0x20 || (0x09...0x0D).contains(c) ? 1 : 0 }
        func at(_ k: Int) -> UInt8 { i + k < b.count ? b[i + k] : 0 }
        switch c {
        case 0xC2: return at(1) == 0x85 || at(1) == 0xA0 ? 2 : 0
        case 0xE1: return at(1) == 0x9A && at(2) == 0x80 ? 3 : 0
        case 0xE2:
            if at(1) == 0x80 {
                let d = at(2)
                return (0x80...0x8A).contains(d) || d == 0xA8 || d == 0xA9 || d == 0xAF ? 3 : 0
            }
            return at(1) == 0x81 && at(2) == 0x9F ? 3 : 0
        case 0xE3: return at(1) == 0x80 && at(2) == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// Lower-cased and collapsed, for keyword matching.
    var key: String { collapsed.lowercased() }

    /// nil for an empty or blank string.
    var nonBlank: String? {
        let c = collapsed
        return c.isEmpty ? nil : c
    }

    /// The string with a trailing colon (and spaces) removed: "Date of Meeting:" → "Date of Meeting".
    var withoutTrailingColon: String {
        var s = collapsed
        while s.hasSuffix(":") {
            s.removeLast()
            s = s.collapsed
        }
        return s
    }

    /// True when any of the phrases occurs in the lower-cased text.
    func mentions(_ phrases: [String]) -> Bool {
        let k = key
        return phrases.contains { k.contains($0) }
    }

    /// First match of a regular expression, with its capture groups ("" for a group that did not take part).
    func firstMatch(_ pattern: String, options: NSRegularExpression.Options = [.caseInsensitive]) -> [String]? {
        guard let re = RegexCache.shared.regex(pattern, options) else { return nil }
        let ns = self as NSString
        guard let m = re.firstMatch(in: self, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return (0..<m.numberOfRanges).map { i in
            let r = m.range(at: i)
            return r.location == NSNotFound ? "" : ns.substring(with: r)
        }
    }

    /// Every match of a regular expression, each with its capture groups.
    func allMatches(_ pattern: String, options: NSRegularExpression.Options = [.caseInsensitive]) -> [[String]] {
        guard let re = RegexCache.shared.regex(pattern, options) else { return [] }
        let ns = self as NSString
        return re.matches(in: self, range: NSRange(location: 0, length: ns.length)).map { m in
            (0..<m.numberOfRanges).map { i in
                let r = m.range(at: i)
                return r.location == NSNotFound ? "" : ns.substring(with: r)
            }
        }
    }

    /// Every match of a regular expression replaced by a template ("$1" for a group).
    func replacingMatches(
        of pattern: String, options: NSRegularExpression.Options = [.caseInsensitive], with template: String
    ) -> String {
        guard let re = RegexCache.shared.regex(pattern, options) else { return self }
        return re.stringByReplacingMatches(
            in: self, range: NSRange(location: 0, length: (self as NSString).length), withTemplate: template)
    }
}

/// Compiled expressions by pattern and options: compiling costs more than matching, and the
/// parsers use a few dozen patterns over and over. NSRegularExpression is immutable and safe
/// to share between threads; the lock guards the table.
private final class RegexCache: @unchecked Sendable {
    static let shared = RegexCache()
    /// Patterns are literals, a few dozen; the bound only guards against a caller building them.
    private static let capacity = 512
    private let lock = NSLock()
    private struct Key: Hashable {
        let pattern: String
        let options: UInt
    }
    private var compiled: [Key: NSRegularExpression] = [:]

    func regex(_ pattern: String, _ options: NSRegularExpression.Options) -> NSRegularExpression? {
        let key = Key(pattern: pattern, options: options.rawValue)
        return lock.withLock {
            if let re = compiled[key] { return re }
            guard let re = try? NSRegularExpression(pattern: pattern, options: options) else { return nil }
            if compiled.count >= Self.capacity { compiled.removeAll() }
            compiled[key] = re
            return re
        }
    }
}
