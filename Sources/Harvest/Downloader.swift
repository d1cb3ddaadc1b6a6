import AsyncHTTPClient
import Crypto
import Dataset
import Foundation
import NIOCore
import NIOHTTP1

/// How the harvest talks to web servers: who it says it is, how patient and how polite it is.
public struct FetchSettings: Sendable {
    public var userAgent: String
    public var delaySeconds = HarvestTuning.defaultDelaySeconds
    public var retries = HarvestTuning.defaultRetries
    public var backoffBaseSeconds = HarvestTuning.backoffBaseSeconds
    public var requestTimeoutSeconds = HarvestTuning.defaultRequestTimeoutSeconds
    public var maxDownloadBytes = HarvestTuning.maxDownloadBytes

    public init(userAgent: String) { self.userAgent = userAgent }

    /// "councilkpi/0.1.0 (+contact)": the tool and whom a site's administrator can write to.
    public static func userAgent(version: String, contact: String) -> String {
        "councilkpi/\(version) (+\(contact))"
    }
}

/// What the server last said about a document, sent back so an unchanged one costs a 304.
public struct Validators: Sendable, Equatable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String?, lastModified: String?) {
        self.etag = etag
        self.lastModified = lastModified
    }
}

public enum DownloadOutcome: Sendable, Equatable {
    /// 304: the copy we hold is current.
    case notModified
    /// A whole PDF, now at `file` (downloads/<sha256>.pdf).
    case downloaded(sha256: String, file: URL, validators: Validators, isNew: Bool)
    case failed(reason: String)
}

/// HTTP for the harvest: one request at a time per host with a pause between, a User-Agent,
/// conditional GETs, retries with exponential backoff on timeouts, 5xx and dropped connections,
/// redirects followed. Downloads are checked (a PDF, whole) and written atomically.
public final class Downloader: Sendable {
    let settings: FetchSettings
    private let client: HTTPClient
    private let pacer: HostPacer

    public init(settings: FetchSettings) {
        self.settings = settings
        let timeout = TimeAmount.milliseconds(Int64(settings.requestTimeoutSeconds * 1000))
        let connect = TimeAmount.milliseconds(
            Int64(min(settings.requestTimeoutSeconds, HarvestTuning.connectTimeoutSeconds) * 1000))
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .follow(max: HarvestTuning.maxRedirects, allowCycles: false),
            timeout: .init(connect: connect, read: timeout))
        configuration.httpVersion = .http1Only
        // The pool would otherwise retry a refused connection until the request's deadline (a
        // minute per try for a site that is down); the harvester's retries and backoff decide.
        configuration.connectionPool.retryConnectionEstablishment = false
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        pacer = HostPacer(delaySeconds: settings.delaySeconds)
    }

    public func shutdown() async {
        try? await client.shutdown()
    }

    /// A web-service answer, whole, in memory.
    func get(_ url: String) async throws(FetchFailure) -> Data {
        try await withRetries(url) { [self] in
            let response = try await send(url, validators: nil)
            guard (200..<300).contains(response.status.code) else { throw FetchFailure.status(response.status.code) }
            let expected = response.headers.first(name: "content-length").flatMap(Int.init)
            let buffer = try await response.body.collect(upTo: HarvestTuning.maxResponseBytes)
            if let expected, expected != buffer.readableBytes {
                throw FetchFailure.truncated(got: buffer.readableBytes, expected: expected)
            }
            return Data(buffer.readableBytesView)
        }
    }

    /// Downloads `url` into `directory` as <sha256>.pdf, unless the server says (304) that the
    /// copy described by `validators` is current.
    public func download(_ url: String, validators: Validators?, into directory: URL) async -> DownloadOutcome {
        do {
            return try await withRetries(url) { [self] in
                let response = try await send(url, validators: validators)
                if response.status == .notModified, validators != nil { return .notModified }
                guard (200..<300).contains(response.status.code) else {
                    throw FetchFailure.status(response.status.code)
                }
                return try await save(response, into: directory)
            }
        } catch {
            return .failed(reason: error.description)
        }
    }

    private func send(_ url: String, validators: Validators?) async throws -> HTTPClientResponse {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "User-Agent", value: settings.userAgent)
        if let etag = validators?.etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let date = validators?.lastModified { request.headers.add(name: "If-Modified-Since", value: date) }
        let timeout = TimeAmount.milliseconds(Int64(settings.requestTimeoutSeconds * 1000))
        return try await client.execute(request, timeout: timeout)
    }

    /// Streams the body to a temporary file beside its final name, hashing it on the way; only a
    /// whole PDF is renamed into place, so a kill leaves a temporary at worst (removed next run).
    private func save(_ response: HTTPClientResponse, into directory: URL) async throws -> DownloadOutcome {
        let expected = response.headers.first(name: "content-length").flatMap(Int.init)
        if let expected, expected > settings.maxDownloadBytes { throw FetchFailure.tooLarge(settings.maxDownloadBytes) }
        let temp = AtomicFile.temporaryURL(for: directory.appendingPathComponent("download.pdf"))
        guard FileManager.default.createFile(atPath: temp.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: temp.path)
        else {
            throw FetchFailure.local("cannot create \(temp.path)")
        }
        var committed = false
        defer {
            try? handle.close()
            if !committed { try? FileManager.default.removeItem(at: temp) }
        }
        var hasher = SHA256()
        var count = 0
        var head = [UInt8]()
        let contentType = response.headers.first(name: "content-type")
        for try await buffer in response.body {
            let bytes = Array(buffer.readableBytesView)
            count += bytes.count
            if count > settings.maxDownloadBytes { throw FetchFailure.tooLarge(settings.maxDownloadBytes) }
            if head.count < PDFSignature.bytes.count {
                head += bytes.prefix(PDFSignature.bytes.count - head.count)
                if head.count == PDFSignature.bytes.count, head != PDFSignature.bytes {
                    throw FetchFailure.notPDF(contentType: contentType)
                }
            }
            hasher.update(data: bytes)
            try handle.write(contentsOf: bytes)
        }
        if let expected, expected != count { throw FetchFailure.truncated(got: count, expected: expected) }
        guard head == PDFSignature.bytes else { throw FetchFailure.notPDF(contentType: contentType) }
        let sha = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        let target = directory.appendingPathComponent(sha + ".pdf")
        let validators = Validators(
            etag: response.headers.first(name: "etag"),
            lastModified: response.headers.first(name: "last-modified"))
        if FileManager.default.fileExists(atPath: target.path) {
            return .downloaded(sha256: sha, file: target, validators: validators, isNew: false)
        }
        try handle.close()
        try AtomicFile.commit(temp, to: target)
        committed = true
        return .downloaded(sha256: sha, file: target, validators: validators, isNew: true)
    }

    /// Runs one request per try, paced per host; retries what may pass (timeouts, 5xx, dropped
    /// connections) after base, 2×base, 4×base… seconds; anything else fails at once.
    private func withRetries<T: Sendable>(
        _ url: String, _ attempt: @escaping @Sendable () async throws -> T
    ) async throws(FetchFailure) -> T {
        let host = URL(string: url)?.host ?? url
        var tries = 0
        while true {
            do {
                return try await pacer.paced(host: host, attempt)
            } catch {
                let failure = FetchFailure(error, timeout: settings.requestTimeoutSeconds)
                tries += 1
                guard failure.isTransient, tries <= settings.retries else { throw failure }
                let wait = min(
                    HarvestTuning.backoffCapSeconds,
                    settings.backoffBaseSeconds * pow(2, Double(tries - 1)))
                try? await Task.sleep(for: .milliseconds(Int((wait * 1000).rounded())))
            }
        }
    }
}

enum PDFSignature {
    /// Every PDF starts with these bytes; an error page or a login form does not.
    static let bytes = Array("%PDF-".utf8)
}
