import Foundation
import Testing

/// `diff` takes the PDFs a newcomer has (extracted first, in a child process), and every
/// error there is one plain line.
struct DiffCommandTests {
    static func sample(_ name: String) -> String { CLI.repoRoot.appendingPathComponent("samples/\(name)").path }
    static let q2 = sample("charnwood-2023-24-q2-performance-appendix.pdf")
    static let q3 = sample("charnwood-2023-24-q3-performance-appendix.pdf")
    static var haveSamples: Bool {
        FileManager.default.fileExists(atPath: q2) && FileManager.default.fileExists(atPath: q3)
    }

    @Test(.enabled(if: CLI.binary != nil && haveSamples))
    func twoPDFsAreComparedAsTheirRecordsWouldBe() throws {
        let fromPDFs = try CLI.run(["diff", Self.q2, Self.q3, "--format", "json"])
        #expect(fromPDFs.status == 0, "\(fromPDFs.stderr)")
        // The same comparison made from the two extracted records.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var records: [String] = []
        for (name, pdf) in [("a.json", Self.q2), ("b.json", Self.q3)] {
            let r = try CLI.run(["extract", pdf])
            let path = dir.appendingPathComponent(name).path
            try r.stdout.write(to: URL(fileURLWithPath: path))
            records.append(path)
        }
        let fromRecords = try CLI.run(["diff", records[0], records[1], "--format", "json"])
        #expect(fromPDFs.stdout == fromRecords.stdout)
        #expect(String(decoding: fromPDFs.stdout, as: UTF8.self).contains("\"KI 4\""))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var reason: String
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "README.md", reason: "not a PDF or a councilkpi record (not JSON)"),
        Case(file: "samples/bad/not-a-pdf.pdf", reason: "not a PDF"),
        Case(file: "samples/bad/encrypted.pdf", reason: "encrypted"),
        Case(file: "samples/bad/missing.pdf", reason: "no such file"),
        Case(file: "samples", reason: "is a folder, not a report")
    ]

    @Test(.enabled(if: CLI.binary != nil && haveSamples), arguments: cases)
    func aBadSideIsOnePlainLine(_ c: Case) throws {
        let path = CLI.repoRoot.appendingPathComponent(c.file).path
        let r = try CLI.run(["diff", path, Self.q3])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("councilkpi: diff: \(path): \(c.reason)"), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.hasSuffix("\n"), "one line: \(r.stderr)")
    }
}
