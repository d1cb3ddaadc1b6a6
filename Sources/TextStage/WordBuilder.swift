/// Builds words from poppler's characters, with their boxes, fonts, sizes and colours: a word
/// is a run of glyphs set next to each other on one line; a run is split again where a raised,
/// smaller run starts or ends (a footnote marker glued to a number).
struct WordBuilder {
    var fonts: FontTable

    /// A character's font, size and colour. Keyed by the page's font index while reading
    /// characters; stored with the document's font index.
    private struct Attr: Hashable {
        var font: Int
        var size: Double
        var color: RGB
    }

    private struct Glyph {
        var scalar: Unicode.Scalar
        var box: Box
        var attr: Int
    }

    /// The page's words from its characters (in content-stream order, as poppler read them).
    mutating func words(of page: PageContent) -> [Word] {
        let chars = page.chars
        let fontOfPage = page.fontNames.map { fonts.index(of: $0) }
        // One attribute entry per distinct (font, size, colour), so runs compare cheaply.
        var attrs: [Attr] = []
        var attrIndex: [Attr: Int] = [:]
        var lastAttr: (key: Attr, index: Int)?
        var words: [Word] = []
        var run: [Glyph] = []
        run.reserveCapacity(32)
        var before: Glyph?  // the glyph before the current run: a lone glyph's line
        for c in chars {
            guard let s = Unicode.Scalar(c.unicode) else { continue }
            // Poppler's own word breaks are not used (its words can run across two table cells
            // set close together): a word is a run of glyphs that sit next to each other, as
            // pdftotext's raw mode sees it. Spaces and invisible marks are no glyphs.
            if s.value <= 0x20 || (s.value >= 0x7F && (s.properties.isWhitespace || Self.isFormatting(s))) { continue }
            let box = Box(x0: min(c.x0, c.x1), y0: min(c.y0, c.y1), x1: max(c.x0, c.x1), y1: max(c.y0, c.y1))
            let key = Attr(font: Int(c.font), size: c.size, color: RGB(r: c.r, g: c.g, b: c.b))
            let attr: Int
            if let last = lastAttr, last.key == key {
                attr = last.index  // most characters share the previous one's attributes
            } else if let i = attrIndex[key] {
                attr = i
            } else {
                attr = attrs.count
                attrs.append(
                    Attr(
                        font: key.font < fontOfPage.count ? fontOfPage[key.font] : fonts.index(of: ""), size: key.size,
                        color: key.color))
                attrIndex[key] = attr
            }
            lastAttr = (key, attr)
            let glyph = Glyph(scalar: s, box: box, attr: attr)
            if let last = run.last, !Self.adjacent(last, glyph, size: attrs[last.attr].size) {
                flush(&run, attrs, into: &words, after: before)
                before = last
            }
            run.append(glyph)
        }
        flush(&run, attrs, into: &words, after: before)
        // A lone glyph clearly wider than tall, with no rotated line next to it, runs the way
        // most of the page's rotated words run.
        let vertical = words.filter { $0.text.unicodeScalars.count > 1 && ($0.direction == 90 || $0.direction == 270) }
        if !vertical.isEmpty {
            let down = vertical.filter { $0.direction == 90 }.count * 2 >= vertical.count
            for i in words.indices
            where words[i].direction == 0 && words[i].text.unicodeScalars.count == 1
                && words[i].box.width >= words[i].box.height * TextTuning.loneRotatedAspect
            {
                words[i].direction = down ? 90 : 270
            }
        }
        return words
    }

    /// Letters of the right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko and their
    /// presentation forms.
    private static func isRightToLeft(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0590...0x07FF, 0x08A0...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF: true
        default: false
        }
    }

    /// Bidi controls and zero-width marks poppler inserts around right-to-left runs.
    private static func isFormatting(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// True when `b` continues the word that ends with `a`: on the same line (their boxes
    /// overlap across the reading direction) and no further apart along it than a fraction
    /// of the font size.
    private static func adjacent(_ a: Glyph, _ b: Glyph, size: Double) -> Bool {
        let p = a.box
        let q = b.box
        let em = size > 0 ? size : max(p.height, p.width)
        let limit = em * TextTuning.wordGap
        let yOverlap = min(p.y1, q.y1) - max(p.y0, q.y0)
        let xOverlap = min(p.x1, q.x1) - max(p.x0, q.x0)
        if yOverlap >= TextTuning.sameLineOverlap * min(p.height, q.height), yOverlap > 0 {
            let gap = q.midX >= p.midX ? q.x0 - p.x1 : p.x0 - q.x1
            return gap <= limit
        }
        // Rotated glyphs are wider than tall (the line height runs across); upright ones
        // stacked in a narrow cell are not, and are two lines, not a vertical word.
        if xOverlap >= TextTuning.sameLineOverlap * min(p.width, q.width), xOverlap > 0,
            p.width >= p.height * TextTuning.rotatedGlyphAspect, q.width >= q.height * TextTuning.rotatedGlyphAspect
        {
            let gap = q.midY >= p.midY ? q.y0 - p.y1 : p.y0 - q.y1
            return gap <= limit
        }
        return false
    }

    private func flush(_ run: inout [Glyph], _ attrs: [Attr], into words: inout [Word], after before: Glyph?) {
        guard !run.isEmpty else { return }
        defer { run.removeAll(keepingCapacity: true) }
        let direction = Self.direction(of: run, after: before, size: attrs[run[0].attr].size)
        guard direction == 0, run.count > 1 else {
            words.append(word(run[...], attrs, direction: direction, superscript: false))
            return
        }
        // Split off raised or lowered smaller runs: "38¹" is "38" and a superscript "1";
        // "UF" + subscript "A" are two words too. Most runs have one size: nothing to split.
        let firstSize = attrs[run[0].attr].size
        var mainSize = firstSize
        for g in run { mainSize = max(mainSize, attrs[g.attr].size) }
        if run.allSatisfy({ attrs[$0.attr].size == mainSize }) {
            words.append(word(run[...], attrs, direction: 0, superscript: false))
            return
        }
        var mainBottom = -Double.infinity
        var mainTop = Double.infinity
        for g in run where attrs[g.attr].size == mainSize {
            mainBottom = max(mainBottom, g.box.y1)
            mainTop = min(mainTop, g.box.y0)
        }
        func shift(_ g: Glyph) -> Int {
            let size = attrs[g.attr].size
            guard size > 0 && size <= mainSize * TextTuning.superscriptSizeRatio else { return 0 }
            if mainBottom - g.box.y1 >= mainSize * TextTuning.superscriptRaise { return 1 }
            // Lowered: below the main bottom too (small capitals share the baseline).
            if g.box.y0 - mainTop >= mainSize * TextTuning.superscriptRaise && g.box.y1 > mainBottom { return -1 }
            return 0
        }
        var start = 0
        while start < run.count {
            let s = shift(run[start])
            var end = start + 1
            while end < run.count && shift(run[end]) == s { end += 1 }
            words.append(word(run[start..<end], attrs, direction: 0, superscript: s == 1))
            start = end
        }
    }

    private func word(_ glyphs: ArraySlice<Glyph>, _ attrs: [Attr], direction: Int, superscript: Bool) -> Word {
        // UTF-8 bytes, made a String once: appending to a String's scalars cost a tenth of the stage.
        var utf8: [UInt8] = []
        utf8.reserveCapacity(glyphs.count)
        var box = glyphs[glyphs.startIndex].box
        var rightToLeft = false
        var leftToRight = false
        for g in glyphs {
            UTF8.encode(g.scalar) { utf8.append($0) }
            box = box.union(g.box)
            // Once a left-to-right letter is seen the word keeps its order; ASCII needs no
            // Unicode property lookup (the lookups cost more than the rest of word building).
            if leftToRight { continue }
            let s = g.scalar
            if s.isASCII {
                if (s >= "0" && s <= "9") || (s >= "A" && s <= "Z") || (s >= "a" && s <= "z") { leftToRight = true }
            } else if Self.isRightToLeft(s) {
                rightToLeft = true
            } else if s.properties.isAlphabetic || s.properties.numericType != nil {
                leftToRight = true
            }
        }
        // Hebrew or Arabic set left to right on the page (the order glyphs are drawn in) reads
        // the other way: the word's text is its logical order.
        var text = String(decoding: utf8, as: UTF8.self)
        if rightToLeft && !leftToRight { text = String(String.UnicodeScalarView(text.unicodeScalars.reversed())) }
        let a = attrs[glyphs[glyphs.startIndex].attr]
        return Word(
            text: text, box: box, font: a.font, size: a.size, color: a.color,
            direction: direction, superscript: superscript)
    }

    /// Reading direction from the first to the last character's centre. A lone character
    /// takes the direction of the rotated line it stands on (the glyph before it, above or
    /// below it in the same column); otherwise it is taken as upright.
    private static func direction(of run: [Glyph], after before: Glyph?, size: Double) -> Int {
        guard let first = run.first, let last = run.last else { return 0 }
        guard run.count > 1 else {
            guard let p = before?.box else { return 0 }
            let q = first.box
            let rotated =
                p.width >= p.height * TextTuning.rotatedGlyphAspect
                && q.width >= q.height * TextTuning.rotatedGlyphAspect
            let xOverlap = min(p.x1, q.x1) - max(p.x0, q.x0)
            let em = size > 0 ? size : q.width
            guard rotated, xOverlap >= TextTuning.sameLineOverlap * min(p.width, q.width),
                abs(q.midY - p.midY) <= em * TextTuning.loneGlyphReach
            else { return 0 }
            return q.midY > p.midY ? 90 : 270
        }
        let dx = last.box.midX - first.box.midX
        let dy = last.box.midY - first.box.midY
        if abs(dx) >= abs(dy) { return dx >= 0 ? 0 : 180 }
        return dy > 0 ? 90 : 270
    }
}

/// Interns font styles: words carry an index into the document's font table.
struct FontTable {
    private(set) var styles: [FontStyle] = []
    private var indexByName: [String: Int] = [:]

    mutating func index(of rawName: String) -> Int {
        if let i = indexByName[rawName] { return i }
        let style = Self.style(of: rawName)
        let i = styles.count
        styles.append(style)
        indexByName[rawName] = i
        return i
    }

    /// "ABCDEF+Arial-BoldItalicMT" → name "Arial-BoldItalicMT", bold, italic.
    static func style(of rawName: String) -> FontStyle {
        var name = Substring(rawName)
        if let plus = name.firstIndex(of: "+"), name.distance(from: name.startIndex, to: plus) == 6 {
            name = name[name.index(after: plus)...]
        }
        let lower = name.lowercased()
        let bold = ["bold", "black", "heavy", "semibold", "demi"].contains { lower.contains($0) }
        let italic = lower.contains("italic") || lower.contains("oblique")
        return FontStyle(name: String(name), bold: bold, italic: italic)
    }
}
