import Dataset
import Foundation
import JSON
import NormaliseStage
import Pipeline
import Record
import SegmentStage
import Testing
import TextStage

@testable import ParseStage

/// The sample PDFs through the pipeline (text → segment → parse → normalise, as
/// `extract --stage normalise`), against golden records in Golden/ (each read against the page
/// images before it was committed). Set COUNCILKPI_UPDATE_GOLDEN=1 to rewrite them after a
/// reviewed change.
@Suite struct SampleGoldenTests {
    @Test(arguments: SampleRecords.names)
    func recordMatchesGolden(_ name: String) throws {
        let json = try JSONOutput.string(try SampleRecords.record(name))
        let golden = SampleRecords.goldenURL(name)
        if ProcessInfo.processInfo.environment["COUNCILKPI_UPDATE_GOLDEN"] == "1" {
            try json.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(json == expected, "\(name): record differs from Golden/\(name).json")
    }

    @Test func charnwoodQ3FactsFromThePDF() throws {
        let r = try SampleRecords.record("charnwood-2023-24-q3-performance-appendix")
        #expect(r.actions.count == 78 && r.indicators.count == 15)
        #expect(r.actions.filter { $0.rag == .red }.count == 11)
        #expect(r.actions.filter { $0.rag == .amber }.count == 8)
        #expect(r.actions.filter { $0.rag == .green }.count == 39)
        #expect(r.actions.filter { $0.status == .completed }.count == 20)
        #expect(
            Dictionary(grouping: r.actions, by: { $0.theme ?? "" }).mapValues(\.count)
                == [
                    "Caring for the Environment": 23, "Healthy Communities": 21, "A Thriving Economy": 15,
                    "Your Council": 19
                ])
        #expect(r.indicators.allSatisfy { $0.observations.count == 3 && $0.rag != nil && $0.ragSource == .reported })
        #expect(
            r.indicators.filter { $0.polarity == .lowerIsBetter }.map { $0.code ?? "" }
                == ["KI 7a", "KI 7b", "KI 10", "KI 11 (A)", "KI 11 (B)", "NI191"])
    }
}

enum SampleRecords {
    static var directory: URL { Shared.repoRoot.appendingPathComponent("samples") }

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".pdf") }.map { String($0.dropLast(4)) }.sorted()
    }

    static func goldenURL(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name).json")
    }

    /// The canonical record as `extract --stage normalise` gives it: the same pipeline.
    static func record(_ name: String) throws -> Record {
        let path = directory.appendingPathComponent(name + ".pdf").path
        guard case .record(let r) = try Pipeline().run(path: path, upTo: .normalise) else {
            throw PipelineFailure(description: "\(name): the pipeline stopped before the record")
        }
        return r
    }

    struct PipelineFailure: Error, CustomStringConvertible { var description: String }
}
