import Foundation

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

    /// Writes to a file handle (standard output) as it goes, in chunks.
    public static func write<T: Encodable>(_ value: T, to handle: FileHandle) throws {
        guard let streamable = value as? any JSONStreamable else {
            handle.write(Data(try bytes(value)))
            return
        }
        var writer = JSONWriter { chunk in handle.write(Data(chunk)) }
        streamable.writeJSON(to: &writer)
        writer.flush()
        handle.write(Data([UInt8(ascii: "\n")]))
    }

    public static func string<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try bytes(value), as: UTF8.self)
    }

    public static func data<T: Encodable>(_ value: T) throws -> Data {
        Data(try bytes(value))
    }
}

/// A type that writes its JSON itself, for large outputs where Encodable's containers cost
/// too much. It must write exactly what its Encodable conformance would give.
public protocol JSONStreamable {
    func writeJSON(to writer: inout JSONWriter)
}
