/// A minimal tag scanner over cairo's SVG output: yields each tag's name and lets the caller
/// read attributes. Text between tags and attribute-value entities are not needed.
struct Scanner {
    let bytes: [UInt8]
    var pos = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    struct Tag {
        let bytes: [UInt8]
        let name: [UInt8]
        let isClosing: Bool
        let selfClosing: Bool
        let attrStart: Int
        let end: Int

        /// The raw value of `key="…"`.
        func attribute(_ key: String) -> [UInt8]? {
            let k = Array(key.utf8)
            var i = attrStart
            while i < end {
                // Find `key="` at an attribute boundary.
                if bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\n") || bytes[i] == UInt8(ascii: "\t") {
                    let s = i + 1
                    if s + k.count + 1 < end, bytes[s..<(s + k.count)].elementsEqual(k), bytes[s + k.count] == UInt8(ascii: "=") {
                        let q = s + k.count + 1
                        let quote = bytes[q]
                        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
                        var e = q + 1
                        while e < end && bytes[e] != quote { e += 1 }
                        return Array(bytes[(q + 1)..<e])
                    }
                }
                i += 1
            }
            return nil
        }
    }

    mutating func nextTag() -> Tag? {
        while pos < bytes.count {
            guard let lt = bytes[pos...].firstIndex(of: UInt8(ascii: "<")) else { pos = bytes.count; return nil }
            // Find the tag's end, honouring quoted attribute values.
            var i = lt + 1
            var quote: UInt8 = 0
            while i < bytes.count {
                let c = bytes[i]
                if quote != 0 { if c == quote { quote = 0 } } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { quote = c } else if c == UInt8(ascii: ">") { break }
                i += 1
            }
            pos = i + 1
            guard i < bytes.count else { return nil }
            var s = lt + 1
            let closing = bytes[s] == UInt8(ascii: "/")
            if closing { s += 1 }
            if bytes[s] == UInt8(ascii: "?") || bytes[s] == UInt8(ascii: "!") { continue }
            var e = s
            while e < i, bytes[e] != UInt8(ascii: " "), bytes[e] != UInt8(ascii: "/"), bytes[e] != UInt8(ascii: "\n"), bytes[e] != UInt8(ascii: ">") { e += 1 }
            let selfClosing = i > lt && bytes[i - 1] == UInt8(ascii: "/")
            return Tag(bytes: bytes, name: Array(bytes[s..<e]), isClosing: closing, selfClosing: selfClosing, attrStart: e, end: i)
        }
        return nil
    }
}
