import Foundation
import Testing

/// Council papers that forbid copying are encrypted with an owner password only: the user
/// password is empty, so they open without one and give the same record as the plain file.
/// Only a PDF that needs a user password fails as encrypted. The encrypted copies are made here
/// with qpdf (never committed).
struct EncryptionTests {
    static let source = "samples/charnwood-2023-24-q2-performance-appendix.pdf"
    static let qpdf = ["/usr/bin/qpdf", "/usr/local/bin/qpdf", "/opt/homebrew/bin/qpdf"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Each qpdf key length / method, with copying, printing and changes forbidden.
    static let methods: [[String]] = [
        ["40", "--extract=n", "--print=n", "--modify=n"],
        ["128", "--use-aes=n", "--extract=n", "--print=none", "--modify=none"],
        ["128", "--use-aes=y", "--extract=n", "--print=none", "--modify=none"],
        ["256", "--extract=n", "--print=none", "--modify=none"]
    ]

    static func encrypt(_ input: String, to output: String, user: String, _ method: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(qpdf))
        process.arguments = ["--allow-weak-crypto", "--encrypt", user, "owner-secret"] + method + ["--", input, output]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "qpdf \(method)")
    }

    /// The record without what differs between the bytes of two files of one document.
    static func content(_ data: Data) throws -> NSDictionary {
        var record = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        record["reportId"] = nil
        var source = try #require(record["source"] as? [String: Any])
        source["sha256"] = nil
        source["byteCount"] = nil
        record["source"] = source
        return record as NSDictionary
    }

    @Test(.enabled(if: CLI.binary != nil && qpdf != nil), arguments: methods)
    func anOwnerPasswordOnlyPDFGivesTheSameRecordAsItsOriginal(_ method: [String]) throws {
        let original = CLI.repoRoot.appendingPathComponent(Self.source).path
        let dir = try CLI.temporaryDirectory("owner-pw")
        defer { try? FileManager.default.removeItem(at: dir) }
        let encrypted = dir.appendingPathComponent((original as NSString).lastPathComponent).path
        try Self.encrypt(original, to: encrypted, user: "", method)
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: encrypted)) != Data(contentsOf: URL(fileURLWithPath: original)))

        let plain = try CLI.run(["extract", original])
        let secured = try CLI.run(["extract", encrypted])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(secured.status == 0, "\(method): \(secured.stderr)")
        let plainRecord = try Self.content(plain.stdout)
        #expect(plainRecord == (try Self.content(secured.stdout)), "\(method)")
        #expect(((plainRecord["indicators"] as? [Any]) ?? []).isEmpty == false)
    }

    @Test(.enabled(if: CLI.binary != nil && qpdf != nil), arguments: [["40"], ["128", "--use-aes=y"], ["256"]])
    func aPDFThatNeedsAUserPasswordFailsAsEncrypted(_ method: [String]) throws {
        let original = CLI.repoRoot.appendingPathComponent(Self.source).path
        let dir = try CLI.temporaryDirectory("user-pw")
        defer { try? FileManager.default.removeItem(at: dir) }
        let encrypted = dir.appendingPathComponent("locked.pdf").path
        try Self.encrypt(original, to: encrypted, user: "user-secret", method)
        let run = try CLI.run(["extract", encrypted])
        BadInputTests.expectOneLine(run, file: encrypted, code: 6, reason: "encrypted: the PDF needs a password")
    }
}
