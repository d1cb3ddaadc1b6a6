import Foundation
import JSON

/// A parsed JSON document, kept untyped so that the strict reader can see exactly what is
/// there: a missing key, a null, a number where a string belongs. Parsing itself is
/// Foundation's JSONDecoder.
indirect enum JSONValue: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: AnyKey.self) {
            var fields: [String: JSONValue] = [:]
            for key in keyed.allKeys {
                fields[key.stringValue] = try keyed.decode(JSONValue.self, forKey: key)
            }
            self = .object(fields)
        } else if var list = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !list.isAtEnd { items.append(try list.decode(JSONValue.self)) }
            self = .array(items)
        } else {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() {
                self = .null
            } else if let b = try? single.decode(Bool.self) {
                self = .bool(b)
            } else if let d = try? single.decode(Double.self) {
                self = .number(d)
            } else {
                self = .string(try single.decode(String.self))
            }
        }
    }

    static func parse(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// The value a writer's tree stands for: what parsing its bytes would give (numbers as
    /// doubles, keys unordered), without writing and parsing them.
    init(_ node: JSONNode) {
        switch node {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .number(Double(i))
        case .double(let d): self = d.isFinite ? .number(d) : .null  // as the writer writes it
        case .string(let s): self = .string(s)
        case .array(let items): self = .array(items.map(JSONValue.init))
        case .object(let fields):
            var out: [String: JSONValue] = [:]
            for (k, v) in fields { out[k] = JSONValue(v) }
            self = .object(out)
        }
    }

    /// How messages name what was found instead.
    var kind: String {
        switch self {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .number(let d): d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        case .string(let s): "a string \"\(s.count <= 40 ? s : String(s.prefix(37)) + "...")\""
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// Where a value sits in the document: `indicators[3].observations[0].period.quarter`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) { self.components = components }

    func appending(_ key: String) -> JSONPath { JSONPath(components + [.key(key)]) }
    func appending(_ index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }

    /// Dotted keys and bracketed indices; the empty path (the whole record) is "".
    public var description: String {
        var out = ""
        for c in components {
            switch c {
            case .key(let k): out += out.isEmpty ? k : "." + k
            case .index(let i): out += "[\(i)]"
            }
        }
        return out
    }
}
