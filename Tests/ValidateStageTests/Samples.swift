import Record

/// Records built in Swift for the tests.
enum Samples {
    static let sha256 = "3f1c9a7be2d40c5f" + String(repeating: "0a", count: 24)
    static let reportId = String(sha256.prefix(16))

    static func q(_ quarter: Int, _ fy: String = "2023-24") -> Period { Period(financialYear: fy, quarter: quarter) }
    static func pct(_ v: Double) -> Quantity { Quantity(text: "\(v.plain)%", value: v, unit: .percent) }
    static func qty(_ v: Double, _ unit: MeasureUnit) -> Quantity { Quantity(text: v.plain, value: v, unit: unit) }

    /// The smallest valid record: every `?` key left out, every nullable key null.
    static func minimal() -> Record {
        Record(
            reportId: reportId,
            source: Source(fileName: "report.pdf", sha256: sha256, byteCount: 1, pageCount: 1),
            document: Document(title: "", kind: .other),
            extractor: Extractor()
        )
    }

    /// Every optional field set, every list non-empty.
    static func full() -> Record {
        let full = Quantity(text: "19,378", value: 19378, unit: .count)
        return Record(
            reportId: reportId,
            source: Source(
                fileName: "charnwood-q2.pdf", sha256: sha256, byteCount: 482_113, pageCount: 12,
                pdfTitle: "Performance Report Q2", pdfProducer: "Microsoft Word", pdfCreated: "2023-11-14T09:30:00Z"),
            council: Council(
                name: "Charnwood Borough Council", slug: "charnwood-borough-council", gssCode: "E07000130"),
            document: Document(
                title: "Corporate Performance Q2 2023-24", kind: .coverReport, committee: "Cabinet",
                meetingDate: "2023-11-28", reportingOfficer: "Head of Strategic Support",
                portfolio: "Finance", portfolioHolder: "Cllr J. Smith", wardsAffected: "All",
                recommendations: ["That the report be noted."]),
            period: ReportPeriod(financialYear: "2023-24", quarter: 2, start: "2023-07-01", end: "2023-09-30"),
            summaries: [
                Summary(
                    subject: .indicators, scope: "overall", total: 1,
                    counts: SummaryCounts(
                        red: 0, amber: 0, green: 1, completed: 0, notStarted: 0, annual: 0, other: 0,
                        improving: 1, noChange: 0, worsening: 0), page: 2)
            ],
            actions: [
                Action(
                    theme: "Clean and safe", outcome: "Cleaner streets", text: "Roll out food waste collections",
                    progress: "Vehicles ordered", status: .inProgress, statusText: "On track", start: q(1),
                    end: Period(financialYear: "2025-26", month: "2026-03"), rag: .green, page: 5)
            ],
            indicators: [
                Indicator(
                    code: "LS10A", name: "Leisure centre visits", owner: "Leisure", unit: .count,
                    polarity: .higherIsBetter, cumulative: true,
                    observations: [
                        Observation(period: q(2), value: full, target: qty(18000, .count), floor: qty(15000, .count))
                    ],
                    rag: .green, ragSource: .reported, direction: .improving, commentary: "Above target.",
                    page: 7, bbox: [36, 102.5, 560, 140])
            ],
            risks: [
                Risk(
                    description: "Performance data is late", likelihood: Score(text: "Unlikely", score: 2),
                    impact: Score(text: "Significant", score: 3), overall: Score(text: "Medium", score: 6), rag: .amber,
                    mitigation: "Monthly scorecards", page: 9)
            ],
            issues: [
                Issue(
                    severity: .warning, stage: "parse", code: "table-not-understood",
                    message: "A table on page 11 was not understood.", page: 11)
            ],
            extractor: Extractor()
        )
    }

    /// A consistent Q2 2023-24 performance appendix: no rule finds anything in it.
    static func consistent() -> Record {
        var r = minimal()
        r.source.pageCount = 10
        r.document = Document(title: "Performance Q2", kind: .performanceAppendix, meetingDate: "2023-11-28")
        r.period = ReportPeriod(financialYear: "2023-24", quarter: 2, start: "2023-07-01", end: "2023-09-30")
        r.summaries = [
            Summary(subject: .indicators, scope: "overall", total: 3, counts: SummaryCounts(red: 1, green: 2), page: 2)
        ]
        r.indicators = [
            Indicator(
                code: "PI01", name: "Calls answered", unit: .percent, polarity: .higherIsBetter, cumulative: false,
                observations: [
                    Observation(period: q(1), value: pct(90), target: pct(95)),
                    Observation(period: q(2), value: pct(96), target: pct(95))
                ],
                rag: .green, ragSource: .reported, direction: .improving, page: 3),
            Indicator(
                code: "PI02", name: "Days to process claims", unit: .days, polarity: .lowerIsBetter, cumulative: false,
                observations: [Observation(period: q(2), value: qty(12, .days), target: qty(10, .days))],
                rag: .red, ragSource: .reported, direction: .worsening, page: 3),
            Indicator(
                code: "PI03", name: "Visits (year to date)", unit: .count, polarity: .higherIsBetter, cumulative: true,
                observations: [
                    Observation(period: q(1), value: qty(100, .count), target: nil),
                    Observation(period: q(2), value: qty(250, .count), target: nil)
                ],
                rag: .green, ragSource: .derived, direction: nil, page: 4)
        ]
        r.actions = [
            Action(text: "Open the new depot", status: .completed, start: q(1), end: q(2), page: 5),
            Action(text: "Review the waste strategy", status: .inProgress, end: q(4), page: 5)
        ]
        return r
    }
}

extension Double {
    var plain: String { self == rounded() ? String(Int(self)) : String(self) }
}
