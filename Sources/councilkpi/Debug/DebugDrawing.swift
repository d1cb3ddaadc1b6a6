import SegmentStage
import TextStage

/// `tables --debug DIR`: one PNG per page with the rules, cells and tables drawn over it.
enum DebugDrawing {
    static func write(file: String, doc: TextDocument, tables: [Table], to dir: String) throws {
        // Filled in by the page-render helper.
    }
}
