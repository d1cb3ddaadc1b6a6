import Foundation
import Testing

/// Every kind of bad input gets one line on standard error, "councilkpi: FILE: reason", and
/// its own exit code. The files are the real ones in samples/bad/; missing and unreadable
/// files cannot live in git and are made here.
struct BadInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var code: Int32
        var reason: String
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "samples/bad/missing.pdf", code: 3, reason: "no such file"),
        Case(file: "samples/bad/not-a-pdf.pdf", code: 5, reason: "not a PDF"),
        Case(file: "samples/bad/encrypted.pdf", code: 6, reason: "encrypted"),
        Case(file: "samples/bad/truncated.pdf", code: 8, reason: "truncated"),
        Case(file: "samples/bad/zero-pages.pdf", code: 9, reason: "no pages"),
        Case(file: "samples/bad/scanned.pdf", code: 10, reason: "no text layer"),
        Case(file: "samples/bad/empty.pdf", code: 13, reason: "empty file")
    ]

    static var haveSamples: Bool {
        FileManager.default.fileExists(atPath: CLI.repoRoot.appendingPathComponent("samples/bad/empty.pdf").path)
    }

    static func expectOneLine(_ r: CLI.Result, file: String, code: Int32, reason: String) {
        #expect(r.status == code, "\(file): exit \(r.status), stderr \(r.stderr)")
        #expect(r.stdout.isEmpty)
        let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "one line: \(r.stderr)")
        #expect(r.stderr.hasPrefix("councilkpi: \(file): "), "\(r.stderr)")
        #expect(r.stderr.contains(reason), "\(r.stderr)")
    }

    @Test(.enabled(if: CLI.binary != nil && haveSamples), arguments: cases)
    func rejected(_ c: Case) throws {
        let path = CLI.repoRoot.appendingPathComponent(c.file).path
        let r = try CLI.run(["extract", path, "--stage", "text"])
        Self.expectOneLine(r, file: path, code: c.code, reason: c.reason)
    }

    @Test(.enabled(if: CLI.binary != nil)) func unreadable() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("councilkpi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("locked.pdf")
        try Data("%PDF-1.4\n%%EOF\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        // Root reads any file; a directory given as the PDF is unreadable for everyone.
        let target = FileManager.default.isReadableFile(atPath: file.path) ? dir.path : file.path
        let r = try CLI.run(["extract", target, "--stage", "text"])
        Self.expectOneLine(r, file: target, code: 4, reason: "cannot be read")
    }

    @Test(.enabled(if: CLI.binary != nil)) func goodFileExitsZero() throws {
        let samples =
            (try? FileManager.default.contentsOfDirectory(atPath: CLI.repoRoot.appendingPathComponent("samples").path))
            ?? []
        let pdf = samples.filter { $0.hasSuffix(".pdf") }.sorted().first
        let path =
            pdf.map { CLI.repoRoot.appendingPathComponent("samples/\($0)").path }
            ?? CLI.repoRoot.appendingPathComponent("../shared/corpus/tables/camelot/us-007.pdf").standardizedFileURL
            .path
        guard FileManager.default.fileExists(atPath: path) else { return }
        let r = try CLI.run(["extract", path, "--stage", "text"])
        #expect(r.status == 0 && r.stderr.isEmpty && !r.stdout.isEmpty)
    }
}
