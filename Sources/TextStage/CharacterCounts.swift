/// Character counts and letter tests that the segment stage asks of every word of a paper,
/// answered from the UTF-8 bytes when the text is ASCII: walking grapheme clusters and looking
/// up a Unicode property per Character was a few percent of a paper's extraction. Other text
/// takes the Character path, so the answers are always those of `count` and `isLetter`.
extension String {
    /// `count`. Every ASCII byte is a Character of its own except CR before LF, so ASCII text
    /// without a CR has as many Characters as bytes.
    public var characterCount: Int {
        let bytes = utf8.withContiguousStorageIfAvailable { b -> Int? in
            for c in b where c >= 0x80 || c == 0x0D { return nil }
            return b.count
        }
        return (bytes ?? nil) ?? count
    }

    /// `contains(where: \.isLetter)`. In ASCII the letters are A–Z and a–z.
    public var containsLetter: Bool {
        let ascii = utf8.withContiguousStorageIfAvailable { b -> Bool? in
            var letter = false
            for c in b {
                if c >= 0x80 { return nil }
                let lower = c | 0x20
                if lower >= 0x61 && lower <= 0x7A { letter = true }
            }
            return letter
        }
        return (ascii ?? nil) ?? contains(where: \.isLetter)
    }
}
