import Crypto
import Foundation

public enum FileDigest {
    /// Lower-case hex SHA-256 of bytes.
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let s = String(byte, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }
}
