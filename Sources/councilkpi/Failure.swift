import ArgumentParser
import Foundation
import TextStage

/// A bad input file: one line on standard error naming the file and the reason, and the
/// error's own exit code.
struct InputFailure: Error {
    var file: String
    var error: InputError

    static func report(file: String, reason: String) {
        FileHandle.standardError.write(Data("councilkpi: \(file): \(reason)\n".utf8))
    }
}

extension InputFailure: CustomStringConvertible {
    var description: String { "\(file): \(error.reason)" }
}

/// Exits the process when a file takes too long (poppler stuck in a loop): a timer on its own
/// thread, since the stuck call cannot be interrupted from inside.
enum Watchdog {
    static let exitCode: Int32 = 12

    static func start(seconds: Double, file: String) {
        guard seconds > 0 else { return }
        let thread = Thread {
            Thread.sleep(forTimeInterval: seconds)
            InputFailure.report(file: file, reason: "timed out after \(Int(seconds)) s")
            exit(exitCode)
        }
        thread.start()
    }
}
