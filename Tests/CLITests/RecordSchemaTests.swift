import Foundation
import Testing

/// Every record the pipeline writes, for every sample, real council paper, records-corpus paper
/// and table-corpus PDF, is valid
/// against schemas/record.schema.json (checked by Python's jsonschema, Draft 2020-12) and
/// decodes strictly in `councilkpi validate` (the typed decoder) — the two views of the
/// contract agree with what the pipeline actually writes.
struct RecordSchemaTests {
    /// The codes `validate` gives decoding problems (schemas/README.md, step 1).
    static let decodingCodes: Set<String> = [
        "invalid-json", "missing-key", "unknown-key", "wrong-type", "unknown-enum-value",
        "invalid-format", "out-of-range", "invalid-value"
    ]

    static let script = """
        import json, sys
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[1]))
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        out = {}
        for path in sys.argv[2:]:
            out[path] = [e.json_path + ": " + e.message for e in validator.iter_errors(json.load(open(path)))]
        print(json.dumps(out))
        """

    /// Writes every extracted record to a folder; each path maps to its PDF.
    static func writeRecords() throws -> (URL, [String: String]) {
        let dir = try Councilkpi.temporaryDirectory("records")
        var byPath: [String: String] = [:]
        for out in Extracted.all {
            // Numbered: the table corpus has files of one name in several folders.
            let path = dir.appendingPathComponent("\(byPath.count)-" + Councilkpi.name(out.file) + ".json").path
            try out.record.get().write(to: URL(fileURLWithPath: path))
            byPath[path] = out.file
        }
        return (dir, byPath)
    }

    @Test(.enabled(if: Councilkpi.binary != nil)) func everyRecordValidatesAgainstTheSchema() throws {
        try #require(Councilkpi.samples.count >= 7, "samples/*.pdf")
        if Councilkpi.shared == nil { print("RecordSchemaTests: ../shared is absent; checking the samples only") }
        let (dir, byPath) = try Self.writeRecords()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(byPath.count == Extracted.files.count)

        let run = try Python.run(
            ["-c", Self.script, Councilkpi.repoRoot.appendingPathComponent("schemas/record.schema.json").path]
                + byPath.keys.sorted())
        try #require(run.status == 0, "python3 jsonschema failed (run scripts/setup.sh --tests): \(run.stderr)")
        let results = try JSONDecoder().decode([String: [String]].self, from: run.stdout)
        #expect(results.count == byPath.count)
        for (path, problems) in results.sorted(by: { $0.key < $1.key }) {
            #expect(problems.isEmpty, "\(byPath[path] ?? path): \(problems.prefix(10).joined(separator: "\n"))")
        }
    }

    struct Run: Decodable {
        struct File: Decodable {
            var file: String
            var status: String
            var findings: [Finding]
        }
        struct Finding: Decodable {
            var severity: String
            var code: String
            var path: String?
            var message: String
        }
        var files: [File]
    }

    struct RecordIssues: Decodable {
        struct Issue: Decodable {
            var severity: String
            var code: String
            var message: String
        }
        var issues: [Issue]
    }

    @Test(.enabled(if: Councilkpi.binary != nil)) func everyRecordDecodesStrictlyInValidate() throws {
        let (dir, byPath) = try Self.writeRecords()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Councilkpi.run(["validate", "--format", "json"] + byPath.keys.sorted())
        #expect([0, 1].contains(r.status), "validate: exit \(r.status): \(r.stderr)")
        let run = try JSONDecoder().decode(Run.self, from: r.stdout)
        #expect(run.files.count == byPath.count)
        for f in run.files {
            let name = byPath[f.file] ?? f.file
            #expect(f.status == "valid" || f.status == "errors", "\(name): \(f.status)")
            let decoding = f.findings.filter { Self.decodingCodes.contains($0.code) || $0.path != nil }
            #expect(decoding.isEmpty, "\(name): \(decoding.map { "\($0.code) at \($0.path ?? ""): \($0.message)" })")
        }
        // The pipeline's own validate stage writes decoding problems into `issues` too.
        for out in Extracted.all {
            let record = try JSONDecoder().decode(RecordIssues.self, from: try out.record.get())
            let decoding = record.issues.filter { Self.decodingCodes.contains($0.code) }
            #expect(decoding.isEmpty, "\(Councilkpi.name(out.file)): \(decoding.map { "\($0.code): \($0.message)" })")
        }
    }
}
