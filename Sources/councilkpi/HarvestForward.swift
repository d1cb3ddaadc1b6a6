import ArgumentParser
import CommandLineSupport
import Foundation

/// `councilkpi harvest …` runs councilkpi-harvest, beside this program, with the same arguments
/// (its help included). The harvester's web client (NIO, TLS, HTTP/2) stays out of this binary:
/// linked in, it made every process start a third slower — and ingest starts one per file.
struct HarvestForward: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "harvest",
        abstract: HarvestAbout.abstract,
        discussion: "Options: councilkpi harvest --help. Details: docs/harvest.md."
    )

    @Argument(parsing: .captureForPassthrough, help: "The harvest options (see councilkpi harvest --help).")
    var arguments: [String] = []

    func run() throws {
        let program = Executables.sibling(HarvestAbout.program)
        let argv = [program] + arguments
        var cArgs = argv.map { strdup($0) } + [nil]
        execv(program, &cArgs)
        // execv returns only when it failed.
        let reason = String(cString: strerror(errno))
        for arg in cArgs { free(arg) }
        FileHandle.standardError.write(Data("councilkpi: harvest: cannot run \(program): \(reason)\n".utf8))
        throw ExitCode.failure
    }
}
