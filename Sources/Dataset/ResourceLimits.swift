#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The limits one extraction runs under: address space, CPU time and the size of any file it
/// writes (its output). `extract` sets them on itself first thing (`apply()`), so they hold for
/// poppler and everything after; `ingest` passes its own to each child as `arguments`, and
/// words a child's end by one of them as a plain reason (`reason(signal:stderr:)`).
public struct ResourceLimits: Sendable, Equatable {
    /// Address space in bytes (RLIMIT_AS); 0 for none.
    public var memoryBytes: Int
    /// CPU seconds (RLIMIT_CPU); 0 for none.
    public var cpuSeconds: Int
    /// Bytes any one file written may reach (RLIMIT_FSIZE: the record or stage output); 0 for none.
    public var outputBytes: Int

    public init(
        memoryBytes: Int = DatasetTuning.defaultMaxMemoryBytes,
        cpuSeconds: Int = DatasetTuning.defaultMaxCPUSeconds,
        outputBytes: Int = DatasetTuning.defaultMaxOutputBytes
    ) {
        self.memoryBytes = memoryBytes
        self.cpuSeconds = cpuSeconds
        self.outputBytes = outputBytes
    }

    /// No limits at all.
    public static let none = ResourceLimits(memoryBytes: 0, cpuSeconds: 0, outputBytes: 0)

    /// The options that give a child these limits.
    public var arguments: [String] {
        [
            "--max-memory", Self.formatSize(memoryBytes), "--max-cpu", String(cpuSeconds),
            "--max-output", Self.formatSize(outputBytes)
        ]
    }

    /// Sets the limits on this process (soft and hard: a limit cannot be lifted again), with
    /// SIGXCPU and SIGXFSZ unblocked at their default action (the end of the process). Returns
    /// what failed, if anything. The CPU hard limit is a little above the soft one, so a process
    /// that survives SIGXCPU still gets SIGKILL.
    public func apply() -> String? {
        // A parent may have left these signals ignored or blocked (both are inherited across
        // exec): the limits must end the process, not turn into failed writes.
        signal(SIGXCPU, SIG_DFL)
        signal(SIGXFSZ, SIG_DFL)
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGXCPU)
        sigaddset(&unblock, SIGXFSZ)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        if memoryBytes > 0, let failure = Self.set(.memory, soft: memoryBytes, hard: memoryBytes) { return failure }
        if cpuSeconds > 0,
            let failure = Self.set(.cpu, soft: cpuSeconds, hard: cpuSeconds + DatasetTuning.cpuKillGraceSeconds)
        {
            return failure
        }
        if outputBytes > 0, let failure = Self.set(.output, soft: outputBytes, hard: outputBytes) { return failure }
        return nil
    }

    // MARK: Reasons

    public var memoryReason: String { "exceeded \(Self.describe(bytes: memoryBytes)) of memory" }
    public var cpuReason: String { "exceeded \(cpuSeconds) s of CPU" }
    public var outputReason: String { "exceeded \(Self.describe(bytes: outputBytes)) of output" }

    /// The plain reason for a child that died of `signal` when it hit one of these limits, else
    /// nil. SIGXCPU and SIGXFSZ say so themselves (SIGKILL follows SIGXCPU at the hard limit);
    /// an allocation refused under the address-space limit ends in an abort or a crash after
    /// one of the allocators' out-of-memory messages.
    public func reason(signal: Int32, stderr: String) -> String? {
        if signal == SIGXCPU, cpuSeconds > 0 { return cpuReason }
        if signal == SIGXFSZ, outputBytes > 0 { return outputReason }
        if memoryBytes > 0, Self.memorySignals.contains(signal),
            Self.outOfMemoryMessages.contains(where: stderr.contains)
        {
            return memoryReason
        }
        return nil
    }

    /// The reason for a child that exited with `code` and printed `stderr`, when that is the
    /// runtime refusing an allocation rather than the child's own message.
    public func reason(exitCode: Int32, stderr: String) -> String? {
        guard memoryBytes > 0, exitCode != 0, Self.outOfMemoryMessages.contains(where: stderr.contains) else {
            return nil
        }
        return memoryReason
    }

    static let memorySignals: Set<Int32> = [SIGABRT, SIGSEGV, SIGBUS, SIGTRAP, SIGILL, SIGKILL]

    /// What poppler (gmalloc: "Out of memory"), the C++ runtime (std::bad_alloc), the Swift
    /// runtime and glibc print when an allocation is refused.
    static let outOfMemoryMessages = [
        "Out of memory", "out of memory", "std::bad_alloc", "Could not allocate memory",
        "Cannot allocate memory", "memory allocation failed", "failed to allocate"
    ]

    // MARK: Sizes

    /// "4G", "512M", "300K", "4GB", "2.5G" or plain bytes ("1073741824"); nil if not a size.
    public static func parseSize(_ text: String) -> Int? {
        var digits = Substring(text.uppercased())
        if digits.hasSuffix("B") { digits = digits.dropLast() }
        var scale = 1.0
        if let last = digits.last, let power = ["K": 1, "M": 2, "G": 3, "T": 4][String(last)] {
            scale = Double(1 << (10 * power))
            digits = digits.dropLast()
        }
        guard let value = Double(digits), value.isFinite, value >= 0, value * scale < 9e18 else { return nil }
        return Int(value * scale)
    }

    /// The form `arguments` passes: whole gibibytes, mebibytes or kibibytes as "4G", "512M".
    public static func formatSize(_ bytes: Int) -> String {
        for (suffix, power) in [("G", 3), ("M", 2), ("K", 1)] where bytes > 0 && bytes % (1 << (10 * power)) == 0 {
            return "\(bytes >> (10 * power))\(suffix)"
        }
        return String(bytes)
    }

    /// "4 GB", "512 MB", "1.5 GB", for messages (binary units, as the options take them).
    public static func describe(bytes: Int) -> String {
        for (unit, power) in [("GB", 3), ("MB", 2), ("KB", 1)] {
            let size = 1 << (10 * power)
            guard bytes >= size else { continue }
            let value = Double(bytes) / Double(size)
            let text = value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
            return "\(text) \(unit)"
        }
        return "\(bytes) bytes"
    }

    // MARK: setrlimit

    private enum Resource { case memory, cpu, output }

    private static func set(_ resource: Resource, soft: Int, hard: Int) -> String? {
        var limit = rlimit(rlim_cur: rlim_t(soft), rlim_max: rlim_t(hard))
        var current = rlimit()
        let which: Int32
        switch resource {
        #if canImport(Glibc)
            case .memory: which = Int32(RLIMIT_AS.rawValue)
            case .cpu: which = Int32(RLIMIT_CPU.rawValue)
            case .output: which = Int32(RLIMIT_FSIZE.rawValue)
        #else
            case .memory: which = RLIMIT_AS
            case .cpu: which = RLIMIT_CPU
            case .output: which = RLIMIT_FSIZE
        #endif
        }
        #if canImport(Glibc)
            let resourceID = __rlimit_resource_t(UInt32(which))
        #else
            let resourceID = which
        #endif
        #if canImport(Glibc)
            let infinity = rlim_t.max  // RLIM_INFINITY, which Swift does not import
        #else
            let infinity = RLIM_INFINITY
        #endif
        // Never raise a limit already set lower (a hard limit cannot be raised anyway).
        if getrlimit(resourceID, &current) == 0 {
            if current.rlim_max != infinity { limit.rlim_max = min(limit.rlim_max, current.rlim_max) }
            if current.rlim_cur != infinity { limit.rlim_cur = min(limit.rlim_cur, current.rlim_cur) }
            limit.rlim_cur = min(limit.rlim_cur, limit.rlim_max)
        }
        guard setrlimit(resourceID, &limit) == 0 else {
            return "cannot set the \(resource) limit: \(String(cString: strerror(errno)))"
        }
        return nil
    }
}
