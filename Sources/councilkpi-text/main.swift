import JSON
import Record
import TextStage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The text stage in a program of its own: no Foundation, no argument parser, so a process
// starts in about half the time of `councilkpi`, which counts when each PDF gets one.
let program = "councilkpi-text"
let arguments: Arguments
do {
    arguments = try Arguments(parsing: CommandLine.arguments.dropFirst())
} catch {
    InputError.writeToStandardError(
        "Error: \(error.message)\nUsage: \(program) <file> [--no-graphics] [--timeout <seconds>]\n  See '\(program) "
            + "--help' for more information.\n"
    )
    exit(64)
}
if arguments.help {
    print(Arguments.usage, terminator: "")
    exit(0)
}
if arguments.version {
    print(ExtractorVersion.current)
    exit(0)
}
let file = arguments.file!
Watchdog.start(seconds: arguments.timeout, program: program, file: file)
var options = TextOptions()
options.graphics = arguments.graphics
let text: TextDocument
do {
    text = try TextExtractor.extract(path: file, options: options)
} catch {
    InputError.writeToStandardError(InputError.line(program: program, file: file, reason: error.reason))
    exit(error.exitCode)
}
do {
    try JSONOutput.write(text)
} catch {
    InputError.writeToStandardError("\(program): \(file): \(error)\n")
    exit(1)
}
