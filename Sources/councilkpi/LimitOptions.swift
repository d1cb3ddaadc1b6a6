import ArgumentParser
import Dataset

/// A size on the command line: "4G", "512M", "300K" or bytes.
struct ByteSize: ExpressibleByArgument, Sendable {
    var bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        guard let bytes = ResourceLimits.parseSize(argument) else { return nil }
        self.bytes = bytes
    }

    var defaultValueDescription: String { ResourceLimits.formatSize(bytes) }
}

/// The per-extraction limits, the same options on `extract` and `ingest`.
struct LimitOptions: ParsableArguments {
    @Option(help: "Address space one extraction may use (4G, 512M, ...; 0 for no limit).")
    var maxMemory = ByteSize(bytes: DatasetTuning.defaultMaxMemoryBytes)

    @Option(help: "CPU seconds one extraction may use (0 for no limit).")
    var maxCpu = DatasetTuning.defaultMaxCPUSeconds

    @Option(help: "Bytes one extraction may write (1G, ...; 0 for no limit).")
    var maxOutput = ByteSize(bytes: DatasetTuning.defaultMaxOutputBytes)

    var limits: ResourceLimits {
        ResourceLimits(memoryBytes: maxMemory.bytes, cpuSeconds: maxCpu, outputBytes: maxOutput.bytes)
    }

    func validate() throws {
        guard maxCpu >= 0 else { throw ValidationError("--max-cpu must be 0 or more.") }
    }
}
