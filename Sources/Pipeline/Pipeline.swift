import Dataset
import Foundation
import NormaliseStage
import ParseStage
import Record
import SegmentStage
import TextStage
import ValidateStage

/// The five stages, in order.
public enum Stage: String, CaseIterable, Sendable {
    case text, segment, parse, normalise, validate
}

/// The one place the stages are wired: text → segment → parse → normalise → validate over one
/// file, stopping after a stage. The CLI (`extract`, `tables`) and the tests run it; each stage
/// is a pure function over the one before's value.
public struct Pipeline: Sendable {
    public var textOptions = TextOptions()
    public var councilHint: String?

    public init(textOptions: TextOptions = TextOptions(), councilHint: String? = nil) {
        self.textOptions = textOptions
        self.councilHint = councilHint
    }

    public enum Output {
        case text(TextDocument)
        case segment(SegmentedDocument)
        case parse(ParsedReport)
        case record(Record)
    }

    public func run(path: String, upTo stage: Stage) throws(InputError) -> Output {
        let text = try TextExtractor.extract(path: path, options: textOptions)
        if stage == .text { return .text(text) }
        let segmented = Segmenter.segment(text)
        if stage == .segment { return .segment(segmented) }
        let parsed = Parser.parse(segmented)
        if stage == .parse { return .parse(parsed) }
        let meta = text.metadata
        // The digest is read from the file in chunks: the PDF never sits whole in memory.
        let size = try TextExtractor.checkFile(path: path, limit: textOptions.maxBytes)
        let sha256: String
        do { sha256 = try FileDigest.sha256(fileAtPath: path) } catch { throw .unreadable("read failed") }
        let source = Source(
            fileName: text.fileName, sha256: sha256, byteCount: size, pageCount: meta.pageCount,
            pdfTitle: meta.title, pdfProducer: meta.producer, pdfCreated: meta.created
        )
        var record = Normaliser.normalise(parsed, context: .init(source: source, councilHint: councilHint))
        if stage == .normalise { return .record(record) }
        record.issues += Validator.validate(record)
        return .record(record)
    }

    /// The tables of a document as the segment stage finds them (running headers and footers
    /// removed first, numbered prose left as text): what `tables` prints.
    public static func tables(_ doc: TextDocument) -> [Table] { Segmenter.tables(doc) }
}
