import Foundation

/// `--urls FILE`: direct links to PDFs, one a line, each optionally followed by `,council name`
/// (for councils not on ModernGov). Blank lines and lines starting with `#` are skipped.
public enum LinkList {
    public struct Link: Sendable, Equatable {
        public var url: String
        public var council: String?
    }

    public static func load(_ path: String) throws(SiteList.Failure) -> [Link] {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw SiteList.Failure(path: path, reason: error.localizedDescription)
        }
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            guard let comma = trimmed.firstIndex(of: ",") else { return Link(url: trimmed, council: nil) }
            let council = trimmed[trimmed.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            return Link(
                url: trimmed[..<comma].trimmingCharacters(in: .whitespaces),
                council: council.isEmpty ? nil : council)
        }
    }
}
