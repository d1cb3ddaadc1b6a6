import Record

/// Rules about indicators: unique codes, observations oldest first, plausible values,
/// cumulative series that never go back, and reported RAGs that agree with the figures.
enum IndicatorRules {
    static func check(_ r: Record) -> [Issue] {
        var out = duplicateCodes(r.indicators)
        for ind in r.indicators {
            out += order(ind)
            out += ranges(ind)
            out += cumulative(ind)
            out += ragAgainstFigures(ind)
        }
        return out
    }

    /// Codes compared ignoring case and spacing: "LS 10a" and "ls10A" are the same KPI.
    private static func duplicateCodes(_ indicators: [Indicator]) -> [Issue] {
        var firstPage: [String: Int] = [:]
        var out: [Issue] = []
        for ind in indicators {
            guard let code = ind.code else { continue }
            let key = code.lowercased().filter { !$0.isWhitespace }
            if let page = firstPage[key] {
                out.append(
                    RuleCode.duplicateIndicatorCode.issue(
                        "\(ind.label) repeats the code \(code) already used on page \(page).", page: ind.page))
            } else {
                firstPage[key] = ind.page
            }
        }
        return out
    }

    /// Oldest first, by the day each period ends: a year's figure sorts with its last quarter.
    private static func order(_ ind: Indicator) -> [Issue] {
        var out: [Issue] = []
        var seen: Set<Period> = []
        var reportedOrder = false
        for (prev, next) in zip(ind.observations, ind.observations.dropFirst()) {
            if !reportedOrder, let a = prev.period.span, let b = next.period.span, b.end < a.end {
                out.append(
                    RuleCode.observationsOutOfOrder.issue(
                        "\(ind.label): \(next.period.label) comes after \(prev.period.label); observations must be "
                            + "oldest first.",
                        page: ind.page))
                reportedOrder = true
            }
        }
        for o in ind.observations where !seen.insert(o.period).inserted {
            out.append(
                RuleCode.duplicateObservationPeriod.issue(
                    "\(ind.label) has more than one observation for \(o.period.label).", page: ind.page))
        }
        return out
    }

    private static let nonNegativeUnits: Set<MeasureUnit> = [.days, .weeks, .hours, .count, .kilograms, .tonnes]

    private static func ranges(_ ind: Indicator) -> [Issue] {
        var out: [Issue] = []
        for o in ind.observations {
            let quantities = [("value", o.value), ("target", o.target), ("floor", o.floor)]
            for case (let role, let q?) in quantities {
                guard let v = q.value else { continue }
                if q.unit == .percent, !ValidateTuning.percentRange.contains(v) {
                    let read = q.text == "\(v.formatted)%" ? "" : " (read as \(v.formatted)%)"
                    out.append(
                        RuleCode.percentOutOfRange.issue(
                            "\(ind.label): the \(role) for \(o.period.label) is \(q.text)\(read), outside 0-100%.",
                            page: ind.page))
                } else if nonNegativeUnits.contains(q.unit), v < 0 {
                    out.append(
                        RuleCode.negativeQuantity.issue(
                            "\(ind.label): the \(role) for \(o.period.label) is \(q.text), but \(q.unit.rawValue) "
                                + "cannot be negative.",
                            page: ind.page))
                }
            }
        }
        return out
    }

    /// A cumulative (year-to-date) series restarts each financial year, so only figures of
    /// the same year are compared.
    private static func cumulative(_ ind: Indicator) -> [Issue] {
        guard ind.cumulative else { return [] }
        let valued = ind.observations.compactMap { o in o.value?.value.map { (o, $0) } }
        var out: [Issue] = []
        for ((a, va), (b, vb)) in zip(valued, valued.dropFirst())
        where a.period.financialYear == b.period.financialYear && vb < va {
            out.append(
                RuleCode.cumulativeDecrease.issue(
                    "\(ind.label) is cumulative but falls from \(a.value!.text) in \(a.period.label) to "
                        + "\(b.value!.text) in \(b.period.label).",
                    page: ind.page))
        }
        return out
    }

    /// Red while the target is met, or green while it is missed by more than the tolerance,
    /// on the latest observation that has both figures. Amber is never contradicted: what
    /// counts as "close to target" differs between councils.
    private static func ragAgainstFigures(_ ind: Indicator) -> [Issue] {
        guard ind.ragSource == .reported, let rag = ind.rag, rag != .amber, ind.polarity != .unknown,
            let o = ind.observations.last(where: { $0.value?.value != nil && $0.target?.value != nil }),
            let value = o.value, let target = o.target, value.unit == target.unit,
            let v = value.value, let t = target.value
        else { return [] }
        let higher = ind.polarity == .higherIsBetter
        let shortfall = higher ? t - v : v - t  // > 0: target missed
        let polarity = higher ? "higher is better" : "lower is better"
        if rag == .red, shortfall <= 0 {
            return [
                RuleCode.ragContradictsFigures.issue(
                    "\(ind.label) is reported red, but its value \(value.text) meets the target \(target.text) for "
                        + "\(o.period.label) (\(polarity)).",
                    page: ind.page)
            ]
        }
        if rag == .green, shortfall > ValidateTuning.greenTolerance * abs(t) {
            return [
                RuleCode.ragContradictsFigures.issue(
                    "\(ind.label) is reported green, but its value \(value.text) misses the target \(target.text) "
                        + "for \(o.period.label) by more than \(Int(ValidateTuning.greenTolerance * 100))% "
                        + "(\(polarity)).",
                    page: ind.page)
            ]
        }
        return []
    }
}

extension Double {
    /// 250 → "250", 12.5 → "12.5".
    var formatted: String { self == rounded() && abs(self) < 1e15 ? String(Int64(self)) : String(self) }
}
