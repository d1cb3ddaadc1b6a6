import Foundation
import TestSupport

/// The bad-input and determinism tests' name for the built binary (see TestSupport).
enum CLI {
    static let repoRoot = BuiltBinary.repoRoot
    typealias Result = BuiltBinary.Run

    static let binary: String? = BuiltBinary.path

    static func run(_ args: [String]) throws -> BuiltBinary.Run { try BuiltBinary.run(args) }
}

extension CLI {
    static func temporaryDirectory(_ name: String) throws -> URL { try BuiltBinary.temporaryDirectory(name) }
}
