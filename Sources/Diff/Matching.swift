/// How rows of two reports are paired: exact keys first, then the most similar remaining
/// names above a threshold (tolerates small rewording and renamed indicators).
enum Matching {
    /// Lower-case alphanumeric tokens; punctuation, dashes and quotes do not distinguish names.
    static func tokens(_ s: String) -> [String] {
        s.lowercased()
            .split { !($0.isLetter || $0.isNumber) }
            .map(String.init)
    }

    static func key(_ s: String) -> String { tokens(s).joined(separator: " ") }

    /// Dice coefficient over token multisets: 1 for the same words, 0 for none shared.
    static func similarity(_ a: String, _ b: String) -> Double {
        let ta = tokens(a)
        let tb = tokens(b)
        guard !ta.isEmpty || !tb.isEmpty else { return 1 }
        var counts: [String: Int] = [:]
        for t in ta { counts[t, default: 0] += 1 }
        var shared = 0
        for t in tb where (counts[t] ?? 0) > 0 {
            counts[t]! -= 1
            shared += 1
        }
        return 2 * Double(shared) / Double(ta.count + tb.count)
    }

    /// Pairs left items with right items. `exact` gives a key that must be equal to pair in
    /// the first pass; `text` is compared for similarity in the second. Greedy by best score,
    /// ties broken by position so the result is deterministic.
    static func pair(
        left: [String?], leftText: [String], right: [String?], rightText: [String], threshold: Double
    ) -> (pairs: [(Int, Int, exact: Bool)], leftOnly: [Int], rightOnly: [Int]) {
        var pairs: [(Int, Int, exact: Bool)] = []
        var usedRight = Set<Int>()
        var usedLeft = Set<Int>()
        var rightByKey: [String: [Int]] = [:]
        for (j, k) in right.enumerated() { if let k { rightByKey[k, default: []].append(j) } }
        for (i, k) in left.enumerated() {
            guard let k, let j = rightByKey[k]?.first(where: { !usedRight.contains($0) }) else { continue }
            pairs.append((i, j, true))
            usedLeft.insert(i)
            usedRight.insert(j)
        }
        var candidates: [(score: Double, i: Int, j: Int)] = []
        for i in left.indices where !usedLeft.contains(i) {
            for j in right.indices where !usedRight.contains(j) {
                let s = similarity(leftText[i], rightText[j])
                if s >= threshold { candidates.append((s, i, j)) }
            }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.i, $0.j) < ($1.i, $1.j) }
        for c in candidates where !usedLeft.contains(c.i) && !usedRight.contains(c.j) {
            pairs.append((c.i, c.j, false))
            usedLeft.insert(c.i)
            usedRight.insert(c.j)
        }
        pairs.sort { $0.1 < $1.1 }
        return (
            pairs,
            left.indices.filter { !usedLeft.contains($0) },
            right.indices.filter { !usedRight.contains($0) }
        )
    }
}
