import JSON
import Record
import Testing

@testable import TextStage

/// The text stage's hand-written JSON must be exactly what its Codable conformance encodes:
/// same keys, order, omissions, rounding and layout.
@Suite struct JSONTreeTests {
    @Test(
        arguments: Fixtures.allPDFs.filter { $0.hasPrefix("samples/") }
            + ["camelot/row_span_1.pdf"].compactMap { name in
                Fixtures.allPDFs.first { $0.hasSuffix(name) }
            })
    func writtenJSONEqualsEncodable(_ name: String) throws {
        let doc = try TextExtractor.extract(path: Fixtures.url(name).path)
        // Superscripts, rotated words and images with and without colour are all exercised.
        var out = ""
        try OrderedJSONEncoder().encode(doc).render(into: &out)
        #expect(try JSONOutput.string(doc) == out + "\n")
    }
}
