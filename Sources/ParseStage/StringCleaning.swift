import Foundation
import NormaliseStage

/// Small string helpers shared by the parsers.
extension String {
    /// Whitespace runs (newlines, tabs, non-breaking spaces) collapsed to one space, trimmed:
    /// the normalise stage's `TextCleanup.collapseWhitespace`.
    var collapsed: String { TextCleanup.collapseWhitespace(self) }

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
