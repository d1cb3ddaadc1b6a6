import Foundation
import Record

/// A risk scoring key printed in the paper: "Likelihood: 1 Rare; 2 Unlikely; 3 Possible …",
/// "Impact – Minor (2), Moderate (3), Major (4)". A register that writes only the word ("Likely")
/// takes its score from here; without a printed key none is guessed.
enum RiskKey {
    static let measures: [(String, [String])] = [
        ("likelihood", ["likelihood", "probability"]),
        ("impact", ["impact", "severity", "consequence"])
    ]

    static func find(in texts: [String]) -> [ParsedScoreKey] {
        var out: [ParsedScoreKey] = []
        for text in texts {
            // Each key runs from its label to the next key's label ("… 5 Almost certain Impact: 1 …").
            var starts: [(measure: String, label: Range<String.Index>)] = []
            for (measure, words) in measures {
                let pattern = "\\b(?:\(words.joined(separator: "|")))\\b\\s*(?:\\([^)]*\\)\\s*)?[:–—-]\\s*"
                var from = text.startIndex
                while let r = text.rangeOfFirstMatch(pattern, in: from..<text.endIndex) {
                    starts.append((measure, r))
                    from = r.upperBound
                }
            }
            starts.sort { $0.label.lowerBound < $1.label.lowerBound }
            for (k, s) in starts.enumerated() {
                let end = k + 1 < starts.count ? starts[k + 1].label.lowerBound : text.endIndex
                guard s.label.upperBound <= end else { continue }
                let entries = list(String(text[s.label.upperBound..<end]))
                if entries.count >= ParseTuning.minRiskKeyEntries {
                    out += entries.map { ParsedScoreKey(measure: s.measure, text: $0.0, score: $0.1) }
                }
            }
        }
        // A word keyed to two scores is no key.
        return out.filter { e in
            !out.contains { $0.measure == e.measure && $0.text.key == e.text.key && $0.score != e.score }
        }
    }

    /// The entries at the start of a list separated by ";" or ",", up to the first that is not
    /// one ("5 Almost certain Impact: 1 Negligible" ends it: the next key follows).
    static func list(_ text: String) -> [(String, Int)] {
        var out: [(String, Int)] = []
        for item in text.split(whereSeparator: { $0 == ";" || $0 == "," }) {
            guard let e = entry(String(item).collapsed) else { break }
            out.append(e)
        }
        return out
    }

    /// "1 Rare", "1 = Rare", "1 - Rare", "Rare (1)", "Rare - 1".
    static func entry(_ t: String) -> (String, Int)? {
        if let m = t.firstMatch(#"^([1-9])\s*[-–=:.]?\s*([a-z][a-z' -]{1,30}?)\.?$"#), let n = Int(m[1]) {
            return (m[2].collapsed, n)
        }
        if let m = t.firstMatch(#"^([a-z][a-z' -]{1,30}?)\s*(?:\(([1-9])\)|[-–=:]\s*([1-9]))\.?$"#),
            let n = Int(m[2].isEmpty ? m[3] : m[2])
        {
            return (m[1].collapsed, n)
        }
        return nil
    }
}
