import ArgumentParser
import Foundation

// Input failures print their own one-line message and exit code; everything else goes
// through swift-argument-parser's reporting.
do {
    var command = try CouncilKPI.parseAsRoot()
    try command.run()
} catch let failure as InputFailure {
    InputFailure.report(file: failure.file, reason: failure.error.reason)
    exit(failure.error.exitCode)
} catch {
    CouncilKPI.exit(withError: error)
}
