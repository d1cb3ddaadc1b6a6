import Foundation

/// The one way every command writes JSON, so output is byte-identical across runs: keys in
/// declaration order, two-space indents, arrays of numbers on one line, trailing newline.
public enum JSONOutput {
    public static func string<T: Encodable>(_ value: T) throws -> String {
        var out = ""
        try OrderedJSONEncoder().encode(value).render(into: &out)
        out += "\n"
        return out
    }

    public static func data<T: Encodable>(_ value: T) throws -> Data {
        Data(try string(value).utf8)
    }
}
