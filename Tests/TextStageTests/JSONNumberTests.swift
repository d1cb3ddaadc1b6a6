import Testing

@testable import JSON

/// The writer's fast number path must print exactly what the general formatter prints.
@Suite struct JSONNumberTests {
    static func written(_ d: Double) -> String {
        var out: [UInt8] = []
        JSONWriter.appendNumber(d, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func roundedCoordinatesPrintAsTheGeneralFormatterDoes() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200_000 {
            let raw = Double.random(in: -20_000...20_000, using: &rng)
            let d = (raw * 100).rounded() / 100
            #expect(Self.written(d) == JSONNode.format(d), "\(d)")
        }
        for d in [
            0, -0.0, 0.01, -0.01, 0.1, 0.05, 1.5, 595.3, 841.89, 1e12 + 0.25, 12345678.9, 1e-3, 1e-7, 3.14159, 1e20,
            -2.5
        ] {
            #expect(Self.written(d) == JSONNode.format(d), "\(d)")
        }
        #expect(Self.written(.infinity) == "null")
        #expect(Self.written(601.6) == "601.6")
    }
}
