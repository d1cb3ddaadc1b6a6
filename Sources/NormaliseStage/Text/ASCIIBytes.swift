/// The ASCII classes the byte-level text readers ask about, in one place. In ASCII text each
/// byte is a Character (bar CR LF), and these are what Character's tests answer for it.
extension UInt8 {
    /// A–Z or a–z.
    @inlinable public var isASCIILetter: Bool { (0x61...0x7A).contains(self | 0x20) }

    /// 0–9.
    @inlinable public var isASCIIDigit: Bool { (0x30...0x39).contains(self) }

    /// Tab, line feed, vertical tab, form feed, carriage return or space.
    @inlinable public var isASCIIWhitespace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }

    /// A–Z as a–z; every other byte as it is.
    @inlinable public var asciiLowercased: UInt8 { (0x41...0x5A).contains(self) ? self | 0x20 : self }
}
