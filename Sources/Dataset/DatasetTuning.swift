/// Tunable numbers of the dataset layer, in one place.
public enum DatasetTuning {
    /// Bytes read at a time when hashing a source file.
    static let hashChunkBytes = 1 << 20
    /// Seconds the parent waits beyond the child's own timeout before killing it: the child's
    /// watchdog normally fires first and reports the timeout itself.
    static let killGraceSeconds = 5.0
    /// How much of a child's standard error is kept to find its one-line reason.
    static let stderrTailBytes = 16 * 1024
    /// Longest failure reason kept in the manifest.
    static let maxReasonLength = 300
    /// Default per-file timeout in seconds (a PDF that hangs poppler).
    public static let defaultTimeoutSeconds = 120.0
    /// Default address-space limit of one extraction (`--max-memory`): far above the normal peak
    /// (the 71-page Kent QPR appendix peaks at about 50 MB resident and runs within 128 MB of
    /// address space, 96 MB being too little), and at `--jobs 2` a third of a 24 GB machine.
    public static let defaultMaxMemoryBytes = 4 << 30
    /// Default CPU-time limit of one extraction in seconds (`--max-cpu`).
    public static let defaultMaxCPUSeconds = 120
    /// Default size limit of what one extraction writes (`--max-output`): records are a few MB.
    public static let defaultMaxOutputBytes = 1 << 30
    /// Seconds of CPU between SIGXCPU (the soft limit) and SIGKILL (the hard one).
    static let cpuKillGraceSeconds = 5
}
