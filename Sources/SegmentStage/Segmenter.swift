import TextStage

/// The segment stage: a pure function from the text stage's output to the document structure.
public enum Segmenter {
    public static func segment(_ doc: TextDocument) -> SegmentedDocument {
        // Placeholder until the segment stage lands: no structure, no tables.
        SegmentedDocument(fileName: doc.fileName, metadata: doc.metadata, blocks: [], tables: [])
    }
}
