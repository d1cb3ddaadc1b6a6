/// Literal searches on a string's UTF-8 bytes. Foundation's `contains` and `components` go
/// through NSString (a twentieth of a long paper's parse stage); these look for the bytes, for
/// ASCII needles. They find all that Foundation finds, and also a needle a combining mark
/// joins onto the character after it ("/ \u{301}"): in front of a regular expression that
/// needs the needle, or a split that checks for such marks (`asciiComponents`), that is exact.
extension String {
    /// Whether `needle`'s bytes occur in the string's.
    public func containsBytes(_ needle: String) -> Bool {
        firstByteOffset(of: needle) != nil
    }

    /// Whether any of `needles` occurs.
    public func containsBytes(anyOf needles: [String]) -> Bool {
        needles.contains { containsBytes($0) }
    }

    /// The UTF-8 offset of `needle`'s first occurrence.
    func firstByteOffset(of needle: String) -> Int? {
        Self.firstOffset(of: needle, in: self) { $0 }
    }

    /// Where `needle` first occurs in `text`, comparing bytes as `map` reads them.
    fileprivate static func firstOffset(of needle: String, in text: String, map: (UInt8) -> UInt8) -> Int? {
        var hay = text
        var pin = needle
        return hay.withUTF8 { h in
            pin.withUTF8 { n -> Int? in
                guard let first = n.first.map(map) else { return 0 }
                guard n.count <= h.count else { return nil }
                var i = 0
                while i + n.count <= h.count {
                    if map(h[i]) == first {
                        var k = 1
                        while k < n.count && map(h[i + k]) == map(n[k]) { k += 1 }
                        if k == n.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }
}

extension String {
    /// Whether `needle` (ASCII) occurs with its letters in either case.
    public func containsASCIIIgnoringCase(_ needle: String) -> Bool {
        Self.firstOffset(of: needle, in: self, map: \.asciiLowercased) != nil
    }

    /// False only for an ASCII text that holds none of `words` (ASCII, in any case): before a
    /// case-insensitive pattern that needs one of them. A text with other characters may match
    /// through case folding ("ſ" is "s" to it), so it is always let through.
    public func mayContainIgnoringCase(anyOf words: [String]) -> Bool {
        !utf8.allSatisfy({ $0 < 0x80 }) || words.contains(where: containsASCIIIgnoringCase)
    }

    /// The parts between occurrences of `separator` (ASCII), as `components(separatedBy:)` gives
    /// them — nil when an occurrence touches a non-ASCII byte, where Foundation's Character rules
    /// (a combining mark joins the character before it) may not see a match.
    public func asciiComponents(separatedBy separator: String) -> [String]? {
        let sep = Array(separator.utf8)
        guard !sep.isEmpty, sep.allSatisfy({ $0 < 0x80 }) else { return nil }
        var hay = self
        return hay.withUTF8 { h -> [String]? in
            var parts: [String] = []
            var start = 0
            var i = 0
            while i + sep.count <= h.count {
                var k = 0
                while k < sep.count && h[i + k] == sep[k] { k += 1 }
                if k < sep.count {
                    i += 1
                    continue
                }
                let end = i + sep.count
                if (i > 0 && h[i - 1] >= 0x80) || (end < h.count && h[end] >= 0x80) { return nil }
                parts.append(String(decoding: UnsafeBufferPointer(rebasing: h[start..<i]), as: UTF8.self))
                start = end
                i = end
            }
            parts.append(String(decoding: UnsafeBufferPointer(rebasing: h[start..<h.count]), as: UTF8.self))
            return parts
        }
    }
}
