/// URL slugs: "Charnwood Borough Council" → "charnwood-borough-council".
public enum Slug {
    /// Lower-case ASCII letters and digits joined by single hyphens; accents folded
    /// ("Ynys Môn" → "ynys-mon"), "&" read as "and", apostrophes dropped ("King's" → "kings").
    public static func make(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in TextCleanup.clean(text).lowercased().unicodeScalars {
            let piece: String
            if scalar == "&" {
                piece = "and"
                pendingHyphen = !out.isEmpty
            } else if scalar == "'" {
                continue
            } else if let folded = fold(scalar) {
                piece = folded
            } else {
                pendingHyphen = !out.isEmpty
                continue
            }
            if pendingHyphen {
                out.append("-")
                pendingHyphen = false
            }
            out.append(piece)
            if scalar == "&" { pendingHyphen = true }
        }
        return out
    }

    /// ASCII letter/digit for a scalar, folding common Latin accents; nil for separators.
    private static func fold(_ s: Unicode.Scalar) -> String? {
        if ("a"..."z").contains(s) || ("0"..."9").contains(s) { return String(s) }
        switch s {
        case "à", "á", "â", "ã", "ä", "å", "ā": return "a"
        case "æ": return "ae"
        case "ç": return "c"
        case "è", "é", "ê", "ë", "ē": return "e"
        case "ì", "í", "î", "ï", "ī": return "i"
        case "ñ": return "n"
        case "ò", "ó", "ô", "õ", "ö", "ø", "ō": return "o"
        case "œ": return "oe"
        case "ù", "ú", "û", "ü", "ū": return "u"
        case "ŵ": return "w"
        case "ý", "ÿ", "ŷ": return "y"
        case "ß": return "ss"
        default: return nil
        }
    }
}
