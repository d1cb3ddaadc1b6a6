extension TextCleanup {
    /// Only whitespace runs → one space and ends trimmed: the text "as written". Runs of
    /// Unicode white space (no-break and thin spaces included: the White_Space property) are
    /// found on the UTF-8 bytes: splitting Characters, or building a string scalar by scalar,
    /// cost a sixth of a paper's extraction, and the parsers collapse every cell and line.
    public static func collapseWhitespace(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            // Most texts the parsers collapse are collapsed already: those come back as they are.
            if isCollapsed(bytes) { return text }
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

    /// No white space but single ASCII spaces between other characters.
    private static func isCollapsed(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let width = whitespaceWidth(b, at: i)
            if width > 0 {
                guard b[i] == 0x20, i > 0, i + 1 < b.count, whitespaceWidth(b, at: i + 1) == 0 else { return false }
            }
            i += 1
        }
        return true
    }

    /// The length in bytes of the white-space character starting at `i`, or 0: U+0009–000D,
    /// U+0020, U+0085, U+00A0, U+1680, U+2000–200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    /// Inlined for ASCII, which is nearly every byte it is asked about.
    @inline(__always)
    private static func whitespaceWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return c.isASCIIWhitespace ? 1 : 0 }
        return wideWhitespaceWidth(b, at: i)
    }

    private static func wideWhitespaceWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
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
}
