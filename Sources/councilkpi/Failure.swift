import ArgumentParser
import TextStage

/// A bad input file: one line on standard error naming the file and the reason, and the
/// error's own exit code.
struct InputFailure: Error {
    var file: String
    var error: InputError

    static func report(file: String, reason: String) {
        InputError.writeToStandardError(InputError.line(program: "councilkpi", file: file, reason: reason))
    }
}

extension InputFailure: CustomStringConvertible {
    var description: String { "\(file): \(error.reason)" }
}
