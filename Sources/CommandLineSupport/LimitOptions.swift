import ArgumentParser
import Dataset

/// A size on the command line: "4G", "512M", "300K" or bytes.
public struct ByteSize: ExpressibleByArgument, Sendable {
    public var bytes: Int

    public init(bytes: Int) { self.bytes = bytes }

    public init?(argument: String) {
        guard let bytes = ResourceLimits.parseSize(argument) else { return nil }
        self.bytes = bytes
    }

    public var defaultValueDescription: String { ResourceLimits.formatSize(bytes) }
}

/// The per-extraction limits, the same options on `extract` and `ingest`.
public struct LimitOptions: ParsableArguments, Sendable {
    @Option(help: "Address space one extraction may use (4G, 512M, ...; 0 for no limit).")
    public var maxMemory = ByteSize(bytes: DatasetTuning.defaultMaxMemoryBytes)

    @Option(help: "CPU seconds one extraction may use (0 for no limit).")
    public var maxCpu = DatasetTuning.defaultMaxCPUSeconds

    @Option(help: "Bytes one extraction may write (1G, ...; 0 for no limit).")
    public var maxOutput = ByteSize(bytes: DatasetTuning.defaultMaxOutputBytes)

    public init() {}

    public var limits: ResourceLimits {
        ResourceLimits(memoryBytes: maxMemory.bytes, cpuSeconds: maxCpu, outputBytes: maxOutput.bytes)
    }

    public func validate() throws {
        guard maxCpu >= 0 else { throw ValidationError("--max-cpu must be 0 or more.") }
    }
}
