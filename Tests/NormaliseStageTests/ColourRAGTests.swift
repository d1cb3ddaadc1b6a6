import NormaliseStage
import PropertyBased
import Record
import Testing

@Test func coloursOfFillsAndIcons() {
    let cases: [(String, RAG?)] = [
        // Excel/Word conditional-format pale fills
        ("#FFC7CE", .red), ("#FFEB9C", .amber), ("#C6EFCE", .green),
        // Word standard colours
        ("#FF0000", .red), ("#C00000", .red), ("#FFC000", .amber), ("#FFFF00", .amber), ("#ED7D31", .amber),
        ("#00B050", .green), ("#92D050", .green), ("#70AD47", .green), ("#00FF00", .green),
        // saturated icon colours
        ("#E31A1C", .red), ("#D9534F", .red), ("#F0AD4E", .amber), ("#5CB85C", .green), ("#2E7D32", .green),
        // the project's sample PDFs: icon reds, box fills, header shading
        ("#E60000", .red), ("#D9E2F3", nil),
        // neutral and other hues
        ("#FFFFFF", nil), ("#000000", nil), ("#D9D9D9", nil), ("#F2F2F2", nil), ("#0070C0", nil),
        ("#DEEAF6", nil), ("#7030A0", nil), ("#1F3864", nil), ("nonsense", nil)
    ]
    for (hex, rag) in cases {
        #expect(ColourRAG.rag(hex: hex) == rag, "\(hex)")
    }
}

@Test func greysAreNeverARAG() async {
    await propertyCheck(input: Gen<UInt8>.value(in: 0...255), Gen<UInt8>.value(in: 0...6)) { level, jitter in
        let other = level >= 250 ? level - jitter : level + jitter  // 249 + 6 is the largest sum
        #expect(ColourRAG.rag(red: level, green: level, blue: other) == nil)
    }
}

@Test func paleAndDeepShadesOfOneHueAgree() async {
    // Mixing a saturated RAG colour with white (a paler fill) keeps its RAG.
    let bases: [(UInt8, UInt8, UInt8, RAG)] = [(255, 0, 0, .red), (255, 192, 0, .amber), (0, 176, 80, .green)]
    await propertyCheck(input: Gen.int(in: 0...2), Gen.int(in: 0...70)) { which, percentWhite in
        let (r, g, b, rag) = bases[which]
        func mix(_ c: UInt8) -> UInt8 { UInt8((Int(c) * (100 - percentWhite) + 255 * percentWhite) / 100) }
        #expect(ColourRAG.rag(red: mix(r), green: mix(g), blue: mix(b)) == rag)
    }
}
