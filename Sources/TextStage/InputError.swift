import JSON

/// Why a file could not be read as a PDF with text. Each case has a stable exit code and a
/// one-line reason; the CLI prints "councilkpi: FILE: reason" and exits with the code.
public enum InputError: Error, Equatable, Sendable {
    case missing
    case empty
    case unreadable(String)
    case notPDF
    case encrypted
    case damaged(String)
    case truncated
    case noPages
    case noTextLayer
    case tooLarge(bytes: Int, limit: Int)
    case tooManyPages(pages: Int, limit: Int)

    public var reason: String {
        switch self {
        case .missing: "no such file"
        case .empty: "empty file (0 bytes)"
        case .unreadable(let why): "cannot be read (\(why))"
        case .notPDF: "not a PDF (no %PDF- header)"
        case .encrypted: "encrypted: the PDF needs a password"
        case .damaged(let why): "damaged PDF (\(why))"
        case .truncated: "truncated PDF (no %%EOF marker at the end)"
        case .noPages: "the PDF has no pages"
        case .noTextLayer: "no text layer (a scanned document? OCR it first)"
        case .tooLarge(let bytes, let limit): "too large (\(bytes) bytes; the limit is \(limit))"
        case .tooManyPages(let pages, let limit): "too many pages (\(pages); the limit is \(limit))"
        }
    }

    /// Exit codes, documented in the README. 0 is success; 1 is a generic error and 64 a usage
    /// error (swift-argument-parser); the input errors take 3–11 and 13 (12 is the CLI's timeout).
    public var exitCode: Int32 {
        switch self {
        case .missing: 3
        case .unreadable: 4
        case .notPDF: 5
        case .encrypted: 6
        case .damaged: 7
        case .truncated: 8
        case .noPages: 9
        case .noTextLayer: 10
        case .tooLarge, .tooManyPages: 11
        case .empty: 13
        }
    }

    /// A short stable code for manifests and JSON errors.
    public var code: String {
        switch self {
        case .missing: "missing"
        case .empty: "empty"
        case .unreadable: "unreadable"
        case .notPDF: "not-pdf"
        case .encrypted: "encrypted"
        case .damaged: "damaged"
        case .truncated: "truncated"
        case .noPages: "no-pages"
        case .noTextLayer: "no-text-layer"
        case .tooLarge, .tooManyPages: "too-large"
        }
    }
}

extension InputError {
    /// The one line a bad file gets on standard error: "PROGRAM: FILE: reason".
    public static func line(program: String, file: String, reason: String) -> String {
        "\(program): \(file): \(reason)\n"
    }

    /// Writes a whole line to standard error, unbuffered: it is out before the process exits.
    public static func writeToStandardError(_ line: String) {
        JSONOutput.writeAll(line.utf8, to: 2)
    }
}
