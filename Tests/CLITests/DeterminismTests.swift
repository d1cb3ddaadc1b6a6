import Foundation
import Testing

/// `extract --stage text` prints byte-identical output across runs.
struct DeterminismTests {
    static let files: [String] = {
        let dir = CLI.repoRoot.appendingPathComponent("samples")
        var out = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
            .filter { $0.hasSuffix(".pdf") }.sorted().map { dir.appendingPathComponent($0).path }
        for up in ["../shared", "../../shared"] {
            let f = CLI.repoRoot.appendingPathComponent(up + "/corpus/tables/camelot/row_span_1.pdf")
                .standardizedFileURL.path
            if FileManager.default.fileExists(atPath: f) {
                out.append(f)
                break
            }
        }
        return out
    }()

    @Test(.enabled(if: CLI.binary != nil), arguments: files)
    func textStageIsByteIdentical(_ path: String) throws {
        let a = try CLI.run(["extract", path, "--stage", "text"])
        let b = try CLI.run(["extract", path, "--stage", "text"])
        #expect(a.status == 0)
        #expect(a.stdout.count > 100)
        #expect(a.stdout == b.stdout, "\(path): two runs differ")
    }
}
