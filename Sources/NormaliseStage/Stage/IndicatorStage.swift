import Record

/// An indicator: observations (oldest first), unit, polarity, RAG (reported, else derived from
/// the latest value against its target when the polarity is known) and direction.
enum IndicatorStage {
    static func indicator(_ p: ParsedIndicator, periods: ObservationPeriods, issues: inout [Issue]) -> Indicator {
        var observations: [Observation] = []
        for o in p.observations {
            guard let period = periods.period(header: o.periodText) else {
                issues.append(
                    Issue(
                        severity: .warning, stage: "normalise", code: "unparsed-period",
                        message: "Column \"\(o.periodText ?? "(no header)")\" of \(p.code ?? p.name) has no period.",
                        page: p.page))
                continue
            }
            let value = o.value.map { quantity($0, of: p, issues: &issues) }
            let target = o.target.map { quantity($0, of: p, issues: &issues) }
            observations.append(
                Observation(
                    period: period, value: value, target: target,
                    floor: o.floor.map { quantity($0, of: p, issues: &issues) }))
        }
        observations = oldestFirst(ObservationMerge.merged(observations))
        let stated = p.polarityText.map(Values.polarity) ?? .unknown
        let polarity = stated != .unknown ? stated : polarity(fromFloorsOf: observations) ?? .unknown
        var rag = RAGReading.rag(p.rag)
        var source: RAGSource? = rag == nil ? nil : .reported
        if rag == nil, let derived = derive(observations, polarity: polarity) {
            rag = derived
            source = .derived
        }
        return Indicator(
            code: p.code, name: p.name, owner: p.owner, unit: unit(p, observations), polarity: polarity,
            cumulative: p.cumulative, observations: observations, rag: rag, ragSource: source,
            direction: p.directionText.flatMap { Values.direction($0, polarity: polarity) }
                ?? p.directionColour.flatMap(ArrowColour.direction),
            commentary: p.commentary, page: p.page, bbox: p.bbox
        )
    }

    private static func quantity(_ text: String, of p: ParsedIndicator, issues: inout [Issue]) -> Quantity {
        let q = Values.quantity(text, label: p.name)
        if q.value == nil, !Values.isBlankValue(text) {
            issues.append(
                Issue(
                    severity: .warning, stage: "normalise", code: "unparsed-value",
                    message: "Value \"\(text)\" of \(p.code ?? p.name) was not understood as a number.",
                    page: p.page))
        }
        return q
    }

    /// Periods sort by financial year, then by position inside it: a month by its place from
    /// April, a quarter just after its last month, the whole year last. Ties keep table order.
    private static func oldestFirst(_ obs: [Observation]) -> [Observation] {
        func key(_ p: Period) -> Double {
            let year = Double(p.financialYear.prefix(4)) ?? 0
            var within = 13.0
            if let m = p.month, let mm = Int(m.suffix(2)) {
                within = Double((mm + 8) % 12 + 1)
            } else if let q = p.quarter {
                within = Double(q * 3) + 0.5
            }
            return year * 100 + within
        }
        return obs.enumerated().sorted { a, b in
            let (ka, kb) = (key(a.element.period), key(b.element.period))
            return ka == kb ? a.offset < b.offset : ka < kb
        }.map(\.element)
    }

    /// The unit of the values (else the targets); a plain number stays `number`.
    private static func unit(_ p: ParsedIndicator, _ obs: [Observation]) -> Unit {
        if let u = p.unitText.map({ Values.quantity("1 " + $0).unit }), u != .count { return u }
        let units = obs.flatMap { [$0.value, $0.target] }.compactMap { $0 }.filter { $0.value != nil }.map(\.unit)
        if let specific = units.first(where: { $0 != .count && $0 != .number }) { return specific }
        if units.contains(.number) { return .number }
        // No figure yet (an annual measure, all "N/A"): the name says what it will be.
        return units.first ?? UnitInference.unit(fromLabel: p.name) ?? .number
    }

    /// A floor standard is the least acceptable value, so it lies on the worse side of the
    /// target: below it when higher is better ("Target: 90%, Floor 80%"), above it when lower
    /// is better ("Target: 50%, Floor: 60%" of reviews waiting over a year). Every observation
    /// with both must agree.
    private static func polarity(fromFloorsOf obs: [Observation]) -> Polarity? {
        let sides = Set(
            obs.compactMap { o -> Polarity? in
                guard let t = o.target?.value, let f = o.floor?.value, o.target?.unit == o.floor?.unit, t != f else {
                    return nil
                }
                return f < t ? .higherIsBetter : .lowerIsBetter
            })
        return sides.count == 1 ? sides.first : nil
    }

    /// Derived only when the latest period with a figure written (a number, or "N/A", "Data due
    /// Q4") has a number and a target, and the polarity is known: green when the target is met,
    /// amber when only its floor standard is, else red. An earlier period's figure does not rate
    /// the latest.
    private static func derive(_ obs: [Observation], polarity: Polarity) -> RAG? {
        guard polarity != .unknown, let last = obs.last(where: { $0.value != nil }),
            let v = last.value?.value, let t = last.target?.value
        else { return nil }
        func meets(_ bar: Double) -> Bool { polarity == .higherIsBetter ? v >= bar : v <= bar }
        if meets(t) { return .green }
        if let f = last.floor?.value, meets(f) { return .amber }
        return .red
    }
}

/// A direction-of-travel arrow drawn as an icon: its colour says how performance moved
/// (green better, red worse, amber or blue level). The arrow's own direction is not visible
/// to us, only its colour.
enum ArrowColour {
    static func direction(_ hex: String) -> Direction? {
        switch Values.rag(colour: hex) {
        case .green: return .improving
        case .red: return .worsening
        case .amber: return .noChange
        case nil: return Values.isBlue(hex) ? .noChange : nil
        }
    }
}
