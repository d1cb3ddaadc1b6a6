import ArgumentParser
import Foundation
import Report

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A static HTML report of a dataset: councils, periods, what changed, every indicator as a chart.",
        discussion: """
            Writes DIR/index.html (the councils and the periods the dataset holds) and a page per
            council: the latest RAG summary, what changed since the period before, indicators off
            target for two periods or more, and every indicator's series as a chart of value against
            target. Every figure links to its source PDF page. Opens from disk: no server, no script.
            """
    )

    @Argument(help: "The dataset folder (from ingest).") var out: String
    @Option(help: "Folder to write the site into.") var html: String

    func run() throws {
        do {
            let files = try ReportSite.write(dataset: URL(fileURLWithPath: out), to: URL(fileURLWithPath: html))
            FileHandle.standardError.write(Data("councilkpi: report: \(files.count) files in \(html)\n".utf8))
        } catch {
            FileHandle.standardError.write(Data("councilkpi: report: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
