import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Why a request or download did not give what was asked for, as one line for the log and
/// state.json; `isTransient` says whether trying again may help.
enum FetchFailure: Error, CustomStringConvertible, Equatable {
    case status(UInt)
    case timedOut(seconds: Double)
    case connection(String)
    case truncated(got: Int, expected: Int?)
    case notPDF(contentType: String?)
    case tooLarge(Int)
    case redirects(String)
    case local(String)

    init(_ error: any Error, timeout: Double) {
        switch error {
        case let failure as FetchFailure:
            self = failure
        case let client as HTTPClientError:
            switch client {
            case .readTimeout, .connectTimeout, .deadlineExceeded, .writeTimeout, .getConnectionFromPoolTimeout:
                self = .timedOut(seconds: timeout)
            case .remoteConnectionClosed:
                self = .truncated(got: 0, expected: nil)
            case .redirectLimitReached, .redirectCycleDetected:
                self = .redirects("\(client)")
            default:
                self = .connection("\(client)")
            }
        case let io as IOError:
            // "connection reset (error set): Connection refused (errno: 111)" → "Connection refused".
            self = .connection(String(cString: strerror(io.errnoCode)))
        case is HTTPParserError:
            // The parser's view of a body cut short: the connection ended before Content-Length.
            self = .truncated(got: 0, expected: nil)
        default:
            self = .connection(String("\(error)".prefix { !$0.isNewline }))
        }
    }

    var isTransient: Bool {
        switch self {
        case .status(let code): code >= 500
        case .timedOut, .connection, .truncated: true
        case .notPDF, .tooLarge, .redirects, .local: false
        }
    }

    var description: String {
        switch self {
        case .status(let code): "HTTP \(code)"
        case .timedOut(let seconds): "timed out after \(Self.format(seconds)) s"
        case .connection(let reason): "connection failed (\(reason))"
        case .truncated(_, nil): "truncated download (the connection closed before the end)"
        case .truncated(let got, let expected?): "truncated download (got \(got) of \(expected) bytes)"
        case .notPDF(let type):
            switch Self.mediaType(type) {
            case nil: "not a PDF: the body does not start with %PDF-"
            case "text/html"?: "not a PDF: got text/html page"
            case let other?: "not a PDF: got \(other)"
            }
        case .tooLarge(let bytes): "larger than \(bytes / 1_048_576) MB"
        case .redirects(let reason): "too many redirects (\(reason))"
        case .local(let reason): reason
        }
    }

    /// "text/html; charset=utf-8" → "text/html".
    static func mediaType(_ contentType: String?) -> String? {
        guard let type = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased(),
            !type.isEmpty
        else { return nil }
        return type
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
