import Foundation
import Subprocess
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `EXECUTABLE extract FILE [--council NAME] --timeout S` in a child process, its
/// standard output going straight into a file, so a PDF that crashes or hangs poppler only
/// takes its own process down and the parent never holds a record in memory. The child stays
/// in ingest's process group, so Ctrl-C on a terminal stops it too.
public struct ChildExtractor: Sendable {
    public var executable: String
    public var timeoutSeconds: Double

    public init(executable: String, timeoutSeconds: Double = DatasetLimits.defaultTimeoutSeconds) {
        self.executable = executable
        self.timeoutSeconds = timeoutSeconds
    }

    public enum Outcome: Equatable, Sendable {
        case extracted
        case failed(reason: String)
    }

    /// Extracts `path` into `output` (created or truncated). On `.failed` the output file's
    /// content is meaningless and the caller removes it.
    public func extract(path: String, councilHint: String?, output: URL) async -> Outcome {
        let fd = open(output.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .failed(reason: "cannot create \(output.path): \(String(cString: strerror(errno)))") }
        var arguments = ["extract", path, "--timeout", Self.format(timeoutSeconds)]
        if let councilHint { arguments += ["--council", councilHint] }
        let killAfter = timeoutSeconds + DatasetLimits.killGraceSeconds
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
                            if tail.count > DatasetLimits.stderrTailBytes {
                                tail.removeFirst(tail.count - DatasetLimits.stderrTailBytes)
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
            return Self.outcome(status: result.terminationStatus, stderr: String(decoding: tail, as: UTF8.self), path: path)
        } catch {
            return .failed(reason: "could not run the extractor: \(error)")
        }
    }

    private enum Watch: Sendable {
        case finished(stderrTail: [UInt8])
        case timedOut
    }

    /// The manifest reason for a child's end: its own one-line message when it printed one
    /// ("councilkpi: FILE: reason"), else what the exit status says.
    static func outcome(status: TerminationStatus, stderr: String, path: String) -> Outcome {
        let lines = stderr.split(whereSeparator: \.isNewline).map(String.init)
        let prefix = "councilkpi: \(path): "
        let own = lines.last { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        switch status {
        case .exited(0):
            return .extracted
        case .exited(let code):
            return .failed(reason: clip(own ?? lines.last.map { "exit \(code): \($0)" } ?? "exit \(code)"))
        case .signaled(let signal):
            let fatal = lines.last { $0.contains("Fatal error") }
            return .failed(reason: clip("crashed (\(signalName(signal)))" + (fatal.map { ": " + $0 } ?? "")))
        }
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
        default: "signal \(signal)"
        }
    }

    static func clip(_ reason: String) -> String {
        reason.count <= DatasetLimits.maxReasonLength ? reason : String(reason.prefix(DatasetLimits.maxReasonLength)) + "…"
    }

    /// "120" rather than "120.0": the same text in arguments and messages every run.
    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
