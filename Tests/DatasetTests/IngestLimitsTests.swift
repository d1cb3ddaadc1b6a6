import Foundation
import Subprocess
import Testing

@testable import Dataset

#if canImport(Glibc)
    import Glibc
#endif

/// A child that goes over its memory, CPU or output limit becomes a failed entry with a plain
/// reason, and the batch goes on; `extract` alone runs under the same limits.
extension IngestTests {
    static let kentAppendix = Harness.shared
        .appendingPathComponent("corpus/council-real/kent-cc-2024-25-q3-quarterly-performance-report-appendix.pdf").path

    /// One input per limit, each over it, and a good file beside them that stays ok.
    @Test func aChildOverALimitIsAFailedEntryWithAPlainReason() throws {
        let binary = try #require(Harness.binary)
        let pdfs = Harness.pdfs(count: 2)
        try #require(pdfs.count == 2)
        for (limit, reason) in [
            (["--max-memory", "32M"], "exceeded 32 MB of memory"),
            (["--max-output", "1K"], "exceeded 1 KB of output")
        ] {
            let input = try Harness.inputs([pdfs[1]], name: "limit")
            let out = try Harness.temporaryDirectory("limit-out")
            let run = try Harness.ingest([input.path], out: out, extra: limit, binary: binary)
            #expect(run.status == 2, "\(limit): \(run.stderr)")
            let entry = try #require(try Harness.manifest(out).sources.first)
            #expect(entry.status == .failed)
            #expect(entry.error == reason, "\(limit)")
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("reports").path).isEmpty)
        }
        // CPU: the 71-page Kent appendix takes seconds of CPU; the small sample, well under one.
        try #require(FileManager.default.fileExists(atPath: Self.kentAppendix))
        let input = try Harness.inputs([pdfs[0], Self.kentAppendix], name: "cpu")
        let out = try Harness.temporaryDirectory("cpu-out")
        let run = try Harness.ingest([input.path], out: out, extra: ["--max-cpu", "1"], binary: binary)
        #expect(run.status == 2, "\(run.stderr)")
        let byName = Dictionary(
            uniqueKeysWithValues: try Harness.manifest(out).sources.map {
                (($0.path as NSString).lastPathComponent, $0)
            })
        #expect(byName[(Self.kentAppendix as NSString).lastPathComponent]?.error == "exceeded 1 s of CPU")
        #expect(byName[(pdfs[0] as NSString).lastPathComponent]?.status == .ok)
    }

    /// The limits reach the child as arguments, the defaults when none are given.
    @Test func theLimitsArePassedToTheChild() throws {
        let binary = try #require(Harness.binary)
        let input = try Harness.inputs(Array(Harness.pdfs(count: 1)), name: "limit-args")
        let log = input.appendingPathComponent("arguments.log")
        let script = input.appendingPathComponent("extractor.sh")
        try "#!/bin/sh\necho \"$@\" >> '\(log.path)'\nexec '\(binary)' \"$@\"\n".write(
            to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let out = try Harness.temporaryDirectory("limit-args-out")
        let run = try Harness.ingest(
            [input.path], out: out,
            extra: [
                "--extractor", script.path, "--max-memory", "3G",
                "--max-cpu", "90"
            ], binary: binary)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: log, encoding: .utf8).contains("--max-memory 3G --max-cpu 90 --max-output 1G"))
    }

    /// `extract` alone: the system ends it at the limit (an allocation refused; SIGXFSZ).
    @Test func extractAloneRunsUnderTheLimits() throws {
        let binary = try #require(Harness.binary)
        let pdf = try #require(Harness.pdfs(count: 1).first)
        let memory = try Self.runSignalled(binary, ["extract", pdf, "--max-memory", "32M"])
        #expect(memory.signal == SIGABRT || memory.signal == SIGSEGV || memory.signal == SIGTRAP, "\(memory)")
        #expect(ResourceLimits.outOfMemoryMessages.contains(where: memory.stderr.contains), "\(memory.stderr)")
        let output = try Self.runSignalled(binary, ["extract", pdf, "--max-output", "1K"])
        #expect(output.signal == SIGXFSZ, "\(output)")
        let unlimited = try Self.runSignalled(
            binary, ["extract", pdf, "--max-memory", "0", "--max-cpu", "0", "--max-output", "0"])
        #expect(unlimited.signal == nil && unlimited.status == 0, "\(unlimited)")
    }

    /// Exit status or signal of a run, with a crash's backtrace off (as ingest runs children).
    static func runSignalled(_ binary: String, _ arguments: [String]) throws -> (
        status: Int32, signal: Int32?, stderr: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("councilkpi-limit-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "councilkpi-limit-out-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = try FileHandle(forWritingTo: output)
        try process.run()
        process.waitUntilExit()
        let stderr = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return process.terminationReason == .uncaughtSignal
            ? (0, process.terminationStatus, stderr) : (process.terminationStatus, nil, stderr)
    }
}

struct ResourceLimitsTests {
    @Test func sizesParseAndPrint() {
        #expect(ResourceLimits.parseSize("4G") == 4 << 30)
        #expect(ResourceLimits.parseSize("4gb") == 4 << 30)
        #expect(ResourceLimits.parseSize("512M") == 512 << 20)
        #expect(ResourceLimits.parseSize("1.5G") == 3 << 29)
        #expect(ResourceLimits.parseSize("1000") == 1000)
        #expect(ResourceLimits.parseSize("0") == 0)
        #expect(ResourceLimits.parseSize("-1G") == nil)
        #expect(ResourceLimits.parseSize("lots") == nil)
        #expect(ResourceLimits.parseSize("1e400") == nil)
        #expect(ResourceLimits.describe(bytes: 2 << 30) == "2 GB")
        #expect(ResourceLimits.describe(bytes: 3 << 29) == "1.5 GB")
        #expect(ResourceLimits.describe(bytes: 32 << 20) == "32 MB")
        #expect(
            ResourceLimits(memoryBytes: 4 << 30, cpuSeconds: 120, outputBytes: 1 << 30).arguments
                == ["--max-memory", "4G", "--max-cpu", "120", "--max-output", "1G"])
        #expect(ResourceLimits.formatSize(1000) == "1000")
    }

    /// The defaults: room for a normal paper many times over, two children within 24 GB.
    @Test func theDefaultsFitTwoChildrenOnATwentyFourGigabyteMachine() {
        let limits = ResourceLimits()
        #expect(limits.memoryBytes >= 1 << 30 && 2 * limits.memoryBytes <= 12 << 30)
        #expect(limits.cpuSeconds > 0 && limits.outputBytes > 0)
    }

    @Test func aChildThatHitsALimitGetsAPlainReason() {
        let limits = ResourceLimits(memoryBytes: 2 << 30, cpuSeconds: 120, outputBytes: 1 << 30)
        func outcome(_ status: TerminationStatus, _ stderr: String) -> ChildExtractor.Outcome {
            ChildExtractor.outcome(status: status, stderr: stderr, path: "/in/a.pdf", limits: limits)
        }
        #expect(outcome(.signaled(SIGXCPU), "") == .failed(reason: "exceeded 120 s of CPU"))
        #expect(outcome(.signaled(SIGXFSZ), "") == .failed(reason: "exceeded 1 GB of output"))
        #expect(
            outcome(
                .signaled(SIGABRT),
                "terminate called after throwing an instance of 'std::bad_alloc'\n  what():  std::bad_alloc\n")
                == .failed(reason: "exceeded 2 GB of memory"))
        #expect(outcome(.signaled(SIGABRT), "Out of memory\n") == .failed(reason: "exceeded 2 GB of memory"))
        #expect(
            outcome(.signaled(SIGTRAP), "Fatal error: Could not allocate memory.\n")
                == .failed(reason: "exceeded 2 GB of memory"))
        // A crash that is not an allocation refused stays a crash.
        #expect(outcome(.signaled(SIGABRT), "") == .failed(reason: "crashed (SIGABRT)"))
        #expect(outcome(.signaled(SIGSEGV), "Syntax Error: junk\n") == .failed(reason: "crashed (SIGSEGV)"))
        // Without limits nothing is worded as one.
        #expect(
            ChildExtractor.outcome(status: .signaled(SIGXCPU), stderr: "", path: "/in/a.pdf")
                == .failed(reason: "crashed (SIGXCPU)"))
    }

    @Test func aReasonIsOneLineWhateverTheFileName() {
        let path = "/in/new\nline.pdf"
        #expect(
            ChildExtractor.outcome(
                status: .exited(5), stderr: "councilkpi: \(path): not a PDF (no %PDF- header)\n", path: path)
                == .failed(reason: "not a PDF (no %PDF- header)"))
        #expect(
            ChildExtractor.outcome(status: .exited(1), stderr: "x\tthen\n", path: path)
                == .failed(reason: "exit 1: x then"))
        #expect(ChildExtractor.pathArgument("-x.pdf") == "./-x.pdf")
        #expect(ChildExtractor.pathArgument("/in/-x.pdf") == "/in/-x.pdf")
    }
}
