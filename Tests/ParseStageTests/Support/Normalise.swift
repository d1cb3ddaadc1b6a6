import NormaliseStage
import Record
import SegmentStage

@testable import ParseStage

/// Parse then normalise a hand-built document, as the pipeline does.
func record(_ doc: SegmentedDocument, council: String? = nil) -> Record {
    let source = Source(
        fileName: doc.fileName, sha256: String(repeating: "ab", count: 32), byteCount: 1000,
        pageCount: doc.metadata.pageCount)
    return Normaliser.normalise(Parser.parse(doc), context: .init(source: source, councilHint: council))
}
