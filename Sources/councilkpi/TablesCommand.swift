import ArgumentParser
import Foundation
import JSON
import Pipeline
import Record
import SegmentStage
import TextStage

struct TablesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tables",
        abstract: "Find every table in a PDF (generic table extraction) and print them.",
        discussion: """
            Tables are reconstructed from geometry: ruling lines and cell shading where present,
            column alignment where not. A table continuing on the next page is stitched into one,
            reported on the page it starts on. JSON: {"file", "tables": [{"page", "bbox", "rows"}]}
            (plus "pages" for a stitched table and "spans" for merged cells).
            """
    )

    @Argument(help: "The PDF file.", completion: .file(extensions: ["pdf"]))
    var file: String

    @Option(help: "Pages to read, 1-based: e.g. 1,3-5 (default: all).")
    var pages: PageSelection?

    @Option(help: "Output format: json, csv or markdown.")
    var format: TableFormat = .json

    @Option(help: "Write a PNG per page with the rules, cells and tables drawn over it into this directory.")
    var debug: String?

    @Option(help: "Give up after this many seconds (a PDF that hangs poppler).")
    var timeout: Double = 120

    func run() throws {
        Watchdog.start(seconds: timeout, program: "councilkpi", file: file)
        var options = TextOptions()
        options.pages = pages?.pages
        let doc: TextDocument
        do {
            doc = try TextExtractor.extract(path: file, options: options)
        } catch {
            throw InputFailure(file: file, error: error)
        }
        let tables = Pipeline.tables(doc)
        if let debug {
            try DebugDrawing.write(file: file, doc: doc, tables: tables, to: debug)
        }
        let out = TableOutput(file: URL(fileURLWithPath: file).lastPathComponent, tables: tables)
        let text: String
        switch format {
        case .json: text = try JSONOutput.string(out)
        case .csv: text = try out.csv()
        case .markdown: text = out.markdown
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case json, csv, markdown
}

/// "1,3-5" → {1, 3, 4, 5}.
struct PageSelection: ExpressibleByArgument {
    var pages: Set<Int>

    init?(argument: String) {
        var set = Set<Int>()
        for part in argument.split(separator: ",") {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false).map {
                Int($0.trimmingCharacters(in: .whitespaces))
            }
            if ends.count == 1, let a = ends[0], a > 0 {
                set.insert(a)
            } else if ends.count == 2, let a = ends[0], let b = ends[1], a > 0, a <= b, b - a < 100_000 {
                set.formUnion(a...b)
            } else {
                return nil
            }
        }
        guard !set.isEmpty else { return nil }
        pages = set
    }
}
