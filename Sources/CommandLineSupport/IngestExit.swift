import ArgumentParser
import Dataset
import Foundation

/// Exit codes of `ingest` (documented in its help and docs/dataset.md).
public enum IngestExit {
    public static let ok: Int32 = 0
    public static let error: Int32 = 1
    public static let someFailed: Int32 = 2
    /// EX_TEMPFAIL: another ingest holds the dataset's lock; try again later.
    public static let lockHeld: Int32 = 75

    /// How a run over the dataset (ingest, harvest) ends: 2 when some part of it failed, 75
    /// when another run holds the lock, 1 for any other error, said on one line.
    public static func finish<Summary>(
        _ outcome: Result<Summary, any Error>, command: String, out: String, failed: (Summary) -> Bool
    ) throws {
        switch outcome {
        case .success(let summary):
            if failed(summary) { throw ExitCode(Self.someFailed) }
        case .failure(let failure as DatasetLock.Failure):
            FileHandle.standardError.write(Data("councilkpi: \(failure)\n".utf8))
            if case .held = failure { throw ExitCode(Self.lockHeld) }
            throw ExitCode(Self.error)
        case .failure(let failure):
            FileHandle.standardError.write(
                Data("councilkpi: \(command) \(out): \(failure.localizedDescription)\n".utf8))
            throw ExitCode(Self.error)
        }
    }
}
