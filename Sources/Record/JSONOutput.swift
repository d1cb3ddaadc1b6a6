import Foundation

/// The one way every command writes JSON, so output is byte-identical across runs: keys in
/// declaration order, two-space indents, arrays of numbers on one line, trailing newline.
public enum JSONOutput {
    public static func string<T: Encodable>(_ value: T) throws -> String {
        var out = ""
        let node = try (value as? any JSONNodeRepresentable)?.jsonNode ?? OrderedJSONEncoder().encode(value)
        node.render(into: &out)
        out += "\n"
        return out
    }

    public static func data<T: Encodable>(_ value: T) throws -> Data {
        Data(try string(value).utf8)
    }
}

/// A type that builds its JSON tree itself, for large outputs where Encodable's containers
/// cost too much. The tree must be the one its Encodable conformance would give.
public protocol JSONNodeRepresentable {
    var jsonNode: JSONNode { get }
}
