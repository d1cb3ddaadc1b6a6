import ArgumentParser
import Dataset
import Foundation
import NormaliseStage
import ParseStage
import Record
import SegmentStage
import TextStage
import ValidateStage

enum Stage: String, CaseIterable, ExpressibleByArgument {
    case text, segment, parse, normalise, validate
}

/// Runs the stages in order over one file, stopping after `stage`.
struct Pipeline {
    var textOptions = TextOptions()
    var councilHint: String?

    enum Output {
        case text(TextDocument)
        case segment(SegmentedDocument)
        case parse(ParsedReport)
        case record(Record)
    }

    func run(path: String, upTo stage: Stage) throws(InputError) -> Output {
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
}
