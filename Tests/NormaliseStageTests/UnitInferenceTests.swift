import Record
import Testing

@testable import NormaliseStage

let unitLabelCases: [(String, Unit?)] = [
    ("KI 3 % of food establishments that achieve level 3 (broadly compliant)", .percent),
    ("KI 4 % of household waste arisings which have been sent for recycling.", .percent),
    ("KI 11 (A) Percentage rent loss from void properties", .percent),
    ("KI 10 The number of working days / shifts lost to the local authority due to sickness absence", .days),
    ("Average time to re-let (days)", .days),
    ("Time to process (weeks)", .weeks),
    ("Overtime hours", .hours),
    ("NI191 Residual household waste per household (kg)", .kilograms),
    ("Tonnes of waste collected", .tonnes),
    ("KI 21 Number of people attending shows and events at the Town Hall.", .count),
    ("KI 24 Museum – total number of attendees.", .count),
    ("LS10A Leisure Centres - total number of visits.", .count),
    ("No. of affordable homes delivered", .count),
    ("Spend on agency workers", .gbp),
    ("Income (£000)", .gbp),
    ("Staff to pupil ratio", .ratio),
    ("Customer satisfaction score", .score),
    ("KI 7a Time taken to process Housing Benefit / Council Tax new claims.", nil),
    ("Sundry Debtors Q3", nil),
    ("Value", nil)
]

@Test func unitFromLabels() {
    for (label, unit) in unitLabelCases {
        #expect(UnitInference.unit(fromLabel: label) == unit, "\(label)")
    }
}

/// `spaced` reads an ASCII key by bytes: the same words as by Characters, for every pair of
/// ASCII characters and for headers as papers write them.
struct SpacedKeyTests {
    @Test func asciiBytesSpaceAsCharactersDo() {
        for a in 0..<128 {
            for b in 0..<128 {
                let s = String(decoding: [UInt8(a), UInt8(b), UInt8(ascii: "x")], as: UTF8.self)
                #expect(UnitInference.spacedASCII(s) == UnitInference.spacedCharacters(s), "bytes \(a) \(b)")
            }
        }
        for s in ["% of days lost", "income (£000)", "no. of visits", "kg/household", "50%%", " rate ", ""] {
            let key = TextCleanup.key(s)
            #expect(UnitInference.spaced(s) == UnitInference.spacedCharacters(key), "\(s)")
        }
    }
}
