import Record
import Testing
@testable import TextStage

/// The hand-built JSON tree of the text stage must be exactly what its Codable conformance
/// encodes: same keys, order, omissions and rounding.
@Suite struct JSONTreeTests {
    @Test(arguments: Fixtures.allPDFs.filter { $0.hasPrefix("samples/") } + ["camelot/row_span_1.pdf"].compactMap { name in
        Fixtures.allPDFs.first { $0.hasSuffix(name) }
    })
    func directTreeEqualsEncodableTree(_ name: String) throws {
        let doc = try TextExtractor.extract(path: Fixtures.url(name).path)
        let viaEncoder = try OrderedJSONEncoder().encode(doc)
        #expect(doc.jsonNode == viaEncoder)
        // Superscripts, rotated words and images with and without colour are all exercised.
        var out = ""
        viaEncoder.render(into: &out)
        #expect(try JSONOutput.string(doc) == out + "\n")
    }
}
