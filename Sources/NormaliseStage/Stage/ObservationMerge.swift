import Record

/// One period shown in two columns: the value in one and the target the paper ties to it in
/// another ("This quarter" beside an unlabelled "Target"; "Q2 2024/25" beside "Target
/// 2024/25"). Such observations become one.
enum ObservationMerge {
    static func merged(_ observations: [Observation]) -> [Observation] {
        var obs = observations
        // A target-only observation joins the value of the same period that has no target.
        var k = 0
        while k < obs.count {
            if isTargetOnly(obs[k]),
                let i = obs.indices.first(where: {
                    $0 != k && obs[$0].period == obs[k].period && obs[$0].target == nil
                        && obs[$0].value != nil
                })
            {
                obs[i].takeTarget(of: obs[k])
                obs.remove(at: k)
                continue
            }
            k += 1
        }
        // A whole year's target beside a single value inside that year (and none for the year
        // itself) is that value's comparator; beside several quarters it stays the year's.
        for (k, o) in obs.enumerated().reversed() where isTargetOnly(o) && isWholeYear(o.period) {
            let inYear = obs.indices.filter { obs[$0].period.financialYear == o.period.financialYear && $0 != k }
            guard inYear.count == 1, let i = inYear.first, !isWholeYear(obs[i].period), obs[i].target == nil,
                obs[i].value != nil
            else { continue }
            obs[i].takeTarget(of: o)
            obs.remove(at: k)
        }
        return obs
    }

    private static func isTargetOnly(_ o: Observation) -> Bool { o.value == nil && o.target != nil }
    private static func isWholeYear(_ p: Period) -> Bool { p.quarter == nil && p.month == nil }
}

extension Observation {
    /// This value's target (and floor, unless it has one) from the observation that showed it.
    fileprivate mutating func takeTarget(of other: Observation) {
        target = other.target
        if floor == nil { floor = other.floor }
    }
}
