import NormaliseStage
import Record

/// Rules about periods and dates: the report period inside its financial year (and its
/// quarter), months inside their year and quarter, and dates that cannot belong to the
/// reporting period.
enum PeriodRules {
    static func check(_ r: Record) -> [Issue] {
        let period = reportPeriod(r)
        // Dates are judged against the report period only when that period is itself sound.
        return period + months(r) + (period.isEmpty ? outsidePeriod(r) : [])
    }

    private static func reportPeriod(_ r: Record) -> [Issue] {
        guard let p = r.period, let fy = FinancialYear(exactly: p.financialYear),
            let start = Day(iso: p.start), let end = Day(iso: p.end)
        else { return [] }
        if start > end {
            return [
                RuleCode.periodReversed.issue(
                    "The report period starts on \(start), after it ends on \(end).", page: nil)
            ]
        }
        if let q = p.quarter, let quarter = fy.quarterSpan(q) {
            // Year-to-date reports start on 1 April; the period must end inside its quarter.
            guard fy.span.contains(start), quarter.contains(end) else {
                return [
                    RuleCode.quarterOutsideYear.issue(
                        "The report period \(p.start) to \(p.end) is not inside \(p.label), which runs "
                            + "\(quarter.description).",
                        page: nil)
                ]
            }
        } else if !fy.span.contains(Span(start: start, end: end)) {
            return [
                RuleCode.periodOutsideYear.issue(
                    "The report period \(p.start) to \(p.end) is not inside the financial year \(p.financialYear) "
                        + "(\(fy.span.description)).",
                    page: nil)
            ]
        }
        return []
    }

    private static func months(_ r: Record) -> [Issue] {
        var periods: [(String, Period, Int)] = []
        for a in r.actions {
            if let s = a.start { periods.append(("The start of the action \"\(a.text.clipped)\"", s, a.page)) }
            if let e = a.end { periods.append(("The end of the action \"\(a.text.clipped)\"", e, a.page)) }
        }
        for ind in r.indicators {
            periods += ind.observations.map { ("An observation of \(ind.label)", $0.period, ind.page) }
        }
        return periods.compactMap { what, period, page in
            guard let month = period.month, let span = monthSpan(month),
                let fy = FinancialYear(exactly: period.financialYear)
            else { return nil }
            let container = period.quarter.flatMap { fy.quarterSpan($0) } ?? fy.span
            guard !container.contains(span) else { return nil }
            let name =
                period.quarter.map { "Q\($0) \(period.financialYear)" } ?? "the financial year \(period.financialYear)"
            return RuleCode.monthOutsidePeriod.issue(
                "\(what): month \(month) is not in \(name) (\(container.description)).", page: page)
        }
    }

    /// Dates that cannot be in (or report on) the reporting period.
    private static func outsidePeriod(_ r: Record) -> [Issue] {
        guard let p = r.period, let start = Day(iso: p.start), let end = Day(iso: p.end), start <= end else {
            return []
        }
        var out: [Issue] = []
        if let text = r.document.meetingDate, let meeting = Day(iso: text) {
            if meeting < start {
                out.append(
                    RuleCode.dateOutsidePeriod.issue(
                        "The meeting on \(meeting) is before the period it reports on (\(p.label), from \(start)).",
                        page: nil))
            } else if meeting.number - end.number > ValidateTuning.maxMeetingDelayDays {
                out.append(
                    RuleCode.dateOutsidePeriod.issue(
                        "The meeting on \(meeting) is more than \(ValidateTuning.maxMeetingDelayDays) days after the "
                            + "period it reports on (\(p.label), to \(end)).",
                        page: nil))
            }
        }
        for a in r.actions {
            if a.status == .completed, let s = a.start, let span = s.span, span.start > end {
                out.append(
                    RuleCode.dateOutsidePeriod.issue(
                        "The action \"\(a.text.clipped)\" is completed but starts in \(s.label), after the report "
                            + "period (\(p.label)) ends.",
                        page: a.page))
            }
            if a.status == .overdue, let e = a.end, let span = e.span, span.start > end {
                out.append(
                    RuleCode.dateOutsidePeriod.issue(
                        "The action \"\(a.text.clipped)\" is overdue but is due in \(e.label), after the report "
                            + "period (\(p.label)) ends.",
                        page: a.page))
            }
        }
        for ind in r.indicators {
            // A target for a later period is normal; a measured value is not.
            for o in ind.observations where o.value?.value != nil {
                if let span = o.period.span, span.start > end {
                    out.append(
                        RuleCode.dateOutsidePeriod.issue(
                            "\(ind.label) has a value for \(o.period.label), after the report period (\(p.label)) "
                                + "ends.",
                            page: ind.page))
                }
            }
        }
        return out
    }
}
