import Record


// The text stage's output has a JSON object per word; building those trees directly instead
// of through Encodable's containers halves `extract --stage text`. The shape is exactly the
// Codable one (a test compares the two on every sample).

extension TextDocument: JSONNodeRepresentable {
    public var jsonNode: JSONNode {
        .object([
            ("fileName", .string(fileName)),
            ("metadata", metadata.jsonNode),
            ("fonts", .array(fonts.map(\.jsonNode))),
            ("pages", .array(pages.map(\.jsonNode))),
        ])
    }
}

extension DocumentMetadata {
    public var jsonNode: JSONNode {
        var f: [(String, JSONNode)] = []
        for (k, v) in [("title", title), ("author", author), ("creator", creator), ("producer", producer), ("created", created)] {
            if let v { f.append((k, .string(v))) }
        }
        f.append(("pageCount", .int(Int64(pageCount))))
        return .object(f)
    }
}

extension FontStyle {
    public var jsonNode: JSONNode { .object([("name", .string(name)), ("bold", .bool(bold)), ("italic", .bool(italic))]) }
}

extension TextPage {
    public var jsonNode: JSONNode {
        .object([
            ("number", .int(Int64(number))),
            ("width", .double(width)),
            ("height", .double(height)),
            ("words", .array(words.map(\.jsonNode))),
            ("images", .array(images.map(\.jsonNode))),
            ("lines", .array(lines.map(\.jsonNode))),
            ("fills", .array(fills.map(\.jsonNode))),
        ])
    }
}

extension Box {
    public var jsonNode: JSONNode {
        .array([x0, y0, x1, y1].map { .double(Geometry.round($0)) })
    }
}

extension Word {
    public var jsonNode: JSONNode {
        var f: [(String, JSONNode)] = [
            ("text", .string(text)), ("box", box.jsonNode), ("font", .int(Int64(font))),
            ("size", .double(Geometry.round(size))), ("color", .string(color.description)),
        ]
        if direction != 0 { f.append(("direction", .int(Int64(direction)))) }
        if superscript { f.append(("superscript", .bool(true))) }
        return .object(f)
    }
}

extension RulingLine {
    public var jsonNode: JSONNode {
        .object([
            ("x0", .double(Geometry.round(x0))), ("y0", .double(Geometry.round(y0))),
            ("x1", .double(Geometry.round(x1))), ("y1", .double(Geometry.round(y1))),
            ("width", .double(Geometry.round(width))), ("color", .string(color.description)),
        ])
    }
}

extension Fill {
    public var jsonNode: JSONNode {
        .object([("box", box.jsonNode), ("color", .string(color.description)), ("isRect", .bool(isRect))])
    }
}

extension PageImage {
    public var jsonNode: JSONNode {
        var f: [(String, JSONNode)] = [("box", box.jsonNode)]
        if let color { f.append(("color", .string(color.description))) }
        return .object(f)
    }
}
