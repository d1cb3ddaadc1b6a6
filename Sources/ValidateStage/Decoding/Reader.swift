/// The strict reader's parts: a cursor on a value, readers for each kind of value, and an
/// object reader that notices missing, null and unknown keys. Problems are collected, not
/// thrown, so one pass reports everything wrong with a document.

/// Problems found during one decode (owned by that call alone).
final class ProblemLog {
    var problems: [DecodingProblem] = []

    func add(_ code: DecodingCode, _ path: JSONPath, _ message: String) {
        problems.append(DecodingProblem(code: code, path: path, message: message))
    }
}

struct Cursor {
    let value: JSONValue
    let path: JSONPath
    let log: ProblemLog

    func child(_ key: String, _ v: JSONValue) -> Cursor { Cursor(value: v, path: path.appending(key), log: log) }
    func child(_ index: Int, _ v: JSONValue) -> Cursor { Cursor(value: v, path: path.appending(index), log: log) }

    /// Logs a problem here and gives nil, so readers can `return c.fail(...)`.
    func fail<T>(_ code: DecodingCode, _ message: String) -> T? {
        log.add(code, path, message)
        return nil
    }

    func wrongType<T>(_ expected: String) -> T? { fail(.wrongType, "expected \(expected), found \(value.kind)") }
}

typealias Reader<T> = (Cursor) -> T?

enum Read {
    static func string(_ c: Cursor) -> String? {
        guard case .string(let s) = c.value else { return c.wrongType("a string") }
        return s
    }

    /// A string that must not be empty.
    static func text(_ c: Cursor) -> String? {
        guard let s = string(c) else { return nil }
        return s.isEmpty ? c.fail(.invalidFormat, "must not be empty") : s
    }

    static func formatted(_ format: Format) -> Reader<String> {
        { c in
            guard let s = string(c) else { return nil }
            return format.matches(s) ? s : c.fail(.invalidFormat, "\"\(s)\" is not \(format.expected)")
        }
    }

    static func constant(_ value: String) -> Reader<String> {
        { c in
            guard let s = string(c) else { return nil }
            return s == value ? s : c.fail(.invalidValue, "must be \"\(value)\", found \"\(s)\"")
        }
    }

    static func bool(_ c: Cursor) -> Bool? {
        guard case .bool(let b) = c.value else { return c.wrongType("true or false") }
        return b
    }

    static func number(_ c: Cursor) -> Double? {
        guard case .number(let d) = c.value else { return c.wrongType("a number") }
        return d
    }

    /// An integer (JSON Schema counts 3.0 as one too), optionally bounded.
    static func integer(min: Int? = nil, max: Int? = nil) -> Reader<Int> {
        { c in
            guard case .number(let d) = c.value, d == d.rounded(), abs(d) < 9e15 else {
                return c.wrongType("an integer")
            }
            let i = Int(d)
            if let min, i < min { return c.fail(.outOfRange, "\(i) is less than \(min)") }
            if let max, i > max { return c.fail(.outOfRange, "\(i) is more than \(max)") }
            return i
        }
    }

    static func enumeration<E: RawRepresentable & CaseIterable>(_: E.Type) -> Reader<E> where E.RawValue == String {
        { c in
            guard let s = string(c) else { return nil }
            if let e = E(rawValue: s) { return e }
            let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            return c.fail(.unknownEnumValue, "\"\(s)\" is not one of \(allowed)")
        }
    }

    /// Every element is read (and its problems logged); the good ones are returned.
    static func array<T>(_ item: @escaping Reader<T>, count: Int? = nil) -> Reader<[T]> {
        { c in
            guard case .array(let items) = c.value else { return c.wrongType("an array") }
            if let count, items.count != count {
                return c.fail(.invalidValue, "expected \(count) items, found \(items.count)")
            }
            return items.enumerated().compactMap { i, v in item(c.child(i, v)) }
        }
    }

    /// Reads an object with `build`; keys that `build` never asked for are unknown.
    static func object<T>(_ build: @escaping (Fields) -> T?) -> Reader<T> {
        { c in
            guard case .object(let map) = c.value else { return c.wrongType("an object") }
            let fields = Fields(map: map, cursor: c)
            let result = build(fields)
            for key in map.keys.sorted() where !fields.asked.contains(key) {
                c.log.add(.unknownKey, c.path.appending(key), "unknown key \"\(key)\" (not in the record schema)")
            }
            return result
        }
    }
}

/// An object being read. `required`: the key must be there and not null. `nullable`: the key
/// must be there, null meaning unknown. `optional`: the key may be left out, but is never
/// null (the SPEC's `?` fields are omitted when unknown).
final class Fields {
    let map: [String: JSONValue]
    let cursor: Cursor
    private(set) var asked: Set<String> = []

    init(map: [String: JSONValue], cursor: Cursor) {
        self.map = map
        self.cursor = cursor
    }

    func required<T>(_ key: String, _ read: Reader<T>) -> T? {
        asked.insert(key)
        guard let v = map[key] else { return missing(key, "required key is missing") }
        return read(cursor.child(key, v))
    }

    func nullable<T>(_ key: String, _ read: Reader<T>) -> T? {
        asked.insert(key)
        guard let v = map[key] else { return missing(key, "required key is missing (it is null when unknown)") }
        return v == .null ? nil : read(cursor.child(key, v))
    }

    func optional<T>(_ key: String, _ read: Reader<T>) -> T? {
        asked.insert(key)
        guard let v = map[key] else { return nil }
        if v == .null {
            return cursor.child(key, v).fail(.wrongType, "null is not allowed here: leave the key out when unknown")
        }
        return read(cursor.child(key, v))
    }

    /// Reported at the missing key's own path, where it should have been.
    private func missing<T>(_ key: String, _ message: String) -> T? {
        cursor.child(key, .null).fail(.missingKey, message)
    }
}
