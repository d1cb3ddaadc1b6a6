import NormaliseStage
import Testing

/// Fields of one CSV line (RFC 4180 quoting; the list has no embedded newlines).
func csvFields(_ line: Substring) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var chars = line.makeIterator()
    while let c = chars.next() {
        if quoted {
            if c == "\"" {
                if let n = chars.next() {
                    if n == "\"" {
                        field.append("\"")
                    } else {
                        quoted = false
                        if n == "," {
                            fields.append(field)
                            field = ""
                        } else {
                            field.append(n)
                        }
                    }
                } else {
                    quoted = false
                }
            } else {
                field.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            fields.append(field)
            field = ""
        } else {
            field.append(c)
        }
    }
    fields.append(field)
    return fields
}

@Test(.enabled(if: sharedText("data/local-authorities.csv") != nil))
func generatedCouncilListIsInStepWithTheCSV() throws {
    let csv = try #require(sharedText("data/local-authorities.csv"))
    let lines = csv.split(whereSeparator: \.isNewline)
    let header = csvFields(lines[0])
    let gss = try #require(header.firstIndex(of: "gss"))
    let name = try #require(header.firstIndex(of: "name"))
    let url = try #require(header.firstIndex(of: "homepage_url"))
    let rows = lines.dropFirst().map(csvFields).sorted { ($0[gss], $0[name]) < ($1[gss], $1[name]) }
    #expect(rows.count == CouncilDirectory.all.count)
    for (row, entry) in zip(rows, CouncilDirectory.all) {
        var host = row[url].split(separator: "/").dropFirst().first.map(String.init)?.lowercased() ?? ""
        if host.hasPrefix("www.") { host.removeFirst(4) }
        #expect(entry.gssCode == row[gss])
        #expect(entry.name == row[name])
        #expect(entry.domain == host, "\(row[name])")
        #expect(entry.slug == Slug.make(row[name]))
    }
}
