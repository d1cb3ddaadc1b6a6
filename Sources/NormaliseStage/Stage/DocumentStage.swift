import Record

/// Title, kind and cover metadata; the meeting date as YYYY-MM-DD (a date without a year takes
/// it from the report's period).
enum DocumentStage {
    static func document(_ parsed: ParsedReport, period: ReportPeriod?, issues: inout [Issue]) -> Document {
        let c = parsed.cover
        var meeting: String?
        if let written = c.meetingDate {
            meeting = Values.date(written, yearHint: period.flatMap { Int($0.end.prefix(4)) })
            if meeting == nil {
                issues.append(
                    Issue(
                        severity: .warning, stage: "normalise", code: "unparsed-date",
                        message: "Meeting date \"\(written)\" was not understood."))
            }
        }
        return Document(
            title: parsed.title, kind: parsed.kind, committee: c.committee, meetingDate: meeting,
            reportingOfficer: c.reportingOfficer, portfolio: c.portfolio, portfolioHolder: c.portfolioHolder,
            wardsAffected: c.wardsAffected, recommendations: c.recommendations
        )
    }
}
