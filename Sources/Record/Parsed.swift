/// The parse stage's output, before normalisation: what each part of the paper is, with
/// values still as written. Lives here (not in ParseStage) so the normalise stage can read it
/// without depending on parsing.
public struct ParsedReport: Codable, Equatable, Sendable {
    public var fileName: String
    public var pageCount: Int
    public var title: String
    public var texts: [String]

    public init(fileName: String, pageCount: Int, title: String, texts: [String] = []) {
        self.fileName = fileName
        self.pageCount = pageCount
        self.title = title
        self.texts = texts
    }
}
