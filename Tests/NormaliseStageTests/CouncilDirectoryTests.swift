import NormaliseStage
import PropertyBased
import Record
import Testing

@Test func councilNamesAsWritten() {
    let charnwood = Council(name: "Charnwood Borough Council", slug: "charnwood-borough-council", gssCode: "E07000130")
    for name in [
        "Charnwood BC", "Charnwood Borough Council", "CHARNWOOD BOROUGH COUNCIL", "Charnwood", "charnwood council"
    ] {
        #expect(CouncilDirectory.match(name: name)?.council == charnwood, "\(name)")
    }
    let cases: [(String, String?)] = [
        ("Harrow Council", "E09000015"), ("LB Harrow", "E09000015"), ("London Borough of Harrow", "E09000015"),
        ("North West Leicestershire District Council", "E07000134"), ("NWLDC", nil),
        ("Leicestershire County Council", "E10000018"), ("Leicestershire CC", "E10000018"),
        ("Leeds City Council", "E08000035"), ("Hammersmith and Fulham", "E09000013"),
        ("Telford and Wrekin Council", "E06000020"), ("Charnwood District Council", nil),
        ("County", nil), ("Council", nil), ("Borough Council", nil), ("Executive Board", nil), ("", nil)
    ]
    for (name, gss) in cases {
        #expect(CouncilDirectory.match(name: name)?.gssCode == gss, "\(name)")
    }
}

@Test func unknownNamesAreKeptAsWritten() {
    #expect(
        CouncilDirectory.council(named: "Kettering Borough Council")
            == Council(name: "Kettering Borough Council", slug: "kettering-borough-council", gssCode: nil))
    #expect(CouncilDirectory.council(named: "Charnwood BC")?.gssCode == "E07000130")
    #expect(CouncilDirectory.council(named: "  ") == nil)
}

@Test func domainsInAddresses() {
    #expect(
        CouncilDirectory.match(domainIn: "Contact: David Harrington david.harrington@harrow.gov.uk 07714 089170")?
            .gssCode == "E09000015")
    #expect(
        CouncilDirectory.match(domainIn: "see https://democracy.harrow.gov.uk/ieListDocuments.aspx?CId=249")?.gssCode
            == "E09000015")
    #expect(CouncilDirectory.match(domainIn: "www.charnwood.gov.uk/pages/performance")?.gssCode == "E07000130")
    #expect(CouncilDirectory.match(domainIn: "enquiries@adur-worthing.gov.uk") == nil)  // shared by two councils
    #expect(CouncilDirectory.match(domainIn: "https://www.gov.uk/guidance and www.legislation.gov.uk") == nil)
    #expect(CouncilDirectory.match(domainIn: "no address here") == nil)
    #expect(CouncilDirectory.match(domainIn: "E-mail: performance@kent.gov.uk")?.gssCode == "E10000016")
}

@Test func councilsMentionedInText() {
    let cases: [(String, String?)] = [
        ("Install 3 dual Electric Vehicle Charging points at Charnwood Borough Council office car park", "E07000130"),
        ("A report of North West Leicestershire District Council to Cabinet", "E07000134"),
        ("the Leicestershire Tourism Awards 2023", nil),
        ("the Council's Corporate Objectives", nil),
        ("County Hall", nil),
        ("Restoring Pride in Harrow", nil),
        ("Harrow Council Cabinet report", "E09000015"),
        ("working with Leicestershire County Council", "E10000018"),
        ("London Borough of Harrow", "E09000015"),
        ("London Councils and the City of London", nil),
        ("Kent County Council Quarterly Performance Report", "E10000016"),
        ("City of London Corporation", "E09000001"),
        ("Borough Council of Kings Lynn and West Norfolk", "E07000146"),
        ("King's Lynn and West Norfolk BC", "E07000146")
    ]
    for (text, gss) in cases {
        #expect(CouncilDirectory.find(in: text)?.gssCode == gss, "\(text)")
    }
    let both = CouncilDirectory.mentions(in: "Charnwood BC and Leicestershire County Council")
    #expect(both.map(\.entry.gssCode) == ["E07000130", "E10000018"])
}

@Test func aPaperIsByTheCouncilOfItsOpeningItsAddressesOrItsRepeatedName() {
    let filler = String(repeating: "Budget monitoring narrative for the directorate. ", count: 80)
    #expect(CouncilDirectory.identify(in: "Charnwood Borough Council\nCabinet\n" + filler)?.gssCode == "E07000130")
    // A partner named once, deep in a paper, is not the paper's council.
    #expect(CouncilDirectory.identify(in: filler + "Increased contribution from Medway Council under SLA.") == nil)
    #expect(
        CouncilDirectory.identify(in: filler + "Medway Council. Contact: performance@kent.gov.uk")?.gssCode
            == "E10000016")
    #expect(
        CouncilDirectory.identify(in: filler + "Kent County Council and Medway Council; Kent County Council.")?.gssCode
            == "E10000016")
    #expect(CouncilDirectory.identify(in: filler + "Kent County Council and Medway Council.") == nil)
}

@Test func everyListedCouncilMatchesItsOwnName() async {
    await propertyCheck(input: Gen<CouncilEntry?>.element(of: CouncilDirectory.all).map { $0! }, Gen.bool) {
        entry, upper in
        let written = upper ? entry.name.uppercased() : entry.name
        #expect(CouncilDirectory.match(name: written) == entry)
        #expect(CouncilDirectory.find(in: "A report of \(written) to its Cabinet") == entry)
        #expect(entry.slug == Slug.make(entry.name))
    }
}

@Test(.enabled(if: sharedText("seeds/charnwood-2023-24-q3-performance-appendix.txt") != nil))
func councilsOfTheSeeds() throws {
    let charnwood = try #require(sharedText("seeds/charnwood-2023-24-q3-performance-appendix.txt"))
    #expect(CouncilDirectory.find(in: charnwood)?.gssCode == "E07000130")
    let harrow = try #require(sharedText("seeds/harrow-2023-24-q2-strategic-performance-report.txt"))
    #expect(CouncilDirectory.match(domainIn: harrow)?.gssCode == "E09000015")
    let cover = try #require(sharedText("seeds/charnwood-2023-24-q2-cover-report.txt"))
    #expect(CouncilDirectory.find(in: cover)?.gssCode == "E07000130")
    #expect(CouncilDirectory.match(domainIn: cover)?.gssCode == "E07000130")
    // North West Leicestershire's paper names only "Coalville" and "the Council": no council.
    let coalville = try #require(sharedText("seeds/coalville-district-2019-20-q2-cabinet-performance-report.txt"))
    #expect(CouncilDirectory.find(in: coalville) == nil)
    let board = try #require(sharedText("seeds/executive-board-2023-24-q2-directorate-overview-report.txt"))
    #expect(CouncilDirectory.find(in: board) == nil)
    #expect(CouncilDirectory.match(domainIn: board) == nil)
}
