import NormaliseStage
import PropertyBased
import Record
import Testing

struct QuantityCase: Sendable, CustomTestStringConvertible {
    let text: String
    let value: Double?
    let unit: Unit
    var hint: Unit? = nil
    var testDescription: String { "\"\(text)\"" }
}

/// Cells as they appear in the seeds (Charnwood Q3 KPI table, Coalville prose) and in
/// other councils' scorecards.
let quantityCases: [QuantityCase] = [
    .init(text: "19,378", value: 19378, unit: .number),
    .init(text: "19,378", value: 19378, unit: .count, hint: .count),
    .init(text: "180,017", value: 180017, unit: .number),
    .init(text: "£1.2m", value: 1_200_000, unit: .gbp),
    .init(text: "£850k", value: 850_000, unit: .gbp),
    .init(text: "£1m", value: 1_000_000, unit: .gbp),
    .init(text: "£2.5bn", value: 2_500_000_000, unit: .gbp),
    .init(text: "£1,922,893", value: 1_922_893, unit: .gbp),
    .init(text: "£ 845,245", value: 845_245, unit: .gbp),
    .init(text: "123K", value: 123_000, unit: .number),
    .init(text: "Approx. 123K", value: 123_000, unit: .number),
    .init(text: "(1,234)", value: -1234, unit: .number),
    .init(text: "(£1.2m)", value: -1_200_000, unit: .gbp),
    .init(text: "-£850k", value: -850_000, unit: .gbp),
    .init(text: "-1.5", value: -1.5, unit: .number),
    .init(text: "−1.5", value: -1.5, unit: .number),
    .init(text: "+2.0", value: 2, unit: .number),
    .init(text: "97%", value: 97, unit: .percent),
    .init(text: "97.5 %", value: 97.5, unit: .percent),
    .init(text: "25.02%", value: 25.02, unit: .percent),
    .init(text: "8.66%", value: 8.66, unit: .percent),
    .init(text: "97 per cent", value: 97, unit: .percent),
    .init(text: "-0.68%", value: -0.68, unit: .percent),
    .init(text: "15.1 Days", value: 15.1, unit: .days),
    .init(text: "18 Days", value: 18, unit: .days),
    .init(text: "5.3 working days", value: 5.3, unit: .days),
    .init(text: "107 Kg", value: 107, unit: .kilograms),
    .init(text: "105.2 Kg", value: 105.2, unit: .kilograms),
    .init(text: "110.5kg", value: 110.5, unit: .kilograms),
    .init(text: "4.5 hrs", value: 4.5, unit: .hours),
    .init(text: "2 hours", value: 2, unit: .hours),
    .init(text: "2.1 weeks", value: 2.1, unit: .weeks),
    .init(text: "7 wks", value: 7, unit: .weeks),
    .init(text: "3 tonnes", value: 3, unit: .tonnes),
    .init(text: "1,200 tonnes", value: 1200, unit: .tonnes),
    .init(text: "1:4", value: 0.25, unit: .ratio),
    .init(text: "1 : 2", value: 0.5, unit: .ratio),
    .init(text: "45p", value: 0.45, unit: .gbp),
    .init(text: "44 seconds", value: 44, unit: .number),
    .init(text: "1.18", value: 1.18, unit: .number),
    .init(text: "1.18", value: 1.18, unit: .days, hint: .days),
    .init(text: "0", value: 0, unit: .number),
    .init(text: ".5", value: 0.5, unit: .number),
    .init(text: "38¹", value: 38, unit: .number),
    .init(text: "97% (Q2)", value: 97, unit: .percent),
    .init(text: "1,438 427", value: 1438, unit: .number),
    // Kent County Council Q3 2024/25 QPR and budget risk register
    .init(text: "Latest: 97%", value: 97, unit: .percent),
    .init(text: "Target: 90%, Floor: 85%", value: 90, unit: .percent),
    .init(text: "165.0", value: 165, unit: .gbp, hint: .gbp),
    .init(text: "(2023-2024)", value: 2023, unit: .number),
    .init(text: "Q3", value: nil, unit: .number),
    .init(text: "KI 7a 15 Days", value: 7, unit: .number),
    .init(text: "Q2: 45%", value: 45, unit: .percent),
    .init(text: "N/A", value: nil, unit: .number),
    .init(text: "n/a", value: nil, unit: .percent, hint: .percent),
    .init(text: "-", value: nil, unit: .number),
    .init(text: "–", value: nil, unit: .number),
    .init(text: "—", value: nil, unit: .number),
    .init(text: "TBC", value: nil, unit: .number),
    .init(text: "TBA", value: nil, unit: .number),
    .init(text: "Not available", value: nil, unit: .number),
    .init(text: "Data not available", value: nil, unit: .number),
    .init(text: "", value: nil, unit: .number),
    .init(text: "  ", value: nil, unit: .number),
    .init(text: "Annual measure", value: nil, unit: .number)
]

@Test(arguments: quantityCases)
func quantityTable(_ c: QuantityCase) {
    let q = QuantityParser.parse(c.text, unitHint: c.hint)
    #expect(q.value == c.value)
    #expect(q.unit == c.unit)
}

@Test func quantityKeepsTextAsWritten() {
    #expect(QuantityParser.parse("  15.1\u{00A0}Days ").text == "15.1 Days")
    #expect(QuantityParser.parse("–").text == "–")
}

@Test func headerScaleMultipliesPlainCells() {
    #expect(QuantityParser.parse("845", unitHint: .gbp, scale: 1000).value == 845_000)
    #expect(QuantityParser.parse("£1.2m", unitHint: .gbp, scale: 1000).value == 1_200_000)
    #expect(UnitInference.scale(fromLabel: "Budget (£000)") == 1000)
    #expect(UnitInference.scale(fromLabel: "Spend £'000s") == 1000)
    #expect(UnitInference.scale(fromLabel: "Forecast £m") == 1_000_000)
    #expect(UnitInference.scale(fromLabel: "Value £") == 1)
    #expect(UnitInference.scale(fromLabel: "Estimated Annual Financial Exposure £m") == 1_000_000)
    #expect(QuantityParser.parse("165.0", unitHint: .gbp, scale: 1_000_000).value == 165_000_000)
}

/// A number written the way council tables write them, and the value it stands for.
struct WrittenNumber: Sendable, CustomStringConvertible {
    let text: String
    let value: Double
    let unit: Unit
    var description: String { "\(text) = \(value) \(unit)" }
}

func grouped(_ n: Int) -> String {
    let s = String(n)
    var out = ""
    for (i, ch) in s.enumerated() {
        if i > 0, (s.count - i) % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return out
}

let writtenNumbers = zip(
    Gen.int(in: 0...999_999_999), Gen.int(in: 0...99), Gen.int(in: 0...2), Gen.int(in: 0...7), Gen.bool, Gen.bool
).map { whole, fraction, decimals, style, negative, commas -> WrittenNumber in
    let frac = decimals == 0 ? "" : "." + String(String(fraction + 100).suffix(decimals))
    let digits = (commas ? grouped(whole) : String(whole)) + frac
    let plain = String(whole) + frac
    let sign = negative ? "-" : ""
    switch style {
    case 1: return WrittenNumber(text: "\(sign)\(digits)%", value: Double("\(sign)\(plain)")!, unit: .percent)
    case 2: return WrittenNumber(text: "\(sign)£\(digits)", value: Double("\(sign)\(plain)")!, unit: .gbp)
    case 3: return WrittenNumber(text: "£\(digits)k", value: Double("\(sign)\(plain)e3")!.magnitude, unit: .gbp)
    case 4: return WrittenNumber(text: "£\(digits)m", value: Double("\(plain)e6")!, unit: .gbp)
    case 5:
        return WrittenNumber(text: negative ? "(\(digits))" : digits, value: Double("\(sign)\(plain)")!, unit: .number)
    case 6: return WrittenNumber(text: "\(digits) Days", value: Double(plain)!, unit: .days)
    case 7: return WrittenNumber(text: "\(sign)\(digits) %", value: Double("\(sign)\(plain)")!, unit: .percent)
    default: return WrittenNumber(text: "\(sign)\(digits)", value: Double("\(sign)\(plain)")!, unit: .number)
    }
}

@Test func formattedNumbersParseBackToTheirValue() async {
    await propertyCheck(count: 500, input: writtenNumbers) { n in
        let q = QuantityParser.parse(n.text)
        #expect(q.value == (n.value == 0 ? 0 : n.value), "\(n)")
        #expect(q.unit == n.unit, "\(n)")
        #expect(q.text == n.text)
    }
}

let noisyText = Gen<String?>.element(of: [
    "a", "b", "%", "£", "k", "m", " ", "-", "(", ")", ",", ".", ":", "/", "N", "A",
    "–", "¹", "é", "\u{00A0}", "1", "9", "0", "5"
])
.map { $0! }.array(of: 0...14).map { $0.joined() }

@Test func valueIsNullExactlyWhenTheTextHasNoDigit() async {
    await propertyCheck(count: 1000, input: noisyText) { text in
        let q = QuantityParser.parse(text)
        let hasDigit = text.contains(where: { ("0"..."9").contains($0) })
        let chars = Array(text)
        // A digit starting a number: not glued to a letter (codes such as "Q3" are no quantity).
        let hasNumber = chars.indices.contains { i in
            ("0"..."9").contains(chars[i]) && (i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber))
        }
        if !hasDigit { #expect(q.value == nil, "\(text)") }
        if hasNumber, !text.contains(":"), !MissingValue.isMissing(text) { #expect(q.value != nil, "\(text)") }
        if let v = q.value { #expect(v.isFinite) }
    }
}

let letterOnlyText = Gen.letter.string(of: 0...20)

@Test func lettersAloneNeverHaveAValue() async {
    await propertyCheck(input: letterOnlyText, Gen<Unit>.case) { text, hint in
        let q = QuantityParser.parse(text, unitHint: hint)
        #expect(q.value == nil)
        #expect(q.unit == hint)
    }
}
