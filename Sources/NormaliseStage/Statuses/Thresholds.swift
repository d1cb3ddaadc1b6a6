/// Tunable thresholds of the normalise stage, in one place.
public enum NormaliseThresholds {
    /// Colour → RAG: below this HSV saturation a fill is a neutral (white, grey, black) shading.
    /// Excel's pale "good" green #C6EFCE has 0.17.
    public static let minimumSaturation = 0.12
    /// Below this HSV value (brightness) a colour is too dark to read as a RAG hue.
    public static let minimumValue = 0.25
    /// Hue bands in degrees: red wraps round 0°, amber covers orange and yellow, green runs to
    /// teal. Hues outside (blues, purples) are no RAG.
    public static let redHues: [ClosedRange<Double>] = [0...15, 330...360]
    public static let amberHues: ClosedRange<Double> = 15.000_001...68
    public static let greenHues: ClosedRange<Double> = 68.000_001...170
}
