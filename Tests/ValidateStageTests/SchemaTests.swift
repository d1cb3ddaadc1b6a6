import Foundation
import JSON
import Record
import Testing

@testable import ValidateStage

/// schemas/record.schema.json, the Swift record types and the strict decoder kept in step.
@Suite struct SchemaTests {
    func schemaObject() throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: Repo.schema)) as? [String: Any])
    }

    /// The value at a JSON pointer such as "/$defs/date/pattern".
    func at(_ pointer: String, in schema: [String: Any]) -> Any? {
        pointer.split(separator: "/").reduce(Any?(schema)) { node, key in (node as? [String: Any])?[String(key)] }
    }

    @Test func embeddedSchemaIsTheSchemaFile() throws {
        // Regenerate with tools/schema/embed-schema.sh.
        #expect(RecordSchema.text == (try String(contentsOf: Repo.schema, encoding: .utf8)))
    }

    @Test func encodedRecordsValidateAgainstTheSchema() throws {
        var request = JSONSchemaRunner.Request()
        request.documents = [
            "full": try JSONOutput.string(Samples.full()),
            "minimal": try JSONOutput.string(Samples.minimal()),
            "consistent": try JSONOutput.string(Samples.consistent())
        ]
        let response = try JSONSchemaRunner.run(request)
        #expect(response.documents == ["full": [], "minimal": [], "consistent": []])
    }

    @Test func badRecordsAreRejectedByTheSchemaAndByTheDecoder() throws {
        let dir = Repo.fixtures.appendingPathComponent("bad")
        let expected = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("expected.json")))
                as? [String: [String: String]])
        #expect(expected.count >= 50)
        var request = JSONSchemaRunner.Request()
        for name in expected.keys {
            request.documents[name] = try String(
                contentsOf: dir.appendingPathComponent("\(name).json"), encoding: .utf8)
        }
        let schema = try JSONSchemaRunner.run(request)
        for (name, want) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(schema.documents[name]?.isEmpty == false, "the schema accepts \(name)")
            do {
                _ = try RecordDecoder.decode(Data(request.documents[name]!.utf8))
                Issue.record("the decoder accepts \(name)")
            } catch {
                let got = error.problems.map { "\($0.code.rawValue) \($0.path)" }
                #expect(got == ["\(want["code"]!) \(want["path"]!)"], "\(name)")
            }
        }
    }

    /// Every key of the full record removed, and every value set to null, one at a time:
    /// the schema and the decoder must agree on each, accept or reject.
    @Test func schemaAndDecoderAgreeOnEveryMissingOrNullKey() throws {
        let full = try OrderedJSONEncoder().encode(Samples.full())
        var request = JSONSchemaRunner.Request()
        for path in Self.keyPaths(full) {
            let name = path.map { step in
                if case .key(let k) = step { k } else if case .index(let i) = step { String(i) } else { "" }
            }.joined(separator: ".")
            var removed = full
            removed[path] = nil
            var nulled = full
            nulled[path] = .null
            for (label, node) in [("delete", removed), ("null", nulled)] {
                var text = ""
                node.render(into: &text)
                request.documents["\(label) \(name)"] = text
            }
        }
        #expect(request.documents.count > 150)
        let schema = try JSONSchemaRunner.run(request)
        var disagreements: [String] = []
        var verdicts: Set<Bool> = []
        for (name, text) in request.documents.sorted(by: { $0.key < $1.key }) {
            let schemaAccepts = schema.documents[name]?.isEmpty == true
            let decoderAccepts = (try? RecordDecoder.decode(Data(text.utf8))) != nil
            verdicts.insert(schemaAccepts)
            if schemaAccepts != decoderAccepts {
                disagreements.append(
                    "\(name): schema \(schemaAccepts ? "accepts" : "rejects"), decoder \(decoderAccepts ? "accepts" : "rejects")"
                )
            }
        }
        #expect(disagreements == [])
        #expect(verdicts == [true, false])  // optional keys may go, required ones may not
    }

    static func keyPaths(_ node: JSONNode, prefix: [JSONNode.Step] = []) -> [[JSONNode.Step]] {
        switch node {
        case .object(let fields):
            return fields.flatMap { k, v in [prefix + [.key(k)]] + keyPaths(v, prefix: prefix + [.key(k)]) }
        case .array(let items):
            return items.enumerated().flatMap { i, v in keyPaths(v, prefix: prefix + [.index(i)]) }
        default:
            return []
        }
    }

    /// Each hand-written format check agrees with the schema's `pattern` on the same strings.
    @Test func formatChecksMatchTheSchemaPatterns() throws {
        let schema = try schemaObject()
        let samples: [Format: [String]] = [
            .date: [
                "2023-11-28", "2023-02-30", "2023-13-01", "2023-00-10", "2023-1-01", "23-11-28", "2023-11-28T00:00",
                "2023/11/28", ""
            ],
            .dateTime: [
                "2023-11-14T09:30:00Z", "2023-11-14T24:00:00Z", "2023-11-14T09:60:00Z", "2023-11-14 09:30:00Z",
                "2023-11-14T09:30:00", "2023-11-14T09:30:00+01:00"
            ],
            .month: ["2023-11", "2023-13", "2023-00", "2023-7", "202311", "2023-11-01"],
            .financialYear: [
                "2023-24", "1999-00", "2099-00", "2009-10", "2023-25", "2023/24", "23-24", "2023-2024", "2019-20",
                "2020-20"
            ],
            .reportId: [
                "3f1c9a7be2d40c5f", "3F1C9A7BE2D40C5F", "3f1c9a7be2d40c5", "3f1c9a7be2d40c5fa", "3f1c9a7be2d40c5g"
            ],
            .sha256: [
                String(repeating: "a1", count: 32), String(repeating: "a1", count: 31),
                String(repeating: "A1", count: 32)
            ],
            .slug: [
                "charnwood-borough-council", "harrow", "north-west-leicestershire-2", "Charnwood", "a--b", "-a", "a-",
                "a b", ""
            ],
            .gssCode: ["E07000130", "W06000015", "X07000130", "E0700013", "E070001300", "e07000130"],
            .issueCode: [
                "summary-counts-mismatch", "table-not-understood", "a1-b2", "Summary", "summary_counts", "-a", "a-",
                "1abc", "a--b", ""
            ],
            .version: ["0.1.0", "10.20.30", "1.0.0-beta.1", "1.0", "v1.0.0", "1.0.0-", "1.0.0+build", ""]
        ]
        var request = JSONSchemaRunner.Request()
        var swift: [Bool] = []
        var labels: [String] = []
        for format in Format.allCases {
            let pattern = try #require(at(format.schemaPointer, in: schema) as? String, "\(format)")
            for s in try #require(samples[format], "no samples for \(format)") {
                request.patterns.append([pattern, s])
                swift.append(format.matches(s))
                labels.append("\(format) \"\(s)\"")
            }
        }
        let python = try JSONSchemaRunner.run(request).patterns
        #expect(python.count == swift.count)
        let disagreements = zip(labels, zip(python, swift)).filter { $1.0 != $1.1 }.map {
            "\($0.0): schema \($0.1.0), Swift \($0.1.1)"
        }
        #expect(disagreements == [])
        #expect(swift.contains(true) && swift.contains(false))
    }

    /// The schema's enums list exactly the Swift enums' cases, in the same order.
    @Test func schemaEnumsAreTheSwiftEnums() throws {
        let schema = try schemaObject()
        func values(_ pointer: String) -> [String] {
            ((at(pointer, in: schema) as? [Any]) ?? []).compactMap { $0 as? String }
        }
        func raw<E: CaseIterable & RawRepresentable>(_: E.Type) -> [String] where E.RawValue == String {
            E.allCases.map(\.rawValue)
        }
        #expect(values("/$defs/document/properties/kind/enum") == raw(DocumentKind.self))
        #expect(values("/$defs/summary/properties/subject/enum") == raw(SummarySubject.self))
        #expect(values("/$defs/action/properties/status/enum") == raw(ActionStatus.self))
        #expect(values("/$defs/rag/enum") == raw(RAG.self))
        #expect(values("/$defs/unit/enum") == raw(MeasureUnit.self))
        #expect(values("/$defs/indicator/properties/polarity/enum") == raw(Polarity.self))
        #expect(values("/$defs/indicator/properties/rag/enum") == raw(RAG.self))
        #expect(values("/$defs/indicator/properties/ragSource/enum") == raw(RAGSource.self))
        #expect(values("/$defs/indicator/properties/direction/enum") == raw(Direction.self))
        #expect(values("/$defs/issue/properties/severity/enum") == raw(Severity.self))
    }
}
