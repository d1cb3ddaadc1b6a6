import Foundation
import JSON
import NormaliseStage
import Record
import Testing

@testable import ValidateStage

@Suite struct DecoderTests {
    func decode(_ r: Record) throws -> Record {
        try RecordDecoder.decode(Data(try JSONOutput.bytes(r)))
    }

    /// The problems for a record's JSON after `edit`, as (code, path) pairs.
    func problems(_ r: Record, _ edit: (inout JSONNode) -> Void) throws -> [String] {
        var node = try OrderedJSONEncoder().encode(r)
        edit(&node)
        var text = ""
        node.render(into: &text)
        do {
            _ = try RecordDecoder.decode(Data(text.utf8))
            return []
        } catch {
            return error.problems.map { "\($0.code.rawValue) \($0.path)" }
        }
    }

    @Test func fullAndMinimalRecordsRoundTrip() throws {
        #expect(try decode(Samples.full()) == Samples.full())
        #expect(try decode(Samples.minimal()) == Samples.minimal())
        #expect(try decode(Samples.consistent()) == Samples.consistent())
    }

    /// The fixture the bad records are made from is exactly what the Swift types encode.
    /// Regenerate with COUNCILKPI_WRITE_FIXTURES=1 after changing the types or `Samples.full`.
    @Test func fullFixtureIsTheEncodedFullRecord() throws {
        let url = Repo.fixtures.appendingPathComponent("full.json")
        let expected = try JSONOutput.string(Samples.full())
        if ProcessInfo.processInfo.environment["COUNCILKPI_WRITE_FIXTURES"] == "1" {
            try expected.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == expected)
    }

    @Test func pathsNameTheExactPlace() throws {
        var r = Samples.consistent()
        r.indicators.append(r.indicators[0])
        r.indicators[3].code = "PI04"
        let found = try problems(r) { node in
            node[["indicators", 3, "observations", 0, "period", "quarter"]] = .string("Q2")
        }
        #expect(found == ["wrong-type indicators[3].observations[0].period.quarter"])
    }

    @Test func everyProblemIsReportedNotJustTheFirst() throws {
        let found = try problems(Samples.full()) { node in
            node[["document", "kind"]] = .string("appendix")
            node[["indicators", 0, "polarity"]] = nil
            node[["risks", 0, "rag"]] = .null
            node[["extractor", "built"]] = .string("today")
        }
        #expect(
            found == [
                "unknown-enum-value document.kind",
                "missing-key indicators[0].polarity",
                "wrong-type risks[0].rag",
                "unknown-key extractor.built"
            ])
    }

    @Test func problemsInsideAListItemCarryItsPage() throws {
        do {
            var node = try OrderedJSONEncoder().encode(Samples.full())
            node[["indicators", 0, "unit"]] = .string("percentage")
            var text = ""
            node.render(into: &text)
            _ = try RecordDecoder.decode(Data(text.utf8))
            Issue.record("decoded a record with an unknown unit")
        } catch let error as RecordDecodingError {
            #expect(error.problems.map(\.page) == [7])
            #expect(
                error.problems.first?.issue.message.hasPrefix("indicators[0].unit: \"percentage\" is not one of")
                    == true)
        }
    }

    @Test func nullableKeysMustBePresentAndOptionalOnesNeverNull() throws {
        #expect(
            try problems(Samples.consistent()) { $0[["indicators", 0, "rag"]] = nil } == [
                "missing-key indicators[0].rag"
            ])
        #expect(try problems(Samples.consistent()) { $0[["council"]] = nil } == ["missing-key council"])
        #expect(try problems(Samples.full()) { $0[["source", "pdfTitle"]] = .null } == ["wrong-type source.pdfTitle"])
        #expect(try problems(Samples.full()) { $0[["source", "pdfTitle"]] = nil } == [])
    }

    @Test func integersMayBeWrittenWithAZeroFraction() throws {
        #expect(try problems(Samples.full()) { $0[["indicators", 0, "page"]] = .double(7.0) } == [])
        #expect(
            try problems(Samples.full()) { $0[["indicators", 0, "page"]] = .double(7.5) } == [
                "wrong-type indicators[0].page"
            ])
        #expect(
            try problems(Samples.full()) { $0[["indicators", 0, "cumulative"]] = .int(1) } == [
                "wrong-type indicators[0].cumulative"
            ])
    }

    @Test func notJSONIsTold() {
        for bytes in ["", "{\"schemaVersion\": \"1.0\"", "not json"] {
            do {
                _ = try RecordDecoder.decode(Data(bytes.utf8))
                Issue.record("decoded \(bytes)")
            } catch {
                #expect(error.isNotJSON)
                #expect(error.problems.map(\.code) == [.invalidJSON])
            }
        }
    }

    @Test func financialYearsCheckTheirSecondYear() {
        #expect(FinancialYear(exactly: "2023-24")?.startYear == 2023)
        #expect(FinancialYear(exactly: "1999-00")?.startYear == 1999)
        for bad in ["2023-25", "2023/24", "23-24", "2023-2024", "202a-24", "2023-4"] {
            #expect(FinancialYear(exactly: bad) == nil, "\(bad)")
        }
        let fy = FinancialYear(exactly: "2023-24")!
        #expect(fy.quarterSpan(2)?.description == "2023-07-01 to 2023-09-30")
        #expect(fy.quarterSpan(4)?.description == "2024-01-01 to 2024-03-31")
        #expect(fy.span.description == "2023-04-01 to 2024-03-31")
        #expect(Day(iso: "2024-02-29") != nil && Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2024-03-01")!.number - Day(iso: "2024-02-28")!.number == 2)
    }
}

extension JSONNode {
    enum Step: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case key(String)
        case index(Int)
        init(stringLiteral s: String) { self = .key(s) }
        init(integerLiteral i: Int) { self = .index(i) }
    }

    /// The value at a path; setting nil removes an object's key.
    subscript(path: [Step]) -> JSONNode? {
        get {
            guard let first = path.first else { return self }
            switch (self, first) {
            case (.object(let fields), .key(let k)): return fields.first { $0.0 == k }?.1[Array(path.dropFirst())]
            case (.array(let items), .index(let i)) where i < items.count: return items[i][Array(path.dropFirst())]
            default: return nil
            }
        }
        set {
            guard let first = path.first else {
                if let newValue { self = newValue }
                return
            }
            let rest = Array(path.dropFirst())
            switch (self, first) {
            case (.object(var fields), .key(let k)):
                if let i = fields.firstIndex(where: { $0.0 == k }) {
                    if rest.isEmpty && newValue == nil {
                        fields.remove(at: i)
                    } else {
                        fields[i].1[rest] = newValue
                    }
                } else if rest.isEmpty, let newValue {
                    fields.append((k, newValue))
                }
                self = .object(fields)
            case (.array(var items), .index(let i)) where i < items.count:
                items[i][rest] = newValue
                self = .array(items)
            default:
                break
            }
        }
    }
}
