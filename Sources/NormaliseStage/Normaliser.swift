import Record

/// The normalise stage: turns values as written into the canonical record.
public enum Normaliser {
    public struct Context: Sendable {
        public var source: Source
        /// `--council NAME` or the harvest list's name, used when the text names no council.
        public var councilHint: String?

        public init(source: Source, councilHint: String? = nil) {
            self.source = source
            self.councilHint = councilHint
        }
    }

    public static func normalise(_ parsed: ParsedReport, context: Context) -> Record {
        Record(
            reportId: String(context.source.sha256.prefix(16)),
            source: context.source,
            document: Document(title: parsed.title, kind: .other),
            extractor: Extractor()
        )
    }
}
