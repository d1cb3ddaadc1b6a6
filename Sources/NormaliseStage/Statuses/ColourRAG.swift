import Record

/// RAG from a colour: a cell fill or an icon's dominant colour, as RGB bytes.
public enum ColourRAG {
    /// Red, amber or green by hue; nil for neutral (low saturation, very dark) or other hues.
    /// Works for pale conditional-format fills (#FFC7CE, #FFEB9C, #C6EFCE), Word's standard
    /// colours (#FF0000, #C00000, #FFC000, #FFFF00, #00B050, #92D050) and saturated icons.
    public static func rag(red r: UInt8, green g: UInt8, blue b: UInt8) -> RAG? {
        let (h, s, v) = hsv(r, g, b)
        guard s >= NormaliseTuning.minimumSaturation, v >= NormaliseTuning.minimumValue else { return nil }
        if NormaliseTuning.redHues.contains(where: { $0.contains(h) }) { return .red }
        if NormaliseTuning.amberHues.contains(h) { return .amber }
        if NormaliseTuning.greenHues.contains(h) { return .green }
        return nil
    }

    /// RAG from "#RRGGBB" or "RRGGBB"; nil when not a hex colour.
    public static func rag(hex: String) -> RAG? {
        guard let (r, g, b) = channels(hex: hex) else { return nil }
        return rag(red: r, green: g, blue: b)
    }

    /// The red, green and blue bytes of "#RRGGBB" or "RRGGBB"; nil when not a hex colour.
    public static func channels(hex: String) -> (UInt8, UInt8, UInt8)? {
        var s = Substring(hex.trimmingCharacters(in: [" "]))
        if s.first == "#" { s.removeFirst() }
        guard s.count == 6, let n = UInt32(s, radix: 16) else { return nil }
        return (UInt8(n >> 16), UInt8((n >> 8) & 0xFF), UInt8(n & 0xFF))
    }

    /// Hue in degrees 0..<360, saturation and value in 0...1.
    static func hsv(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> (Double, Double, Double) {
        let rf = Double(r) / 255
        let gf = Double(g) / 255
        let bf = Double(b) / 255
        let maxC = max(rf, gf, bf)
        let minC = min(rf, gf, bf)
        let delta = maxC - minC
        let s = maxC == 0 ? 0 : delta / maxC
        guard delta > 0 else { return (0, s, maxC) }
        var h: Double
        if maxC == rf {
            h = 60 * ((gf - bf) / delta)
        } else if maxC == gf {
            h = 60 * ((bf - rf) / delta + 2)
        } else {
            h = 60 * ((rf - gf) / delta + 4)
        }
        if h < 0 { h += 360 }
        return (h, s, maxC)
    }
}
