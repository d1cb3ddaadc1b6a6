import Foundation
import Subprocess

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs `EXECUTABLE extract FILE [--council NAME] --timeout S --max-memory M --max-cpu C
/// --max-output O` in a child process, which sets those limits on itself first thing; its
/// standard output going straight into a file, so a PDF that crashes or hangs poppler only
/// takes its own process down and the parent never holds a record in memory. The child stays
/// in ingest's process group, so Ctrl-C on a terminal stops it too.
public struct ChildExtractor: Sendable {
    public var executable: String
    public var timeoutSeconds: Double
    public var limits: ResourceLimits

    public init(
        executable: String, timeoutSeconds: Double = DatasetTuning.defaultTimeoutSeconds,
        limits: ResourceLimits = ResourceLimits()
    ) {
        self.executable = executable
        self.timeoutSeconds = timeoutSeconds
        self.limits = limits
    }

    public enum Outcome: Equatable, Sendable {
        case extracted
        case failed(reason: String)
    }

    /// Extracts `path` into `output` (created or truncated). On `.failed` the output file's
    /// content is meaningless and the caller removes it.
    public func extract(path: String, councilHint: String?, output: URL) async -> Outcome {
        let fd = open(output.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            return .failed(reason: "cannot create \(output.path): \(String(cString: strerror(errno)))")
        }
        let argument = Self.pathArgument(path)
        var arguments = ["extract", argument, "--timeout", Self.format(timeoutSeconds)]
        if let councilHint { arguments += ["--council", councilHint] }
        arguments += limits.arguments
        let killAfter = timeoutSeconds + DatasetTuning.killGraceSeconds
        do {
            let result = try await run(
                .path(.init(executable)),
                arguments: .init(arguments),
                // A crash in the child should end fast and quietly, not symbolicate a backtrace.
                environment: .inherit.updating(["SWIFT_BACKTRACE": "enable=no"]),
                input: .none,
                output: .fileDescriptor(.init(rawValue: fd), closeAfterSpawningProcess: true),
                error: .sequence
            ) { execution in
                try await withThrowingTaskGroup(of: Watch.self) { group in
                    group.addTask {
                        var tail = [UInt8]()
                        for try await buffer in execution.standardError {
                            buffer.withUnsafeBytes { tail.append(contentsOf: $0) }
                            if tail.count > DatasetTuning.stderrTailBytes {
                                tail.removeFirst(tail.count - DatasetTuning.stderrTailBytes)
                            }
                        }
                        return .finished(stderrTail: tail)
                    }
                    group.addTask {
                        try? await Task.sleep(for: .seconds(killAfter))
                        return .timedOut
                    }
                    var timedOut = false
                    while let event = try await group.next() {
                        switch event {
                        case .timedOut:
                            guard !Task.isCancelled else { continue }
                            timedOut = true
                            try? execution.send(signal: .kill)
                        case .finished(let tail):
                            group.cancelAll()
                            return (tail, timedOut)
                        }
                    }
                    return ([UInt8](), timedOut)
                }
            }
            let (tail, killed) = result.closureResult
            if killed { return .failed(reason: "timed out after \(Self.format(killAfter)) s (killed)") }
            return Self.outcome(
                status: result.terminationStatus, stderr: String(decoding: tail, as: UTF8.self),
                path: argument, limits: limits)
        } catch {
            return .failed(reason: "could not run the extractor: \(error)")
        }
    }

    private enum Watch: Sendable {
        case finished(stderrTail: [UInt8])
        case timedOut
    }

    /// The path as the child's argument: one that starts with "-" would read as an option.
    static func pathArgument(_ path: String) -> String {
        path.hasPrefix("-") ? "./" + path : path
    }

    /// The manifest reason for a child's end: its own one-line message when it printed one
    /// ("councilkpi: FILE: reason"; FILE may hold a newline), a limit it hit in plain words,
    /// else what the exit status says.
    static func outcome(
        status: TerminationStatus, stderr: String, path: String,
        limits: ResourceLimits = .none
    ) -> Outcome {
        let lines = stderr.split(whereSeparator: \.isNewline).map(String.init)
        let prefix = "councilkpi: \(path): "
        let own = stderr.ranges(of: prefix).last.map { range in
            String(stderr[range.upperBound...].prefix { !$0.isNewline })
        }
        switch status {
        case .exited(0):
            return .extracted
        case .exited(let code):
            if own == nil, let limit = limits.reason(exitCode: code, stderr: stderr) { return .failed(reason: limit) }
            return .failed(reason: clip(oneLine(own ?? lines.last.map { "exit \(code): \($0)" } ?? "exit \(code)")))
        case .signaled(let signal):
            if let limit = limits.reason(signal: signal, stderr: stderr) { return .failed(reason: limit) }
            let fatal = lines.last { $0.contains("Fatal error") }
            return .failed(reason: clip(oneLine("crashed (\(signalName(signal)))" + (fatal.map { ": " + $0 } ?? ""))))
        }
    }

    /// Control characters (a newline in a file name) as spaces: a reason is one line.
    static func oneLine(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
    }

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGSEGV: "SIGSEGV"
        case SIGABRT: "SIGABRT"
        case SIGBUS: "SIGBUS"
        case SIGILL: "SIGILL"
        case SIGTRAP: "SIGTRAP"
        case SIGKILL: "SIGKILL"
        case SIGFPE: "SIGFPE"
        case SIGTERM: "SIGTERM"
        case SIGXCPU: "SIGXCPU"
        case SIGXFSZ: "SIGXFSZ"
        default: "signal \(signal)"
        }
    }

    static func clip(_ reason: String) -> String {
        reason.count <= DatasetTuning.maxReasonLength
            ? reason : String(reason.prefix(DatasetTuning.maxReasonLength)) + "…"
    }

    /// "120" rather than "120.0": the same text in arguments and messages every run.
    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
