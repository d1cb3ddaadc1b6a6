/// A JSON value tree that keeps object keys in the order they were encoded. Foundation's
/// JSONEncoder on Linux orders keys by hash (different on every run) or alphabetically; the
/// record's contract is its declared order, byte-identical across runs.
public indirect enum JSONNode: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONNode])
    case object([(String, JSONNode)])

    public static func == (a: JSONNode, b: JSONNode) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case (.bool(let x), .bool(let y)): x == y
        case (.int(let x), .int(let y)): x == y
        case (.double(let x), .double(let y)): x == y
        case (.string(let x), .string(let y)): x == y
        case (.array(let x), .array(let y)): x == y
        case (.object(let x), .object(let y)):
            x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// Pretty-printed with two-space indents; arrays of scalars stay on one line.
    public func render(into out: inout String, indent: Int = 0) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1 << 16)
        write(into: &bytes, indent: indent)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Writes UTF-8 bytes: appending to a byte buffer is several times cheaper than growing a
    /// String piece by piece, and the text stage writes an object per word.
    func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out += Self.nullBytes
        case .bool(let b): out += b ? Self.trueBytes : Self.falseBytes
        case .int(let i): JSONWriter.appendInt(i, into: &out)
        case .double(let d): JSONWriter.appendNumber(d, into: &out)
        case .string(let s): Self.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty {
                out += Self.emptyArray
                return
            }
            if items.allSatisfy(\.isScalar) {
                out.append(UInt8(ascii: "["))
                for (i, item) in items.enumerated() {
                    if i > 0 { out += Self.commaSpace }
                    item.write(into: &out, indent: indent)
                }
                out.append(UInt8(ascii: "]"))
                return
            }
            out += Self.openArray
            for (i, item) in items.enumerated() {
                Self.pad(&out, indent + 2)
                item.write(into: &out, indent: indent + 2)
                out += i < items.count - 1 ? Self.commaNewline : Self.newline
            }
            Self.pad(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            if fields.isEmpty {
                out += Self.emptyObject
                return
            }
            out += Self.openObject
            for (i, (k, v)) in fields.enumerated() {
                Self.pad(&out, indent + 2)
                Self.quote(k, into: &out)
                out += Self.colonSpace
                v.write(into: &out, indent: indent + 2)
                out += i < fields.count - 1 ? Self.commaNewline : Self.newline
            }
            Self.pad(&out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static let nullBytes = Array("null".utf8), trueBytes = Array("true".utf8), falseBytes = Array("false".utf8)
    private static let emptyArray = Array("[]".utf8), emptyObject = Array("{}".utf8)
    private static let openArray = Array("[\n".utf8), openObject = Array("{\n".utf8)
    private static let commaSpace = Array(", ".utf8), colonSpace = Array(": ".utf8)
    private static let commaNewline = Array(",\n".utf8), newline = Array("\n".utf8)

    static func pad(_ out: inout [UInt8], _ n: Int) {
        if n <= spaces.count {
            out.append(contentsOf: spaces[..<n])
        } else {
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: n))
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    /// Whole numbers print without a fraction ("19378"), others in Swift's shortest
    /// round-trip form ("0.1").
    public static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            // Most strings need no escape: copied in one go.
            if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                out.append(contentsOf: utf8)
                return
            }
            for b in utf8 {
                switch b {
                case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
                case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                case _ where b < 0x20:
                    let hex = String(b, radix: 16)
                    out += "\\u".utf8
                    out += repeatElement(UInt8(ascii: "0"), count: 4 - hex.count)
                    out += hex.utf8
                default: out.append(b)  // UTF-8 multi-byte sequences pass through unchanged
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// Encodes any Encodable into a `JSONNode`, keys in encoding order.
public struct OrderedJSONEncoder {
    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> JSONNode {
        let root = NodeBox()
        try value.encode(to: TreeEncoder(box: root, codingPath: [], valueType: T.self))
        return root.node
    }
}

/// Mutable slot the containers write into; resolved to a `JSONNode` at the end. Object
/// fields and array items live in their own stored arrays so appending does not copy them.
final class NodeBox {
    enum Kind { case empty, value, object, array }

    var kind: Kind = .empty
    var value: JSONNode = .null
    var fields: [(String, NodeBox)] = []
    var items: [NodeBox] = []

    var node: JSONNode {
        switch kind {
        case .empty: .object([])
        case .value: value
        case .object: .object(fields.map { ($0.0, $0.1.node) })
        case .array: .array(items.map(\.node))
        }
    }

    func set(_ v: JSONNode) {
        kind = .value
        value = v
    }

    /// Takes over another box's content (a scalar or container encoded on its own).
    func adopt(_ other: NodeBox) {
        kind = other.kind
        value = other.value
        fields = other.fields
        items = other.items
    }

    func makeObject() {
        if kind != .object {
            kind = .object
            fields = []
        }
    }

    func makeArray() {
        if kind != .array {
            kind = .array
            items = []
        }
    }

    func child(key: String) -> NodeBox {
        makeObject()
        // Keys are few per object and encoded once each: a linear search beats hashing here.
        if let existing = fields.first(where: { $0.0 == key }) { return existing.1 }
        let b = NodeBox()
        fields.append((key, b))
        return b
    }

    func appendChild() -> NodeBox {
        makeArray()
        let b = NodeBox()
        items.append(b)
        return b
    }
}

struct TreeEncoder: Encoder {
    let box: NodeBox
    var codingPath: [any CodingKey]
    /// The type of the value this encoder encodes: its key policy is looked up only when it
    /// asks for a keyed container (arrays, optionals and enums never need one).
    var valueType: Any.Type?
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        box.makeObject()
        return KeyedEncodingContainer(
            KeyedTree<Key>(box: box, codingPath: codingPath, policy: KeyPolicy(of: valueType)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        box.makeArray()
        return UnkeyedTree(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleTree(box: box, codingPath: codingPath)
    }
}

/// Scalars shared by all three container kinds.
enum Scalar {
    static func node<T: Encodable>(_ value: T, path: [any CodingKey]) throws -> NodeBox {
        let b = NodeBox()
        switch value {
        case let v as String: b.set(.string(v))
        case let v as Bool: b.set(.bool(v))
        case let v as Int: b.set(.int(Int64(v)))
        case let v as Int32: b.set(.int(Int64(v)))
        case let v as Int64: b.set(.int(v))
        case let v as UInt8: b.set(.int(Int64(v)))
        case let v as Double: b.set(.double(v))
        case let v as Float: b.set(.double(Double(v)))
        default: try value.encode(to: TreeEncoder(box: b, codingPath: path, valueType: T.self))
        }
        return b
    }
}

struct KeyedTree<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: NodeBox
    var codingPath: [any CodingKey]
    var policy = KeyPolicy.none

    mutating func encodeNil(forKey key: Key) throws { box.child(key: key.stringValue).set(.null) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if !policy.omittedWhenEmpty.isEmpty, policy.omittedWhenEmpty.contains(key.stringValue),
            let c = value as? any Collection, c.isEmpty
        {
            return
        }
        box.child(key: key.stringValue).adopt(try Scalar.node(value, path: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let b = box.child(key: key.stringValue)
        b.makeObject()
        return KeyedEncodingContainer(KeyedTree<NestedKey>(box: b, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let b = box.child(key: key.stringValue)
        b.makeArray()
        return UnkeyedTree(box: b, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(box: box.child(key: "super"), codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(box: box.child(key: key.stringValue), codingPath: codingPath + [key])
    }
}

struct UnkeyedTree: UnkeyedEncodingContainer {
    let box: NodeBox
    var codingPath: [any CodingKey]
    var count: Int { box.items.count }

    mutating func encodeNil() throws { box.appendChild().set(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        box.appendChild().adopt(try Scalar.node(value, path: codingPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
        NestedKey
    > {
        let b = box.appendChild()
        b.makeObject()
        return KeyedEncodingContainer(KeyedTree<NestedKey>(box: b, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let b = box.appendChild()
        b.makeArray()
        return UnkeyedTree(box: b, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(box: box.appendChild(), codingPath: codingPath) }
}

struct SingleTree: SingleValueEncodingContainer {
    let box: NodeBox
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { box.set(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        box.adopt(try Scalar.node(value, path: codingPath))
    }
}
