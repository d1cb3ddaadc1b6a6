import Foundation
import Record
import SegmentStage

/// Cover-report metadata from label/value tables, `LABEL: value` lines, a label line followed
/// by its value, heading lines ("… COMMITTEE - TUESDAY, 28 NOVEMBER 2023", "Report of the …"),
/// and the body of a "Recommendations" section.
struct CoverParser {
    struct Found {
        var value: String
        var rank: Int
        var order: Int
    }

    private(set) var found: [CoverField: Found] = [:]
    private(set) var recommendations: [String] = []
    private var order = 0

    /// Keeps the most specific label's value; between equals, the first seen.
    mutating func offer(_ field: CoverField, _ value: String, rank: Int) {
        guard field != .recommendations, let v = value.collapsed.nonBlank else { return }
        // "To: Cabinet, 30 January 2025": the committee and the meeting date in one value.
        if field == .committee, let (committee, date) = CoverParser.committeeHeading(v, labelled: true) {
            offer(.meetingDate, date, rank: rank)
            if committee != v { offer(.committee, committee, rank: rank) }
            return
        }
        order += 1
        let rank =
            field == .reportingOfficer && CoverField.namesMember(v) ? rank + ParseTuning.memberAsOfficerPenalty : rank
        if let old = found[field], old.rank <= rank { return }
        found[field] = Found(value: v, rank: rank, order: order)
    }

    mutating func offerRecommendations(_ items: [String]) {
        if recommendations.isEmpty { recommendations = items.compactMap { $0.collapsed.nonBlank } }
    }

    // MARK: tables

    /// A label/value table: the first cell of each row a known label, the value the next cell.
    /// Returns true when the table was one.
    /// `lead`: the "Label: value" line just above the table, whose value a label-less first row
    /// goes on ("From: X – Leader" over a table whose first row is "| Y – Chief Executive").
    mutating func read(table v: TableView, lead: String? = nil) -> Bool {
        guard v.columnCount <= ParseTuning.maxLabelValueColumns else { return false }
        var pairs: [(CoverField, Int, String)] = []
        var lastPairRow: Int?
        var leading: [String] = []
        for row in 0..<v.rowCount {
            let cells = v.cells(inRow: row)
            // Rows with no label before any labelled one: the lead line's value goes on.
            if pairs.isEmpty, cells.first?.text.collapsed.isEmpty == true,
                let more = cells.dropFirst().map(\.text.collapsed).first(where: { !$0.isEmpty })
            {
                leading.append(more)
                continue
            }
            // A row with no label under a labelled one: the value wrapped onto it.
            if cells.first?.text.collapsed.isEmpty == true, lastPairRow == row - 1, !pairs.isEmpty,
                let more = cells.dropFirst().map(\.text.collapsed).first(where: { !$0.isEmpty }),
                CoverField.of(label: more) == nil, CoverParser.labelled(more) == nil
            {
                pairs[pairs.count - 1].2 += " " + more
                lastPairRow = row
                continue
            }
            for (i, c) in cells.enumerated() {
                guard let (field, rank) = CoverField.of(label: c.text) else { continue }
                let valueCell = cells[(i + 1)...].first {
                    !$0.text.collapsed.isEmpty && CoverField.of(label: $0.text.collapsed) == nil
                }
                // A committee value whose own line is "Cabinet, 30 January 2025" under lines run
                // into the cell from the label above: that line.
                let committeeLine =
                    field == .committee
                    ? valueCell?.lines.first { CoverParser.committeeHeading($0) != nil }?.collapsed : nil
                if let rest = committeeLine ?? valueCell?.text.collapsed {
                    pairs.append((field, rank, Bilingual.value(rest, label: c.text)))
                    lastPairRow = row
                }
                // A label cell holding its value after a colon: "Report for: Cabinet".
            }
            for c in cells {
                if let (field, rank, value) = CoverParser.labelled(c.text) { pairs.append((field, rank, value)) }
            }
        }
        guard pairs.count >= 2 else { return false }
        // People are offered one by one (an officer beside a member); other values go on as one.
        if let lead, let (field, rank, value) = CoverParser.labelled(lead), !leading.isEmpty {
            if field == .reportingOfficer || field == .portfolioHolder {
                for person in CoverParser.people([value] + leading) { offer(field, person, rank: rank) }
            } else {
                pairs.insert((field, rank, ([value] + leading).joined(separator: " ")), at: 0)
            }
        }
        for (field, rank, value) in pairs {
            if field == .recommendations {
                offerRecommendations(RecommendationItems.split(lines: value.split(separator: "\n").map(String.init)))
            } else {
                offer(field, value, rank: rank)
            }
        }
        return true
    }

    /// The lines of a people field ("From:") as the values to offer: one per person where they
    /// name an elected member beside an officer (each line a person; a line ending in a joining
    /// word or comma, or one going on in lower case or with one word, wrapped), else the lines
    /// as one value.
    static func people(_ lines: [String]) -> [String] {
        var out: [String] = []
        var open = false
        for line in lines.map(\.collapsed) where !line.isEmpty {
            let words = line.split(separator: " ")
            let first = words.first.map(String.init) ?? ""
            let goesOn = words.count == 1 || first.first?.isLowercase == true || CoverField.joiningWords.contains(first)
            if open || goesOn, !out.isEmpty { out[out.count - 1] += " " + line } else { out.append(line) }
            let last = line.split(separator: " ").last.map { String($0).lowercased() } ?? ""
            open = line.hasSuffix(",") || CoverField.joiningWords.contains(last)
        }
        let members = out.filter(CoverField.namesMember)
        return members.isEmpty || members.count == out.count ? [lines.joined(separator: " ")] : out
    }

    /// "LABEL: value" with a known label.
    static func labelled(_ text: String) -> (CoverField, Int, String)? {
        let t = text.collapsed
        guard let colon = t.firstIndex(of: ":") else { return nil }
        let label = String(t[..<colon])
        let value = String(t[t.index(after: colon)...]).collapsed
        guard !value.isEmpty, label.count <= 40, let (field, rank) = CoverField.of(label: label) else { return nil }
        return (field, rank, Bilingual.value(value, label: label))
    }

    // MARK: lines

    mutating func read(lines: [DocLine]) {
        let cover = lines.filter { $0.page <= ParseTuning.maxCoverPage }
        readAligned(cover)
        var i = 0
        while i < cover.count {
            let line = cover[i]
            defer { i += 1 }
            // The committee line may wrap: try the whole block from its first line.
            // (only when no single line of the block is a committee line by itself).
            let blockLines = cover[i...].prefix { $0.block == line.block }.map(\.text)
            let wrapped = line.firstInBlock && !blockLines.contains { CoverParser.committeeHeading($0) != nil }
            if let (committee, date) = CoverParser.committeeHeading(line.text)
                ?? (wrapped ? CoverParser.committeeHeading(blockLines.joined(separator: " ")) : nil)
            {
                // An explicit "Committee" / "Date of Meeting" label elsewhere says it better.
                offer(.committee, committee, rank: ParseTuning.headingLineRank)
                offer(.meetingDate, date, rank: ParseTuning.headingLineRank)
                continue
            }
            if let m = line.text.firstMatch(#"^report of (?:the )?(.+)$"#), m[1].count <= 100 {
                offer(.reportingOfficer, m[1], rank: 1)
                continue
            }
            if let (field, rank, value) = CoverParser.labelled(line.text) {
                if field == .recommendations {
                    offerRecommendations(RecommendationItems.split(lines: [value] + body(after: i, in: cover)))
                } else {
                    let lines = [value] + continuation(after: i, in: cover)
                    let values =
                        field == .reportingOfficer || field == .portfolioHolder
                        ? CoverParser.people(lines) : [lines.joined(separator: " ")]
                    for v in values { offer(field, v, rank: rank) }
                }
                continue
            }
            // A label alone on its line (a heading "Recommendations", "Wards Affected"): its value follows.
            if let (field, rank) = CoverField.of(label: line.text), i + 1 < cover.count {
                let body = body(after: i, in: cover)
                if field == .recommendations {
                    offerRecommendations(RecommendationItems.split(lines: body))
                } else if !body.isEmpty, field != .title || line.kind != .heading {
                    // The value is the first paragraph under the label, all its lines.
                    let first = [body[0]] + body.dropFirst().prefix { !$0.hasPrefix("\n") }
                    offer(field, first.joined(separator: " "), rank: rank + 1)
                }
            }
        }
    }

    /// Labels in one column and their values in another ("REPORT TO:" … "Executive Board" on
    /// the same baseline): each label takes the line level with it to its right, and the lines
    /// below that value down to the next label.
    private mutating func readAligned(_ lines: [DocLine]) {
        let labels = lines.indices.filter { i in
            lines[i].box != nil && lines[i].text.hasSuffix(":") && CoverField.of(label: lines[i].text) != nil
        }
        for i in labels {
            let label = lines[i]
            let lb = label.box!
            guard let (field, rank) = CoverField.of(label: label.text), field != .recommendations else { continue }
            let level = lines.indices.filter { j in
                guard j != i, lines[j].page == label.page, let b = lines[j].box, !labels.contains(j) else {
                    return false
                }
                return b.x0 >= lb.x1 - 2
                    && abs(b.midY - lb.midY) < max(b.height, lb.height) * ParseTuning.levelLineShare
            }
            guard let v = level.min(by: { lines[$0].box!.x0 < lines[$1].box!.x0 }) else { continue }
            let nextLabelY =
                labels.compactMap { lines[$0].page == label.page ? lines[$0].box!.midY : nil }
                .filter { $0 > lb.midY + 1 }.min() ?? .infinity
            var value = [lines[v].text]
            var j = v + 1
            while j < lines.count, lines[j].block == lines[v].block, let b = lines[j].box, b.midY < nextLabelY - 1,
                abs(b.x0 - lines[v].box!.x0) < ParseTuning.columnAlignSlack
            {
                value.append(lines[j].text)
                j += 1
            }
            offer(field, Bilingual.value(value.joined(separator: " "), label: label.text), rank: rank)
        }
    }

    /// Running headers of the first pages: "Cabinet – 11 February 2025 – Agenda Item 8 –
    /// Appendix 2" names the committee and meeting an appendix goes to.
    mutating func read(headers: [Block]) {
        for b in headers where b.page <= ParseTuning.maxCoverPage {
            // A header's title may name the council ("Council Plan Annual Report – 31 March 2025"):
            // only a name ending in a body's word ("… Committee", "Cabinet") is a committee.
            guard let (committee, date) = CoverParser.committeeHeading(b.text),
                committee.firstMatch("\\b(\(CoverField.bodyWords))$") != nil
            else { continue }
            offer(.committee, committee, rank: ParseTuning.runningHeaderRank)
            offer(.meetingDate, date, rank: ParseTuning.runningHeaderRank)
        }
    }

    /// Lines continuing a `LABEL: value` line inside its block ("… for Quarter 2" / "2023 - 24").
    private func continuation(after i: Int, in lines: [DocLine]) -> [String] {
        var out: [String] = []
        var j = i + 1
        while j < lines.count, lines[j].block == lines[i].block, !lines[j].firstInBlock,
            CoverField.of(label: lines[j].text) == nil, CoverParser.labelled(lines[j].text) == nil, out.count < 2
        {
            out.append(lines[j].text)
            j += 1
        }
        return out
    }

    /// The lines under a label or heading, up to the next heading or label.
    private func body(after i: Int, in lines: [DocLine]) -> [String] {
        var out: [String] = []
        var blocks = Set<Int>()
        var j = i + 1
        while j < lines.count {
            let l = lines[j]
            // A heading ends the body, except bold numbered items ("1) Executive Board note …")
            // that come as headings, and the further lines of such an item.
            if l.kind == .heading, l.block != lines[i].block {
                let item = l.firstInBlock ? Bullet.starts(l.text) : blocks.contains(l.block)
                if !item { break }
            }
            if CoverField.of(label: l.text) != nil || CoverParser.labelled(l.text) != nil { break }
            if l.text.firstMatch(#"^(reasons?|reason for (the )?(decision|recommendations?))\b"#) != nil { break }
            if l.text.firstMatch(#"^\d+(\.0)?\s+[A-Z][A-Z ,&]{3,}$"#, options: []) != nil { break }
            // A section number alone, or a short numbered heading ("1. Introduction"), ends the body.
            if l.text.firstMatch(#"^\d+(\.\d+)*\.?$|^\d+(\.\d+)*\.?\s+[A-Z][a-z]+(\s+[A-Za-z]+){0,4}$"#, options: [])
                != nil
            {
                break
            }
            // So does a numbered heading line ("3. Year-end summary", "4. Improvement priorities for 2025/26").
            if l.kind == .heading, l.firstInBlock, l.block != lines[i].block,
                l.text.firstMatch(#"^\d+(\.\d+)*\.?\s+[A-Z][\w’'-]*(\s+[\w’'/&-]+){0,6}$"#, options: []) != nil
            {
                break
            }
            if l.firstInBlock { blocks.insert(l.block) }
            if blocks.count > ParseTuning.maxBodyBlocks { break }
            out.append(l.firstInBlock && !out.isEmpty ? "\n" + l.text : l.text)
            j += 1
        }
        return out
    }

    /// "FINANCE & PERFORMANCE SCRUTINY COMMITTEE - TUESDAY, 28 NOVEMBER 2023". `labelled`: the
    /// text is a committee label's value, where "Cabinet on 11 February 2025" needs no dash.
    static func committeeHeading(_ text: String, labelled: Bool = false) -> (String, String)? {
        // It ends in a date: a line with no four-digit year is none (most lines; asked of each).
        guard hasYear(text) else { return nil }
        // The patterns need a body's word and a month's name: most lines with a year have neither.
        guard text.mayContainIgnoringCase(anyOf: Self.bodyWordList), text.mayContainIgnoringCase(anyOf: Self.monthNames)
        else { return nil }
        // Paper references around it: "Appendix B – …", "… – Agenda Item 8 – Appendix 2".
        var text = text.collapsed
        // (Only a line with a reference's word is handed to those expressions.)
        if text.mayContainIgnoringCase(anyOf: Self.referenceWords) {
            while let m = text.firstMatch(Self.leadingReference) { text = String(text.dropFirst(m[0].count)) }
            while let m = text.firstMatch(Self.trailingReference) { text = String(text.dropLast(m[0].count)) }
        }
        let p = labelled ? Self.labelledCommitteeLine : Self.committeeLine
        guard let m = text.collapsed.firstMatch(p), m[1].count <= 100 else { return nil }
        // "To: Cabinet, 30 January 2025": the label is not part of the committee's name.
        var committee = m[1].collapsed
        if let colon = committee.firstIndex(of: ":"), CoverField.of(label: String(committee[..<colon])) != nil {
            committee = String(committee[committee.index(after: colon)...]).collapsed
        }
        // "To Cabinet", "Report to County Council" without the colon.
        committee =
            committee.replacingMatches(of: #"^(report\s+)?to\s+"#, with: "").collapsed
        return committee.isEmpty ? nil : (committee, m[2].collapsed)
    }

    // `(?-i:[\w.]+)`: a set in a case-insensitive pattern costs ICU a case closure when it is
    // compiled, about 0.1 ms for \w, and \w holds every case of its letters already (a test checks).
    private static let referenceNumber = #"(?-i:[\w.]+)"#
    private static let reference =
        #"(?:agenda\s+)?item\s+\#(referenceNumber)|appendix\s+\#(referenceNumber)|annex\s+\#(referenceNumber)"#
        + #"|part\s+\#(referenceNumber)"#
    /// The words `reference` needs one of.
    private static let referenceWords = ["item", "appendix", "annex", "part"]
    private static let leadingReference = "^(?:\(reference))\\s*[-–—:,]\\s*"
    private static let trailingReference = "\\s*[-–—,]\\s*(?:\(reference))$"
    private static let committeeDate =
        #"""
        (?x: (
            (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?       # a weekday, perhaps
            \d{1,2}(?:st|nd|rd|th)?\s+                                # the day
            (?:\#(monthNames.joined(separator: "|")))
            \s+\d{4}
        )$)
        """#
    private static let committeeBody = "^(.*\\b(?:\(CoverField.bodyWords))\\b.*?)"
    private static let bodyWordList = CoverField.bodyWords.split(separator: "|").map(String.init)
    /// The months a committee line's date names (its pattern and the test before it).
    private static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december"
    ]
    /// The body and its date, set apart by a dash, comma or bar; as a label's value, by "on" or a space too.
    private static let committeeLine = committeeBody + #"\s*[-–—,|]\s*"# + committeeDate
    private static let labelledCommitteeLine = committeeBody + #"(?:\s*[-–—,|]\s*|\s+on\s+|\s+)"# + committeeDate

    /// Four decimal digits in a row (any script's, as a pattern's \d).
    private static func hasYear(_ text: String) -> Bool {
        var run = 0
        for u in text.unicodeScalars {
            let digit = u.isASCII ? (0x30...0x39).contains(u.value) : u.properties.generalCategory == .decimalNumber
            run = digit ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    var cover: ParsedCover {
        var c = ParsedCover(
            committee: found[.committee]?.value, meetingDate: found[.meetingDate]?.value,
            reportingOfficer: found[.reportingOfficer]?.value, portfolio: found[.portfolio]?.value,
            portfolioHolder: found[.portfolioHolder]?.value, wardsAffected: found[.wardsAffected]?.value,
            recommendations: recommendations
        )
        // "Councillor X, Cabinet Member for Y": the holder, and the portfolio they hold.
        if let h = c.portfolioHolder, let (holder, portfolio) = CoverParser.holderAndPortfolio(h) {
            c.portfolioHolder = holder
            if c.portfolio == nil { c.portfolio = portfolio }
        }
        // "Portfolio: Cabinet Member for Finance": the portfolio is what the member is for.
        if let p = c.portfolio.flatMap(CoverParser.portfolio(ofTitle:)) { c.portfolio = p }
        // "Presented by": a councillor presenting is the portfolio holder, an officer the reporting officer.
        if let p = found[.presentedBy]?.value {
            if p.firstMatch(#"^(cllr|councillor|the leader|leader)\b"#) != nil {
                if c.portfolioHolder == nil { c.portfolioHolder = p }
            } else if c.reportingOfficer == nil {
                c.reportingOfficer = p
            }
        }
        return c
    }

    var title: String? { found[.title]?.value }

    /// "Councillor A Name, Cabinet Member for Finance and Performance" (or "… (Cabinet
    /// Member for …)") → the name and "Finance and Performance": a holder's title is one of the
    /// portfolio-holder labels + "for".
    static func holderAndPortfolio(_ text: String) -> (String, String)? {
        for t in holderTitles {
            guard let m = text.firstMatch("^(.+?)\\s*(?:[,–—-]|\\()\\s*(?:the\\s+)?\(t)\\s+for\\s+(.+?)\\)?$") else {
                continue
            }
            let (holder, portfolio) = (m[1].collapsed, m[2].collapsed)
            return holder.isEmpty || portfolio.isEmpty ? nil : (holder, portfolio)
        }
        return nil
    }

    /// "Cabinet Member for Finance" → "Finance".
    static func portfolio(ofTitle text: String) -> String? {
        for t in holderTitles {
            if let m = text.firstMatch("^(?:the\\s+)?\(t)\\s+for\\s+(.+)$"), let p = m[1].collapsed.nonBlank {
                return p
            }
        }
        return nil
    }

    private static let holderTitles = CoverField.labels.first { $0.0 == .portfolioHolder }!.1.sorted {
        $0.count > $1.count
    }
}

/// Splits a recommendations body into items: numbered or bulleted items, else one per paragraph.
/// A lone "That" introducing the items is dropped.
enum RecommendationItems {
    static func split(lines: [String]) -> [String] {
        let cleaned = lines.map { $0.replacingOccurrences(of: "**", with: "") }
        var items: [String] = []
        let numbered = cleaned.contains { Bullet.starts($0.collapsed) }
        for raw in cleaned {
            let newParagraph = raw.hasPrefix("\n")
            let l = raw.collapsed
            guard !l.isEmpty else { continue }
            if items.isEmpty || (numbered ? Bullet.starts(l) : newParagraph) {
                items.append(numbered ? Bullet.strip(l) : l)
            } else {
                items[items.count - 1] += " " + l
            }
        }
        // A lead-in before numbered items ("That", "Cabinet is asked to:") is not a recommendation.
        // So is one ending "… recommended that" or "… is asked to" without its colon.
        if numbered, items.count > 1, let first = items.first,
            first.key == "that" || first.hasSuffix(":") || first.key.hasSuffix(" that")
                || first.key.hasSuffix(" asked to")
        {
            items.removeFirst()
        }
        return items.map(\.collapsed).filter { !$0.isEmpty }
    }
}
