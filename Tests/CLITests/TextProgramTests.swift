import Foundation
import TestSupport
import Testing

/// `councilkpi-text` is the text stage in a program of its own: it must print exactly what
/// `councilkpi extract --stage text` prints, and treat bad input and bad usage the same way.
struct TextProgramTests {
    static let program = "councilkpi-text"
    static let built = BuiltBinary.path(of: program) != nil && Councilkpi.binary != nil

    static func run(_ args: [String]) throws -> BuiltBinary.Run { try BuiltBinary.run(args, program: program) }

    /// Every sample and real council paper, with and without graphics.
    @Test(.enabled(if: built), arguments: (Councilkpi.samples + Councilkpi.councilReal).map(Councilkpi.name))
    func printsTheSameBytesAsExtractStageText(_ name: String) throws {
        let path = (Councilkpi.samples + Councilkpi.councilReal).first { Councilkpi.name($0) == name }!
        for flags in [[], ["--no-graphics"]] {
            let lean = try Self.run([path] + flags)
            let main = try Councilkpi.run(["extract", path, "--stage", "text"] + flags)
            #expect(lean.status == 0 && main.status == 0, "\(name) \(flags): \(lean.stderr) \(main.stderr)")
            #expect(lean.stdout.count > 1000, "\(name) \(flags): \(lean.stdout.count) bytes")
            #expect(lean.stdout == main.stdout, "\(name) \(flags): the two programs' text stages differ")
        }
    }

    @Test(.enabled(if: built && BadInputTests.haveSamples), arguments: BadInputTests.cases)
    func badInputGetsItsLineAndCode(_ c: BadInputTests.Case) throws {
        let path = Councilkpi.repoRoot.appendingPathComponent(c.file).path
        let r = try Self.run([path])
        #expect(r.status == c.code, "\(c.file): exit \(r.status), stderr \(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("\(Self.program): \(path): "), "\(r.stderr)")
        #expect(
            r.stderr.contains(c.reason) && r.stderr.filter { $0 == "\n" }.count == 1 && r.stderr.hasSuffix("\n"),
            "\(r.stderr)")
    }

    /// Bad usage exits 64 (as the argument parser of `councilkpi` does) and says what is wrong.
    @Test(
        .enabled(if: built),
        arguments: [
            ([], "Missing expected argument '<file>'"),
            (["a.pdf", "b.pdf"], "Unexpected argument 'b.pdf'"),
            (["a.pdf", "--graphics"], "Unknown option '--graphics'"),
            (["a.pdf", "--timeout"], "Missing value for '--timeout"),
            (["a.pdf", "--timeout", "soon"], "The value 'soon' is invalid"),
            (["a.pdf", "--no-graphics=yes"], "'--no-graphics' takes no value")
        ])
    func badUsageExits64(_ args: [String], message: String) throws {
        let r = try Self.run(args)
        #expect(r.status == 64, "\(args): exit \(r.status)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("Error: \(message)"), "\(args): \(r.stderr)")
    }

    @Test(.enabled(if: built)) func helpAndVersion() throws {
        let help = try Self.run(["--help"])
        #expect(help.status == 0)
        let text = String(decoding: help.stdout, as: UTF8.self)
        #expect(text.contains("USAGE: councilkpi-text <file> [--no-graphics] [--timeout <seconds>]"))
        let version = try Self.run(["--version"])
        let main = try Councilkpi.run(["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty && version.stdout == main.stdout)
    }

    /// `--timeout=S` as well as `--timeout S`, and a file after `--` even when it looks like an option.
    @Test(.enabled(if: built)) func optionSpellings() throws {
        guard let sample = Councilkpi.samples.first else { return }
        let plain = try Self.run([sample, "--timeout", "60"])
        let joined = try Self.run(["--timeout=60", "--", sample])
        #expect(plain.status == 0 && !plain.stdout.isEmpty && plain.stdout == joined.stdout)
    }

    /// A file that takes longer than --timeout: one line, exit 12, no partial JSON trusted. Both
    /// programs share the watchdog.
    @Test(.enabled(if: built)) func timeoutEndsTheProcessWithItsLine() throws {
        guard let big = (Councilkpi.councilReal + Councilkpi.samples).max(by: { size($0) < size($1) }) else { return }
        for (r, program) in [
            (try Self.run([big, "--timeout", "0.001"]), Self.program),
            (try Councilkpi.run(["extract", big, "--timeout", "0.001"]), "councilkpi")
        ] {
            #expect(r.status == 12, "\(program): exit \(r.status)")
            #expect(r.stderr == "\(program): \(big): timed out after 0 s\n", "\(r.stderr)")
        }
    }

    private func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}
