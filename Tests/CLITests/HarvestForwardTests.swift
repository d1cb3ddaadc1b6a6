import Foundation
import TestSupport
import Testing

/// `councilkpi harvest` is councilkpi-harvest, a program of its own: the main binary hands it
/// every argument, help and bad usage included, and says so on one line when it is missing.
struct HarvestForwardTests {
    static let built = BuiltBinary.path(of: "councilkpi-harvest") != nil && CLI.binary != nil

    @Test(.enabled(if: built)) func helpIsTheHarvestersOwn() throws {
        let r = try CLI.run(["harvest", "--help"])
        let text = String(decoding: r.stdout, as: UTF8.self)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(text.contains("USAGE: councilkpi harvest"), "\(text)")
        #expect(text.contains("--request-timeout") && text.contains("--max-memory"), "\(text)")
    }

    @Test(.enabled(if: built)) func badUsageComesBackWithItsCode() throws {
        let r = try CLI.run(["harvest", "--site", "http://127.0.0.1:9"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("Missing expected argument '--out <out>'"), "\(r.stderr)")
    }

    @Test(.enabled(if: built)) func theMainHelpListsHarvest() throws {
        let r = try CLI.run(["--help"])
        let text = String(decoding: r.stdout, as: UTF8.self)
        #expect(text.contains("harvest") && text.contains("ModernGov sites"), "\(text)")
    }

    /// A copy of councilkpi alone in a directory: no harvester beside it.
    @Test(.enabled(if: built)) func aMissingHarvesterIsOneLine() throws {
        let dir = try CLI.temporaryDirectory("lonely")
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("councilkpi").path
        try FileManager.default.copyItem(atPath: CLI.binary!, toPath: copy)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: copy)
        p.arguments = ["harvest", "--help"]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 1)
        #expect(message.hasPrefix("councilkpi: harvest: cannot run \(dir.path)/councilkpi-harvest: "), "\(message)")
        #expect(message.filter { $0 == "\n" }.count == 1)
    }
}
