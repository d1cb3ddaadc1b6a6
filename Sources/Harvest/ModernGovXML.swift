import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One element of a web-service answer: its lower-cased name, attributes, children and text.
/// ModernGov answers are small (a meeting is tens of kilobytes), so a tree is simplest.
public final class ServiceElement {
    public let name: String
    public let attributes: [String: String]
    public fileprivate(set) var children: [ServiceElement] = []
    fileprivate var rawText = ""

    init(name: String, attributes: [String: String]) {
        self.name = name.lowercased()
        self.attributes = attributes
    }

    /// The first child of that name (any case), if there is one.
    public func child(_ name: String) -> ServiceElement? {
        let wanted = name.lowercased()
        return children.first { $0.name == wanted }
    }

    public func children(_ name: String) -> [ServiceElement] {
        let wanted = name.lowercased()
        return children.filter { $0.name == wanted }
    }

    /// The element's text, trimmed, with HTML entities decoded; nil when it holds only whitespace.
    public var text: String? {
        let value = ModernGovXML.clean(rawText)
        return value.isEmpty ? nil : value
    }

    /// The text of a child element, cleaned as `text` is.
    public func value(_ name: String) -> String? { child(name)?.text }

    /// A count or id: "  3" is 3.
    public func integer(_ name: String) -> Int? { value(name).flatMap { Int($0) } }

    /// "True"/"False", any case.
    public func flag(_ name: String) -> Bool { value(name)?.lowercased() == "true" }
}

/// Parses web-service answers with Foundation's XMLParser (no regular expressions over XML)
/// and cleans their values: installs escape HTML inside elements, some of them twice.
public enum ModernGovXML {
    public enum Failure: Error, CustomStringConvertible {
        case malformed(String)

        public var description: String {
            switch self {
            case .malformed(let reason): "not a web-service answer (\(reason))"
            }
        }
    }

    /// The root element of an XML document.
    public static func parse(_ data: Data) throws(Failure) -> ServiceElement {
        let builder = TreeBuilder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        parser.shouldResolveExternalEntities = false
        // An answer cut short parses "successfully" up to where it stops: every element must close.
        guard parser.parse(), builder.isComplete, let root = builder.root else {
            let reason =
                parser.parserError.map { "\($0.localizedDescription)" }
                ?? (builder.root == nil ? "no root element" : "the document ends inside an element")
            throw .malformed("line \(parser.lineNumber): \(reason)")
        }
        return root
    }

    /// Trimmed, entities decoded until none is left (`&amp;amp;` → `&`), runs of whitespace as one
    /// space (titles are published with double spaces and line breaks).
    public static func clean(_ raw: String) -> String {
        var text = raw
        for _ in 0..<HTMLEntities.maxDecodingPasses {
            let decoded = HTMLEntities.decode(text)
            if decoded == text { break }
            text = decoded
        }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// Builds the element tree from the parser's callbacks.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: ServiceElement?
    private var stack: [ServiceElement] = []

    var isComplete: Bool { root != nil && stack.isEmpty }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        let element = ServiceElement(name: name, attributes: attributes)
        if let parent = stack.last { parent.children.append(element) } else { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.rawText += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        stack.last?.rawText += String(decoding: block, as: UTF8.self)
    }
}
