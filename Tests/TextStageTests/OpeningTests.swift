import Foundation
import Testing

@testable import TextStage

/// A PDF read from bytes and one opened by path (a relative path) give the same document; bad
/// bytes give the same errors as bad files.
struct OpeningTests {
    @Test func bytesAndPathAgree() throws {
        let url = Fixtures.url("corpus/tables/camelot/row_span_1.pdf")
        let fromBytes = try TextExtractor.extract(
            bytes: Array(try Data(contentsOf: url)), fileName: url.lastPathComponent)
        let cwd = FileManager.default.currentDirectoryPath
        let relative =
            url.standardizedFileURL.path.hasPrefix(cwd + "/")
            ? String(url.standardizedFileURL.path.dropFirst(cwd.count + 1)) : url.path
        let fromPath = try TextExtractor.extract(path: relative)
        #expect(fromBytes == fromPath)
        #expect(fromBytes.pages.first?.words.isEmpty == false)
        #expect(fromBytes.metadata.pageCount == fromBytes.pages.count)
    }

    @Test func badBytes() {
        #expect(throws: InputError.empty) { try TextExtractor.extract(bytes: [], fileName: "x.pdf") }
        #expect(throws: InputError.notPDF) {
            try TextExtractor.extract(bytes: Array("<html>404</html>".utf8), fileName: "x.pdf")
        }
        #expect(throws: InputError.truncated) {
            try TextExtractor.extract(bytes: Array("%PDF-1.4\n1 0 obj".utf8), fileName: "x.pdf")
        }
    }

    @Test func errorsHaveDistinctCodes() {
        let all: [InputError] = [
            .missing, .empty, .unreadable("x"), .notPDF, .encrypted, .damaged("x"), .truncated,
            .noPages, .noTextLayer, .tooLarge(bytes: 2, limit: 1)
        ]
        #expect(Set(all.map(\.exitCode)).count == all.count)
        #expect(Set(all.map(\.code)).count == all.count)
        #expect(!all.map(\.exitCode).contains(12))  // the CLI's timeout
    }
}
