/// HTML character references as ModernGov leaves them inside element text: the XML parse undoes
/// one level of escaping, and some installs escape twice (`&amp;amp;`, `&amp;nbsp;`).
enum HTMLEntities {
    /// `&amp;amp;amp;` is three levels; no install has been seen to go further.
    static let maxDecodingPasses = 3
    /// The longest name looked for between "&" and ";".
    static let maxNameLength = 8

    /// The named references committee titles use (Word's typography, currency, spaces).
    static let named: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "hellip": "…", "pound": "£", "euro": "€", "copy": "©", "bull": "•", "middot": "·"
    ]

    /// One pass: each reference decoded once; an unknown or unterminated one stays as written.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(maxNameLength + 1).firstIndex(of: ";"),
                let character = character(for: after[..<semicolon])
            {
                result.append(character)
                rest = after[after.index(after: semicolon)...]
            } else {
                result.append("&")
                rest = after
            }
        }
        return result + rest
    }

    private static func character(for name: Substring) -> Character? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map(Character.init)
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map(Character.init)
        }
        return named[String(name)]
    }
}
