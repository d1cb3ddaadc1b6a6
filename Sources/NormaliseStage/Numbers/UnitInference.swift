import Record

/// The unit an indicator's name or a column header implies, for cells that carry none:
/// "% of food establishments…" → percent, "(days)" → days, "Number of people…" → count.
public enum UnitInference {
    /// Checked in order; the first rule whose any phrase occurs (as whole words) wins, so
    /// "% of days lost" is a percentage and "Number of working days lost" is days.
    static let rules: [(Unit, [String])] = [
        (.percent, ["%", "percentage", "percent", "per cent", "proportion", "satisfied"]),
        (.days, ["days", "working days"]),
        (.weeks, ["weeks", "week", "wks"]),
        (.hours, ["hours", "hrs"]),
        (.kilograms, ["kg", "kgs", "kilograms"]),
        (.tonnes, ["tonnes", "tonnage", "tons"]),
        (.gbp, ["£", "gbp", "£000", "£000s", "£k", "£m", "cost", "income", "spend", "savings", "expenditure"]),
        (.ratio, ["ratio"]),
        (.score, ["score", "rating"]),
        (
            .count,
            [
                "number of", "no of", "no. of", "total number", "count", "attendees", "attendances",
                "visits", "visitors", "admissions"
            ]
        )
    ]

    /// The unit implied by a name or header, or nil.
    public static func unit(fromLabel label: String) -> Unit? {
        let text = " " + spaced(label) + " "
        // `spaced` leaves single ASCII spaces between letters, numbers and "£.'": the phrases'
        // bytes are found as they are.
        for (unit, phrases) in spacedRules where phrases.contains(where: text.containsBytes) {
            return unit
        }
        return nil
    }

    /// `rules` with each phrase spaced and between spaces, worked out once.
    static let spacedRules: [(Unit, [String])] = rules.map { unit, phrases in
        (unit, phrases.map { " " + spaced($0) + " " })
    }

    /// The multiplier a money header implies: "£000", "£'000", "(£000s)", "£k" → 1000; "£m" → 1e6.
    public static func scale(fromLabel label: String) -> Double {
        let t = TextCleanup.key(label).filter { $0 != " " && $0 != "'" }
        if t.contains("£000") || t.contains("£k") || t.contains("(000s)") || t.contains("(000)") { return 1000 }
        if t.contains("£m") || t.contains("(m)") { return 1_000_000 }
        return 1
    }

    /// Lower-cased with punctuation other than "%", "£", "." spaced out, so phrases match as words.
    static func spaced(_ s: String) -> String {
        let key = TextCleanup.key(s)
        return spacedASCII(key) ?? spacedCharacters(key)
    }

    /// `spaced` of a key, by Characters, whatever the text.
    static func spacedCharacters(_ key: String) -> String {
        var out = ""
        for ch in key {
            if ch.isLetter || ch.isNumber || ch == "£" || ch == "." || ch == "'" {
                out.append(ch)
            } else if ch == "%" {
                out += " % "
            } else {
                out.append(" ")
            }
        }
        return out.split(separator: " ").joined(separator: " ")
    }

    /// `spaced` of an ASCII key, byte by byte (nil for other text): every name and header is
    /// spaced, and the Character letter tests were most of it. In ASCII the letters and numbers
    /// are A–Z, a–z and 0–9.
    static func spacedASCII(_ key: String) -> String? {
        var key = key
        return key.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 2)
            var gap = false
            func put(_ b: UInt8) {
                if gap && !out.isEmpty { out.append(0x20) }
                gap = false
                out.append(b)
            }
            for b in bytes {
                switch b {
                case 0x80...: return nil
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "'"):
                    put(b)
                case UInt8(ascii: "%"):
                    gap = true
                    put(b)
                    gap = true
                default: gap = true
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
