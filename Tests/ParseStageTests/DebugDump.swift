import Foundation
import NormaliseStage
import Record
import Testing
@testable import ParseStage

@Test func debugDumpCharnwood() throws {
    let doc = try CharnwoodAppendix.document()
    let p = Parser.parse(doc)
    try JSONOutput.string(p).write(toFile: "/tmp/charnwood-parse.json", atomically: true, encoding: .utf8)
    let r = Normaliser.normalise(p, context: .init(source: Source(fileName: "x.pdf", sha256: "00", byteCount: 1, pageCount: 1)))
    try JSONOutput.string(r).write(toFile: "/tmp/charnwood-record.json", atomically: true, encoding: .utf8)
    #expect(!p.actions.isEmpty)
}
