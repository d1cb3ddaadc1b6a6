/// The command line of `councilkpi-text`: one file and two options. Parsed by hand because this
/// program exists to start fast, and the argument parser links Foundation in.
struct Arguments: Equatable {
    var file: String?
    var graphics = true
    var timeout: Double = 120
    var help = false
    var version = false

    static let usage = """
        OVERVIEW: The text stage of councilkpi on its own: one PDF's words with boxes
        and fonts, images, ruling lines and fills, per page, as JSON on standard
        output. The same bytes as `councilkpi extract FILE --stage text`, from a
        smaller program that starts in half the time (for converting many files,
        one process each).

        USAGE: councilkpi-text <file> [--no-graphics] [--timeout <seconds>]

        ARGUMENTS:
          <file>                  The PDF file.

        OPTIONS:
          --no-graphics           Words and fonts only, without ruling lines, fills
                                  and images (faster).
          --timeout <seconds>     Give up after this many seconds (a PDF that hangs
                                  poppler). (default: 120)
          --version               Show the version.
          -h, --help              Show help information.

        Exit codes as for councilkpi: 0 ok; 3 missing file; 4 unreadable; 5 not a
        PDF; 6 encrypted; 7 damaged; 8 truncated; 9 no pages; 10 no text layer;
        11 too large; 12 timed out; 13 empty file; 64 bad usage.

        """

    /// A usage error: the message for standard error.
    struct Invalid: Error, Equatable {
        var message: String
    }

    init() {}

    init(parsing args: some Sequence<String>) throws(Invalid) {
        var rest = args.makeIterator()
        var onlyFiles = false
        while let arg = rest.next() {
            if onlyFiles || !arg.hasPrefix("-") || arg == "-" {
                guard file == nil else { throw Invalid(message: "Unexpected argument '\(arg)': give one file.") }
                file = arg
                continue
            }
            let (name, inline) = Self.split(arg)
            switch name {
            case "--": onlyFiles = true
            case "--no-graphics": graphics = false
            case "-h", "--help": help = true
            case "--version": version = true
            case "--timeout":
                guard let text = inline ?? rest.next() else {
                    throw Invalid(message: "Missing value for '--timeout <seconds>'.")
                }
                guard let seconds = Double(text), seconds.isFinite else {
                    throw Invalid(message: "The value '\(text)' is invalid for '--timeout <seconds>'.")
                }
                timeout = seconds
            default: throw Invalid(message: "Unknown option '\(name)'.")
            }
            if inline != nil && name != "--timeout" { throw Invalid(message: "'\(name)' takes no value.") }
        }
        if file == nil && !help && !version { throw Invalid(message: "Missing expected argument '<file>'.") }
    }

    /// "--name=value" into its name and value.
    private static func split(_ arg: String) -> (String, String?) {
        guard arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") else { return (arg, nil) }
        return (String(arg[..<eq]), String(arg[arg.index(after: eq)...]))
    }
}
