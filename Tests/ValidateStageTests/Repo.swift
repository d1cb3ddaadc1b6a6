import Foundation

/// Paths in the repository, for tests that read its files.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let schema = root.appendingPathComponent("schemas/record.schema.json")
    static let fixtures = root.appendingPathComponent("Tests/ValidateStageTests/Fixtures")
}
