/// Tunable thresholds of the normalise stage, in one place.
public enum NormaliseTuning {
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
    /// Council identification: the opening of a paper (its title page or header block), in
    /// characters, where a council named is taken as the paper's own.
    public static let councilTitleAreaCharacters = 2500
    /// Elsewhere in a paper a council must be named at least this often, and more often than
    /// any other, to be the paper's own ("Medway Council" named once in a Kent paper is not).
    public static let councilMinimumMentions = 2
    /// A progress cell this short that is a status phrase ("Complete", "On track") is the
    /// action's status when the table has no status column; longer text is commentary.
    public static let maxProgressStatusWords = 4
    /// A colour is blue ("completed", "no change") when its blue channel exceeds this, and its
    /// red by this much, and is no less than its green.
    static let blueMinimum = 120
    static let blueOverRed = 60
}
