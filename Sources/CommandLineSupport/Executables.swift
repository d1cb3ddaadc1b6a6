import Foundation

/// The programs of an install, which sit side by side: `councilkpi` (whose `extract` is the child
/// each ingest runs per file: ingest runs its own program, harvest the one beside it),
/// `councilkpi-text` and `councilkpi-harvest`.
public enum Executables {
    /// The running program's own path.
    public static func own() -> String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }

    /// The program called `name` in the running one's directory.
    public static func sibling(_ name: String) -> String {
        URL(fileURLWithPath: own()).deletingLastPathComponent().appendingPathComponent(name).path
    }
}
