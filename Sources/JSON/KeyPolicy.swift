/// How a type's nil and empty members are written, in one place. The SPEC marks each optional
/// key either `?` (left out when unknown) or `| null` (always there, null when unknown). Swift's
/// synthesised `Encodable` leaves every nil out, which is the `?` case; a type lists the keys it
/// writes as `null`, and the array keys it leaves out while empty, instead of hand-writing
/// `encode(to:)`. `OrderedJSONEncoder` (every command's JSON) applies the policy.
public protocol JSONKeyPolicy {
    /// Optional members written as `null` when nil (the SPEC's `| null`).
    static var nullKeys: Set<String> { get }
    /// Array members left out while empty.
    static var keysOmittedWhenEmpty: Set<String> { get }
}

extension JSONKeyPolicy {
    public static var nullKeys: Set<String> { [] }
    public static var keysOmittedWhenEmpty: Set<String> { [] }
}

/// The policy of the value being encoded, looked up when it opens a keyed container.
struct KeyPolicy {
    var nullKeys: Set<String> = []
    var omittedWhenEmpty: Set<String> = []

    static let none = KeyPolicy()

    init() {}

    init(of type: Any.Type?) {
        guard let policy = type as? any JSONKeyPolicy.Type else { return }
        nullKeys = policy.nullKeys
        omittedWhenEmpty = policy.keysOmittedWhenEmpty
    }
}

/// A nil optional: `null` when the policy names the key, else left out. Every overload the
/// protocol declares is here, so the synthesised conformances of all types reach this one.
extension KeyedTree {
    private mutating func absent(_ key: Key) {
        if policy.nullKeys.contains(key.stringValue) { box.child(key: key.stringValue).set(.null) }
    }

    private mutating func present<T: Encodable>(_ value: T?, _ key: Key) throws {
        if let value { try encode(value, forKey: key) } else { absent(key) }
    }

    mutating func encodeIfPresent<T: Encodable>(_ v: T?, forKey key: Key) throws { try present(v, key) }
    mutating func encodeIfPresent(_ v: Bool?, forKey key: Key) throws { try present(v, key) }
    mutating func encodeIfPresent(_ v: String?, forKey key: Key) throws { try present(v, key) }
    mutating func encodeIfPresent(_ v: Double?, forKey key: Key) throws { try present(v, key) }
    mutating func encodeIfPresent(_ v: Float?, forKey key: Key) throws { try present(v, key) }
    mutating func encodeIfPresent(_ v: Int?, forKey key: Key) throws { try present(v, key) }
    mutating func encodeIfPresent(_ v: Int8?, forKey key: Key) throws { try present(v, key) }
    mutating func encodeIfPresent(_ v: Int16?, forKey key: Key) throws { try present(v, key) }
    mutating func encodeIfPresent(_ v: Int32?, forKey key: Key) throws { try present(v, key) }
    mutating func encodeIfPresent(_ v: Int64?, forKey key: Key) throws { try present(v, key) }
    mutating func encodeIfPresent(_ v: UInt?, forKey key: Key) throws { try present(v, key) }
    mutating func encodeIfPresent(_ v: UInt8?, forKey key: Key) throws { try present(v, key) }
    mutating func encodeIfPresent(_ v: UInt16?, forKey key: Key) throws { try present(v, key) }
    mutating func encodeIfPresent(_ v: UInt32?, forKey key: Key) throws { try present(v, key) }
    mutating func encodeIfPresent(_ v: UInt64?, forKey key: Key) throws { try present(v, key) }
}
