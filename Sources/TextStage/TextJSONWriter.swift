import JSON

// The text stage's output has a JSON object per word; writing them straight into bytes instead
// of through Encodable's containers (or any tree) is most of the difference between a slow
// and a fast `extract --stage text`. The output is exactly the Codable one (a test compares
// the two on every sample).

extension TextDocument: JSONStreamable {
    public func writeJSON(to w: inout JSONWriter) {
        w.beginObject()
        w.key("fileName")
        w.string(fileName)
        w.key("metadata")
        metadata.writeJSON(to: &w)
        w.key("fonts")
        w.beginArray()
        for f in fonts {
            w.beginObject()
            w.key("name")
            w.string(f.name)
            w.key("bold")
            w.bool(f.bold)
            w.key("italic")
            w.bool(f.italic)
            w.endObject()
        }
        w.endArray()
        w.key("pages")
        w.beginArray()
        for p in pages { p.writeJSON(to: &w) }
        w.endArray()
        w.endObject()
    }
}

extension DocumentMetadata {
    func writeJSON(to w: inout JSONWriter) {
        w.beginObject()
        for (k, v) in [
            ("title", title), ("author", author), ("creator", creator), ("producer", producer), ("created", created)
        ] {
            if let v {
                w.key(k)
                w.string(v)
            }
        }
        w.key("pageCount")
        w.int(pageCount)
        w.endObject()
    }
}

extension TextPage {
    func writeJSON(to w: inout JSONWriter) {
        w.beginObject()
        w.key("number")
        w.int(number)
        w.key("width")
        w.double(width)
        w.key("height")
        w.double(height)
        w.key("words")
        w.beginArray()
        for word in words {
            w.beginObject()
            w.key("text")
            w.string(word.text)
            w.key("box")
            word.box.writeJSON(to: &w)
            w.key("font")
            w.int(word.font)
            w.key("size")
            w.double(Geometry.round(word.size))
            w.key("color")
            w.string(word.color.description)
            if word.direction != 0 {
                w.key("direction")
                w.int(word.direction)
            }
            if word.superscript {
                w.key("superscript")
                w.bool(true)
            }
            w.endObject()
        }
        w.endArray()
        w.key("images")
        w.beginArray()
        for image in images {
            w.beginObject()
            w.key("box")
            image.box.writeJSON(to: &w)
            if let color = image.color {
                w.key("color")
                w.string(color.description)
            }
            if let arrow = image.arrow {
                w.key("arrow")
                w.string(arrow.rawValue)
            }
            w.endObject()
        }
        w.endArray()
        w.key("lines")
        w.beginArray()
        for l in lines {
            w.beginObject()
            w.key("x0")
            w.double(Geometry.round(l.x0))
            w.key("y0")
            w.double(Geometry.round(l.y0))
            w.key("x1")
            w.double(Geometry.round(l.x1))
            w.key("y1")
            w.double(Geometry.round(l.y1))
            w.key("width")
            w.double(Geometry.round(l.width))
            w.key("color")
            w.string(l.color.description)
            w.endObject()
        }
        w.endArray()
        w.key("fills")
        w.beginArray()
        for f in fills {
            w.beginObject()
            w.key("box")
            f.box.writeJSON(to: &w)
            w.key("color")
            w.string(f.color.description)
            w.key("isRect")
            w.bool(f.isRect)
            if let arrow = f.arrow {
                w.key("arrow")
                w.string(arrow.rawValue)
            }
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}

extension Box {
    func writeJSON(to w: inout JSONWriter) {
        w.doubles(Geometry.round(x0), Geometry.round(y0), Geometry.round(x1), Geometry.round(y1))
    }
}
