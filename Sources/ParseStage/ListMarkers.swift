/// List markers at the start of a line: bullets and item numbers ("·", "•", "-", "1.", "2)", "(a)",
/// "ii.", "(B)", paragraph numbers "2.1").
enum Bullet {
    static let pattern =
        #"""
        (?x: ^\s*(?:
            [·•▪●◦‣⁃\-–*➤➢]                   # a bullet
            | \(?\d{1,2}[.)]                   # 1.  1)  (1)
            | \d{1,2}(?:\.\d{1,2})+\.?         # 2.1  2.1.3.
            | \(?[a-z][.)] | \(?[ivx]{2,4}[.)] | \([ivx]+\) | \([A-Z]\)   # a)  iii.  (iv)  (B)
        )\s+)
        """#

    static func starts(_ line: String) -> Bool {
        line.firstMatch(pattern, options: []) != nil
    }

    static func strip(_ line: String) -> String {
        guard let m = line.firstMatch(pattern, options: []) else { return line.collapsed }
        return String(line.dropFirst(m[0].count)).collapsed
    }
}
