import ArgumentParser
import Foundation
import ValidateStage

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (2020-12) of the canonical record.",
        discussion: "The same text as schemas/record.schema.json in the source tree, built into the program."
    )

    func run() throws {
        FileHandle.standardOutput.write(Data(RecordSchema.text.utf8))
    }
}
