import Foundation
import Testing

/// `councilkpi-text` starts in about half the time of `councilkpi` because nothing it is built
/// from imports Foundation (whose static copy costs about 3 ms of loading per process). A
/// Foundation import in one of these folders would silently undo that; this catches it.
struct LeanProgramTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let folders = ["Sources/councilkpi-text", "Sources/TextStage", "Sources/Record", "Sources/JSON"]

    @Test func nothingTheTextProgramIsBuiltFromImportsFoundation() throws {
        var swiftFiles = 0
        for folder in Self.folders {
            let dir = Self.root.appendingPathComponent(folder)
            let files = try #require(FileManager.default.enumerator(atPath: dir.path)).compactMap { $0 as? String }
            for file in files where file.hasSuffix(".swift") {
                swiftFiles += 1
                let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
                let imports = text.split(separator: "\n").filter { line in
                    let words = line.split(separator: " ")
                    guard let i = words.firstIndex(of: "import"), i + 1 < words.count else { return false }
                    return words[i + 1].hasPrefix("Foundation")
                        || ["ArgumentParser", "Dispatch"].contains(String(words[i + 1]))
                }
                #expect(imports.isEmpty, "\(folder)/\(file): \(imports)")
            }
        }
        #expect(swiftFiles > 15)
    }

    /// The package gives those targets no dependency beyond each other and poppler.
    @Test func theirTargetsDependOnNothingElse() throws {
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        for (target, deps) in [
            ("councilkpi-text", #"["TextStage", "JSON", "Record"]"#), ("TextStage", #"["PopplerBridge", "JSON"]"#),
            ("PopplerBridge", #"["CPoppler"]"#)
        ] {
            #expect(manifest.contains(#"name: "\#(target)", dependencies: \#(deps)"#), "\(target)")
        }
        #expect(manifest.contains(#".target(name: "Record", dependencies: ["JSON"], swiftSettings: strict)"#))
        #expect(manifest.contains(#".target(name: "JSON", swiftSettings: strict)"#))
    }
}
