import Record
import SegmentStage

/// The parse stage: recognises what each table and section of the paper is.
public enum Parser {
    public static func parse(_ doc: SegmentedDocument) -> ParsedReport {
        ParsedReport(fileName: doc.fileName, pageCount: doc.metadata.pageCount, title: doc.metadata.title ?? doc.fileName)
    }
}
