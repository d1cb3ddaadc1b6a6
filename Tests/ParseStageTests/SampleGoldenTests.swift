import Dataset
import Foundation
import NormaliseStage
import Record
import SegmentStage
import Testing
import TextStage
@testable import ParseStage

/// The sample PDFs through text → segment → parse → normalise, against golden records in
/// Golden/ (each read against the page images before it was committed). Set
/// COUNCILKPI_UPDATE_GOLDEN=1 to rewrite them after a reviewed change. The suite needs the
/// segment stage: with the placeholder segmenter (no tables) it does not run.
@Suite(.enabled(if: SampleRecords.segmentStageFindsTables))
struct SampleGoldenTests {
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
        #expect(Dictionary(grouping: r.actions, by: { $0.theme ?? "" }).mapValues(\.count)
            == ["Caring for the Environment": 23, "Healthy Communities": 21, "A Thriving Economy": 15, "Your Council": 19])
        #expect(r.indicators.allSatisfy { $0.observations.count == 3 && $0.rag != nil && $0.ragSource == .reported })
        #expect(r.indicators.filter { $0.polarity == .lowerIsBetter }.map { $0.code ?? "" }
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

    /// The canonical record as `extract --stage normalise` gives it.
    static func record(_ name: String) throws -> Record {
        let path = directory.appendingPathComponent(name + ".pdf").path
        let data = try TextExtractor.read(path: path, limit: TextOptions().maxBytes)
        let text = try TextExtractor.extract(bytes: data, fileName: name + ".pdf")
        let parsed = Parser.parse(Segmenter.segment(text))
        let meta = text.metadata
        let source = Source(fileName: name + ".pdf", sha256: FileDigest.sha256(data), byteCount: data.count,
                            pageCount: meta.pageCount, pdfTitle: meta.title, pdfProducer: meta.producer,
                            pdfCreated: meta.created)
        return Normaliser.normalise(parsed, context: .init(source: source))
    }

    /// True once the segment stage reconstructs tables (the Harrow cover's label/value table).
    static var segmentStageFindsTables: Bool {
        guard names.contains("harrow-2023-24-q2-strategic-performance-report"),
              let text = try? TextExtractor.extract(path: directory.appendingPathComponent("harrow-2023-24-q2-strategic-performance-report.pdf").path)
        else { return false }
        return !Segmenter.segment(text).tables.isEmpty
    }
}
