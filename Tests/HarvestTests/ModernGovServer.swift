import FlyingFox
import FlyingSocks
import Foundation
import TestSupport

/// A ModernGov-like site on 127.0.0.1 (ephemeral port) for the harvest tests: the web service
/// answers from Tests/HarvestTests/Fixtures, attachments are sample PDFs, and each attachment
/// can be made to misbehave. Every request is counted.
final class ModernGovServer: Sendable {
    /// How one attachment (`mgConvert2PDF.aspx?ID=n`) answers.
    enum Behaviour: Sendable {
        /// The file with this ETag and Last-Modified; a matching conditional GET gets 304.
        case pdf(URL, etag: String)
        /// HTTP 500 this many times, then as `then`.
        indirect case failing(times: Int, then: Behaviour)
        /// Waits this long before answering as `then`.
        indirect case slow(seconds: Double, then: Behaviour)
        /// Sends the head and half the body, then closes the connection.
        case truncated(URL)
        /// Sends the head and half the body, then stalls this long before the rest.
        case stalling(URL, seconds: Double)
        /// An HTML page (a login form) with status 200.
        case html
        /// 302 to this path on the same server.
        case redirect(String)
    }

    struct Request: Sendable {
        var path: String
        var query: [String: String]
        var headers: [String: String]
        var status: Int
        /// When the answer was ready (the request's end, as the server sees it).
        var answered: ContinuousClock.Instant
    }

    static let fixtures = BuiltBinary.repoRoot.appendingPathComponent("Tests/HarvestTests/Fixtures")
    static let samples = BuiltBinary.repoRoot.appendingPathComponent("samples")
    static func sample(_ name: String) -> URL { samples.appendingPathComponent(name) }

    private let server: HTTPServer
    private let task: Task<Void, any Error>
    let state: State
    let port: UInt16

    /// The site the fixtures describe; `/offline/…` answers 404 to everything (the service
    /// switched off); anything else 404 too.
    var root: String { "http://127.0.0.1:\(port)" }
    var site: String { root + "/alpha" }

    init(behaviours: [Int: Behaviour] = ModernGovServer.defaultBehaviours) async throws {
        let state = State(behaviours: behaviours)
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 120, logger: .disabled)
        self.state = state
        self.server = server
        task = Task { try await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(_, let port)? = await server.listeningAddress else {
            throw BuiltBinary.Failure(description: "the test server has no port")
        }
        self.port = port
        await server.appendRoute("GET /*") { [state, port] request in
            await state.respond(to: request, root: "http://127.0.0.1:\(port)")
        }
    }

    func stop() async {
        await server.stop()
        task.cancel()
    }

    /// The samples the fixtures' performance papers are.
    static let defaultBehaviours: [Int: Behaviour] = [
        1000: .pdf(sample("charnwood-2023-24-q3-performance-appendix.pdf"), etag: "\"m-1\""),
        1001: .pdf(sample("charnwood-2023-24-q2-cover-report.pdf"), etag: "\"c-1\""),
        1002: .pdf(sample("executive-board-2023-24-q2-directorate-overview-report.pdf"), etag: "\"s-1\""),
        1003: .pdf(sample("nwleics-coalville-2019-20-q2-cabinet-performance-report.pdf"), etag: "\"t-1\""),
        1004: .pdf(sample("harrow-2023-24-q2-strategic-performance-report.pdf"), etag: "\"r-1\""),
        1010: .pdf(sample("charnwood-2023-24-q2-performance-appendix.pdf"), etag: "\"x-1\""),
        1020: .pdf(sample("charnwood-2023-24-q2-performance-appendix.pdf"), etag: "\"y-1\""),
        1100: .pdf(sample("nwleics-coalville-2019-20-q2-cabinet-performance-report.pdf"), etag: "\"w-1\""),
        1101: .pdf(sample("inconsistent-2024-25-q1-performance-appendix.pdf"), etag: "\"a-1\""),
        1110: .pdf(sample("charnwood-2023-24-q2-performance-appendix.pdf"), etag: "\"o-1\"")
    ]

    actor State {
        var behaviours: [Int: Behaviour]
        private(set) var requests: [Request] = []

        init(behaviours: [Int: Behaviour]) { self.behaviours = behaviours }

        func set(_ id: Int, _ behaviour: Behaviour) { behaviours[id] = behaviour }

        /// Requests for attachment `id`, with the status each got.
        func attachmentRequests(_ id: Int) -> [Request] {
            requests.filter { $0.path.hasSuffix("/mgConvert2PDF.aspx") && $0.query["ID"] == String(id) }
        }

        /// Attachment ids whose body was sent (status 200).
        func downloaded() -> Set<Int> {
            Set(
                requests.filter { $0.path.hasSuffix("/mgConvert2PDF.aspx") && $0.status == 200 }
                    .compactMap { $0.query["ID"].flatMap(Int.init) })
        }

        func calls(_ method: String) -> [Request] { requests.filter { $0.path.hasSuffix("/" + method) } }

        private func log(_ request: HTTPRequest, _ status: Int) {
            var headers: [String: String] = [:]
            for (name, value) in request.headers { headers[name.rawValue.lowercased()] = value }
            requests.append(
                Request(
                    path: request.path,
                    query: Dictionary(
                        request.query.map { ($0.name, $0.value) },
                        uniquingKeysWith: { $1 }),
                    headers: headers, status: status, answered: .now))
        }

        func respond(to request: HTTPRequest, root: String) async -> HTTPResponse {
            let parts = request.path.split(separator: "/").map(String.init)
            guard parts.first == "alpha", parts.count >= 2 else {
                return logged(request, HTTPResponse(statusCode: .notFound))
            }
            let base = root + "/alpha"
            switch parts.dropFirst().joined(separator: "/") {
            case "mgWebService.asmx/GetCommittees":
                return logged(request, fixture("GetCommittees.xml", base: base))
            case "mgWebService.asmx/GetMeetings":
                return logged(request, fixture("GetMeetings-\(request.query["lCommitteeId"] ?? "").xml", base: base))
            case "mgWebService.asmx/GetMeeting":
                return logged(request, fixture("GetMeeting-\(request.query["lMeetingId"] ?? "").xml", base: base))
            case "mgConvert2PDF.aspx":
                guard let id = request.query["ID"].flatMap(Int.init), let behaviour = behaviours[id] else {
                    return logged(request, HTTPResponse(statusCode: .notFound))
                }
                if case .failing(let times, let then) = behaviour {
                    behaviours[id] = times > 1 ? .failing(times: times - 1, then: then) : then
                }
                return await answer(request, behaviour, base: base)
            case let path where path.hasPrefix("files/"):
                let name = String(path.dropFirst("files/".count))
                return await answer(request, .pdf(ModernGovServer.sample(name), etag: "\"f-\(name)\""), base: base)
            default:
                return logged(request, HTTPResponse(statusCode: .notFound))
            }
        }

        private func answer(_ request: HTTPRequest, _ behaviour: Behaviour, base: String) async -> HTTPResponse {
            switch behaviour {
            case .pdf(let file, let etag):
                if request.headers[HTTPHeader("If-None-Match")] == etag {
                    let headers = HTTPHeaders([HTTPHeader("ETag"): etag])
                    return logged(request, HTTPResponse(statusCode: .notModified, headers: headers))
                }
                let data = (try? Data(contentsOf: file)) ?? Data()
                return logged(
                    request,
                    HTTPResponse(
                        statusCode: .ok,
                        headers: HTTPHeaders([
                            .contentType: "application/pdf", HTTPHeader("ETag"): etag,
                            HTTPHeader("Last-Modified"): "Tue, 03 Feb 2026 10:00:00 GMT"
                        ]), body: data))
            case .failing(_, _):
                return logged(request, HTTPResponse(statusCode: .internalServerError, body: Data("busy".utf8)))
            case .slow(let seconds, let then):
                log(request, -1)
                try? await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
                return await answer(request, then, base: base)
            case .truncated(let file):
                return logged(request, Self.partial(file, stallSeconds: nil))
            case .stalling(let file, let seconds):
                return logged(request, Self.partial(file, stallSeconds: seconds))
            case .html:
                let page = "<!DOCTYPE html><html><body><form>Sign in</form></body></html>"
                let headers = HTTPHeaders([.contentType: "text/html; charset=utf-8"])
                return logged(request, HTTPResponse(statusCode: .ok, headers: headers, body: Data(page.utf8)))
            case .redirect(let path):
                return logged(request, HTTPResponse(statusCode: .found, headers: HTTPHeaders([.location: base + path])))
            }
        }

        private func logged(_ request: HTTPRequest, _ response: HTTPResponse) -> HTTPResponse {
            log(request, response.statusCode.code)
            return response
        }

        private func fixture(_ name: String, base: String) -> HTTPResponse {
            guard
                let text = try? String(
                    contentsOf: ModernGovServer.fixtures.appendingPathComponent(name),
                    encoding: .utf8)
            else { return HTTPResponse(statusCode: .notFound) }
            return HTTPResponse(
                statusCode: .ok, headers: HTTPHeaders([.contentType: "text/xml; charset=utf-8"]),
                body: Data(text.replacingOccurrences(of: "{base}", with: base).utf8))
        }

        /// A head announcing the whole file, half the body, then (after a stall, if any) an error
        /// that makes the server drop the connection.
        private static func partial(_ file: URL, stallSeconds: Double?) -> HTTPResponse {
            let data = (try? Data(contentsOf: file)) ?? Data()
            let body = HalfBody(bytes: Array(data.prefix(data.count / 2)), stallSeconds: stallSeconds)
            return HTTPResponse(
                statusCode: .ok, headers: HTTPHeaders([.contentType: "application/pdf"]),
                body: HTTPBodySequence(from: body, count: data.count))
        }
    }
}

/// Yields its bytes, optionally waits, then fails: the server closes the connection mid-body.
struct HalfBody: AsyncBufferedSequence, AsyncBufferedIteratorProtocol, Sendable {
    typealias Element = UInt8
    let bytes: [UInt8]
    let stallSeconds: Double?
    private var offset = 0

    init(bytes: [UInt8], stallSeconds: Double?) {
        self.bytes = bytes
        self.stallSeconds = stallSeconds
    }

    struct Cut: Error {}

    func makeAsyncIterator() -> HalfBody { self }

    mutating func next() async throws -> UInt8? {
        try await nextBuffer(suggested: 1)?.first
    }

    mutating func nextBuffer(suggested count: Int) async throws -> ArraySlice<UInt8>? {
        if offset < bytes.count {
            let end = Swift.min(bytes.count, offset + Swift.max(1, count))
            defer { offset = end }
            return bytes[offset..<end]
        }
        if let stallSeconds { try await Task.sleep(for: .milliseconds(Int(stallSeconds * 1000))) }
        throw Cut()
    }
}
