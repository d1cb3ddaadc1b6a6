import Foundation

/// Regular expressions over strings, compiled once per pattern: the parse stage's readers and
/// the normalise stage's value readers share them. (Foundation's `range(of:options:
/// .regularExpression)` looks its pattern up by printing the options each call.)
extension String {
    /// First match of a regular expression, with its capture groups ("" for a group that did not take part).
    public func firstMatch(_ pattern: String, options: NSRegularExpression.Options = [.caseInsensitive]) -> [String]? {
        guard let re = RegexCache.shared.regex(pattern, options) else { return nil }
        let ns = self as NSString
        guard let m = re.firstMatch(in: self, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return (0..<m.numberOfRanges).map { i in
            let r = m.range(at: i)
            return r.location == NSNotFound ? "" : ns.substring(with: r)
        }
    }

    /// Every match of a regular expression, each with its capture groups.
    public func allMatches(_ pattern: String, options: NSRegularExpression.Options = [.caseInsensitive]) -> [[String]] {
        guard let re = RegexCache.shared.regex(pattern, options) else { return [] }
        let ns = self as NSString
        return re.matches(in: self, range: NSRange(location: 0, length: ns.length)).map { m in
            (0..<m.numberOfRanges).map { i in
                let r = m.range(at: i)
                return r.location == NSNotFound ? "" : ns.substring(with: r)
            }
        }
    }

    /// The range of the first match inside `range`, as Foundation's `range(of:options:
    /// .regularExpression, range:)` finds it (the search range's ends are the text's ends).
    public func rangeOfFirstMatch(
        _ pattern: String, options: NSRegularExpression.Options = [.caseInsensitive], in range: Range<Index>
    ) -> Range<Index>? {
        guard let re = RegexCache.shared.regex(pattern, options) else { return nil }
        let r = re.rangeOfFirstMatch(in: self, range: NSRange(range, in: self))
        return r.location == NSNotFound ? nil : Range(r, in: self)
    }

    /// Every match of a regular expression replaced by a template ("$1" for a group).
    public func replacingMatches(
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
