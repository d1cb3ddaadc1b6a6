/// Writes pretty-printed JSON straight into bytes, in exactly `JSONNode`'s layout (two-space
/// indents, arrays of scalars on one line), without building a tree first: the text stage
/// writes an object per word, and allocating a tree for them cost more than reading the PDF.
/// Containers are opened and closed in order; the writer places commas, newlines and indents.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Per open container: whether it has an element yet.
    private var started: [Bool] = []
    /// A key was just written: the value follows on its line.
    private var afterKey = false

    /// Where full chunks go when writing to a stream; nil keeps everything in `bytes`.
    private let sink: ((ArraySlice<UInt8>) -> Void)?
    private let chunk: Int

    public init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
        sink = nil
        chunk = .max
    }

    /// Hands the bytes to `sink` in chunks of about `chunk` bytes as they are written (call
    /// `flush` at the end): a large document never sits whole in memory.
    public init(chunk: Int = 1 << 16, sink: @escaping (ArraySlice<UInt8>) -> Void) {
        bytes.reserveCapacity(chunk + 4096)
        self.sink = sink
        self.chunk = chunk
    }

    /// Hands what is left to the sink.
    public mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        sink(bytes[...])
        bytes.removeAll(keepingCapacity: true)
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// The next member's key, inside an object; its value is written next.
    public mutating func key(_ k: String) {
        separate()
        JSONNode.quote(k, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        afterKey = true
    }

    public mutating func string(_ s: String) {
        valueStart()
        JSONNode.quote(s, into: &bytes)
    }
    public mutating func int(_ i: Int) {
        valueStart()
        Self.appendInt(Int64(i), into: &bytes)
    }
    public mutating func bool(_ b: Bool) {
        valueStart()
        bytes += b ? Self.trueBytes : Self.falseBytes
    }
    public mutating func double(_ d: Double) {
        valueStart()
        Self.appendNumber(d, into: &bytes)
    }

    /// Four numbers on one line (a box).
    public mutating func doubles(_ a: Double, _ b: Double, _ c: Double, _ d: Double) {
        valueStart()
        bytes.append(UInt8(ascii: "["))
        Self.appendNumber(a, into: &bytes)
        for v in [b, c, d] {
            bytes.append(UInt8(ascii: ","))
            bytes.append(UInt8(ascii: " "))
            Self.appendNumber(v, into: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Before a new element of the innermost container: the comma, line break and indent.
    private mutating func separate() {
        if bytes.count >= chunk { flush() }
        guard let last = started.indices.last else { return }
        if started[last] { bytes.append(UInt8(ascii: ",")) }
        started[last] = true
        bytes.append(UInt8(ascii: "\n"))
        JSONNode.pad(&bytes, depth * 2)
    }

    private mutating func valueStart() {
        if afterKey { afterKey = false } else { separate() }
    }

    private mutating func open(_ c: UInt8) {
        valueStart()
        bytes.append(c)
        started.append(false)
        depth += 1
    }

    private mutating func close(_ c: UInt8) {
        depth -= 1
        if started.removeLast() {
            bytes.append(UInt8(ascii: "\n"))
            JSONNode.pad(&bytes, depth * 2)
        }
        bytes.append(c)
    }

    private static let trueBytes = Array("true".utf8), falseBytes = Array("false".utf8)

    static func appendInt(_ i: Int64, into out: inout [UInt8]) {
        if i < 0 { out.append(UInt8(ascii: "-")) }
        var v = i.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            repeat {
                buf[n] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                n += 1
            } while v > 0
            for k in stride(from: n - 1, through: 0, by: -1) { out.append(buf[k]) }
        }
    }

    /// `JSONNode.format` without going through String: whole numbers as integers, and numbers
    /// with at most two decimals (the stages' rounded coordinates) digit by digit. Anything
    /// else takes the general path.
    static func appendNumber(_ d: Double, into out: inout [UInt8]) {
        if d.isFinite, d == d.rounded(), abs(d) < 1e15 {
            appendInt(Int64(d), into: &out)
            return
        }
        let hundredths = (d * 100).rounded()
        if d.isFinite, abs(d) < 1e13, hundredths / 100 == d {
            // The shortest round-trip form of the double nearest n/100 is n/100 itself.
            let n = Int64(hundredths)
            if n < 0 { out.append(UInt8(ascii: "-")) }
            let m = n.magnitude
            appendInt(Int64(m / 100), into: &out)
            let frac = Int(m % 100)
            out.append(UInt8(ascii: "."))
            out.append(UInt8(ascii: "0") + UInt8(frac / 10))
            if frac % 10 != 0 { out.append(UInt8(ascii: "0") + UInt8(frac % 10)) }
            return
        }
        out += JSONNode.format(d).utf8
    }
}
