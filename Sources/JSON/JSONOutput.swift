#if canImport(Glibc)
    import Glibc
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let systemWrite = Darwin.write
#endif

/// The one way every command writes JSON, so output is byte-identical across runs: keys in
/// declaration order, two-space indents, arrays of numbers on one line, trailing newline.
public enum JSONOutput {
    public static func bytes<T: Encodable>(_ value: T) throws -> [UInt8] {
        var out: [UInt8]
        if let streamable = value as? any JSONStreamable {
            var writer = JSONWriter()
            streamable.writeJSON(to: &writer)
            out = writer.bytes
        } else {
            out = []
            out.reserveCapacity(1 << 16)
            try OrderedJSONEncoder().encode(value).write(into: &out, indent: 0)
        }
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// Writes to a file descriptor (standard output by default) as it goes, in chunks: a large
    /// document never sits whole in memory. A write error (the reader has gone) ends the output.
    public static func write<T: Encodable>(_ value: T, toFileDescriptor fd: Int32 = 1) throws {
        guard let streamable = value as? any JSONStreamable else {
            writeAll(try bytes(value), to: fd)
            return
        }
        var writer = JSONWriter { chunk in writeAll(chunk, to: fd) }
        streamable.writeJSON(to: &writer)
        writer.flush()
        writeAll([UInt8(ascii: "\n")], to: fd)
    }

    /// write(2) until every byte is out (a pipe takes a large buffer in parts), unbuffered: what
    /// is written is out before the process exits. Stops at a write error.
    public static func writeAll(_ bytes: some Collection<UInt8>, to fd: Int32) {
        let written: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            var rest = UnsafeRawBufferPointer(buffer)
            while !rest.isEmpty {
                let n = systemWrite(fd, rest.baseAddress, rest.count)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return }
                rest = UnsafeRawBufferPointer(rebasing: rest[n...])
            }
        }
        if written == nil { writeAll(Array(bytes), to: fd) }
    }

    public static func string<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try bytes(value), as: UTF8.self)
    }
}

/// A type that writes its JSON itself, for large outputs where Encodable's containers cost
/// too much. It must write exactly what its Encodable conformance would give.
public protocol JSONStreamable {
    func writeJSON(to writer: inout JSONWriter)
}
