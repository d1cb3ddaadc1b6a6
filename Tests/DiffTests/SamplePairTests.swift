import Foundation
import JSON
import Record
import TestSupport
import Testing

@testable import Diff

/// The real pair of sample editions, through the real binary: the Charnwood performance
/// appendix for Q2 and Q3 2023-24 (their differences are listed in tools/samples/README.md).
/// Golden files of the JSON and Markdown diffs are in Golden/ (set COUNCILKPI_UPDATE_GOLDEN=1
/// to rewrite them, then read them before committing).
@Suite struct SamplePairTests {
    static let q2Sample = Binary.sample("charnwood-2023-24-q2-performance-appendix.pdf")
    static let q3Sample = Binary.sample("charnwood-2023-24-q3-performance-appendix.pdf")
    static let ready = Binary.path != nil && q2Sample != nil && q3Sample != nil

    /// The two records, extracted once and written to a folder for `councilkpi diff`.
    static let records: Result<(q2: URL, q3: URL), Binary.Failure> = Result {
        let dir = try Binary.temporaryDirectory("pair")
        let q2 = dir.appendingPathComponent("q2.json")
        let q3 = dir.appendingPathComponent("q3.json")
        try Binary.extract(q2Sample!).write(to: q2)
        try Binary.extract(q3Sample!).write(to: q3)
        return (q2, q3)
    }.mapError { $0 as? Binary.Failure ?? .init(description: "\($0)") }

    static func files() throws -> (q2: URL, q3: URL) { try records.get() }

    static func record(_ url: URL) throws -> Record {
        try JSONDecoder().decode(Record.self, from: Data(contentsOf: url))
    }

    static func diff(_ args: [String]) throws -> (status: Int32, out: Data) {
        let r = try Binary.run(["diff"] + args)
        #expect(r.stderr.isEmpty, "diff \(args): \(r.stderr)")
        return (r.status, r.stdout)
    }

    static func pairDiff() throws -> RecordDiff {
        let (q2, q3) = try files()
        let (status, out) = try diff([q2.path, q3.path, "--format", "json"])
        #expect(status == 0)
        return try JSONDecoder().decode(RecordDiff.self, from: out)
    }

    // MARK: Goldens

    @Test(.enabled(if: ready), arguments: [("json", "json"), ("markdown", "md")])
    func diffMatchesItsGolden(_ format: String, _ ext: String) throws {
        let (q2, q3) = try Self.files()
        let (status, out) = try Self.diff([q2.path, q3.path, "--format", format])
        #expect(status == 0)
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/charnwood-2023-24-q2-to-q3.\(ext)")
        if ProcessInfo.processInfo.environment["COUNCILKPI_UPDATE_GOLDEN"] == "1" { try out.write(to: golden) }
        let expected = try Data(contentsOf: golden)
        #expect(
            out == expected,
            "diff --format \(format) differs from \(golden.lastPathComponent):\n\(String(decoding: out, as: UTF8.self).prefix(3000))"
        )
    }

    // MARK: Each kind of change

    @Test(.enabled(if: ready)) func actionsCompletedAndOverdueAreTheOnlyActionChanges() throws {
        let d = try Self.pairDiff()
        func change(_ start: String) -> ActionChange? { d.actions.first { $0.after?.text.hasPrefix(start) == true } }
        for start in [
            "Give away 4,000 garden trees", "Upgrade the Loughborough Town Hall auditorium",
            "Produce a Regeneration Prospectus"
        ] {
            let c = change(start)
            #expect(c?.kind == .changed, "\(start): \(String(describing: c))")
            #expect(
                c?.before?.status == .inProgress && c?.before?.rag == .green,
                "\(start): \(String(describing: c?.before))")
            #expect(c?.after?.status == .completed && c?.after?.rag == nil, "\(start): \(String(describing: c?.after))")
        }
        for (start, before) in [
            ("Install 3 dual Electric Vehicle Charging", RAG.amber),
            ("Review and update the inCharnwood website", .green),
            ("Adopt the draft Charnwood Local Plan", .green)
        ] {
            let c = change(start)
            #expect(c?.kind == .changed, "\(start): \(String(describing: c))")
            #expect(
                c?.before?.status == .inProgress && c?.before?.rag == before,
                "\(start): \(String(describing: c?.before))")
            #expect(c?.after?.status == .overdue && c?.after?.rag == .red, "\(start): \(String(describing: c?.after))")
        }
        // The other 72 actions pair up unchanged, the reworded Green Fleet Review among them.
        #expect(d.actions.count == 6, "\(d.actions.map { "\($0.kind) \($0.after?.text ?? $0.before?.text ?? "")" })")
        #expect(d.headline.contains("3 actions completed"))
        #expect(d.headline.contains("3 actions became overdue"))
    }

    @Test(.enabled(if: ready)) func rewordedActionIsMatchedNotNewAndDropped() throws {
        let (q2, q3) = try Self.files()
        let before = try Self.record(q2).actions.filter { $0.text.contains("Green Fleet Review") }
        let after = try Self.record(q3).actions.filter { $0.text.contains("Green Fleet Review") }
        #expect(before.map(\.text) == ["Undertake a Green Fleet Review with the support of the Carbon Trust."])
        #expect(after.map(\.text) == ["Undertake a Green Fleet Review with the assistance of the Carbon Trust."])
        let d = try Self.pairDiff()
        #expect(!d.actions.contains { ($0.after ?? $0.before)?.text.contains("Green Fleet Review") == true })
        #expect(d.actions.allSatisfy { $0.kind == .changed })
    }

    @Test(.enabled(if: ready)) func indicatorRenamedRAGChangesAndNewRow() throws {
        let d = try Self.pairDiff()
        func change(_ code: String) -> IndicatorChange? { d.indicators.first { $0.code == code } }
        let ki24 = try #require(change("KI 24"), "\(d.indicators.map { "\($0.kind) \($0.code ?? "-") \($0.name)" })")
        #expect(ki24.kind == .renamed, "KI 24 is renamed (visitors → attendees), got \(ki24.kind)")
        #expect(ki24.before?.name.contains("visitors") == true && ki24.after?.name.contains("attendees") == true)
        #expect(ki24.before?.rag == .amber && ki24.after?.rag == .green && ki24.ragChanged)

        for (code, before, after) in [("KI 4", RAG.amber, RAG.red), ("KI 9", .green, .amber), ("LS10A", .green, .amber)]
        {
            let c = change(code)
            #expect(
                c?.ragChanged == true && c?.before?.rag == before && c?.after?.rag == after,
                "\(code): \(String(describing: c))")
        }
        // Unchanged RAG: KI 8 amber, KI 11 (A) and (B) red, the others green.
        let moved = d.indicators.filter(\.ragChanged).compactMap(\.code).sorted()
        #expect(moved == ["KI 24", "KI 4", "KI 9", "LS10A"])

        let new = d.indicators.filter { $0.kind == .new }
        withKnownIssue(
            "the parse stage drops the Sundry Debtors Q3 row (its values are an image): kpi-row-without-values"
        ) {
            #expect(new.count == 1 && new.first?.name.contains("Sundry Debtors") == true, "\(new.map(\.name))")
        }
        #expect(
            !d.indicators.contains { $0.kind == .dropped }, "\(d.indicators.filter { $0.kind == .dropped }.map(\.name))"
        )
        #expect(d.headline.contains { $0.hasPrefix("1 indicator moved to red: ") })
        #expect(d.headline.contains("1 indicator renamed"))
    }

    @Test(.enabled(if: ready)) func revisedEarlierValuesAreInTheRecords() throws {
        let (q2, q3) = try Self.files()
        func q2Value(_ r: Record, _ code: String) -> String? {
            r.indicators.first { $0.code == code }?.observations
                .first { $0.period == Period(financialYear: "2023-24", quarter: 2) }?.value?.text
        }
        let before = try Self.record(q2)
        let after = try Self.record(q3)
        #expect(q2Value(before, "KI 10") == "2.65" && q2Value(after, "KI 10") == "2.71")
        #expect(q2Value(before, "NI191") == "104.8 Kg" && q2Value(after, "NI191") == "105.2 Kg")
        // The diff compares each edition's own quarter, and reports the earlier quarter the
        // later edition revises.
        let d = Differ.diff(before, after)
        let revisions = d.indicators.flatMap { c in c.revisions.map { (c.code, $0) } }
        #expect(
            revisions.contains {
                $0.0 == "KI 10" && $0.1.period == Period(financialYear: "2023-24", quarter: 2)
                    && $0.1.before?.text == "2.65" && $0.1.after?.text == "2.71"
            }, "\(revisions)")
        #expect(
            revisions.contains { $0.0 == "NI191" && $0.1.before?.text == "104.8 Kg" && $0.1.after?.text == "105.2 Kg" })
        #expect(d.headline.contains { $0.contains("earlier figures revised") })
        #expect(DiffRender.markdown(d).contains("| NI191 |"))
    }

    @Test(.enabled(if: ready)) func summaryCountsBeforeAndAfter() throws {
        let d = try Self.pairDiff()
        func counts(_ s: Summary?) -> [Int?] {
            guard let s else { return [] }
            return [
                s.total, s.counts.red, s.counts.amber, s.counts.green, s.counts.completed,
                s.counts.annual ?? s.counts.notStarted
            ]
        }
        func change(_ subject: SummarySubject, _ scope: String) -> SummaryChange? {
            d.summaries.first { $0.subject == subject && $0.scope.lowercased().contains(scope.lowercased()) }
        }
        let overall = change(.actions, "overall")
        #expect(
            counts(overall?.before) == [78, 8, 9, 44, 17, nil] && counts(overall?.after) == [78, 11, 8, 39, 20, nil])
        let env = change(.actions, "Caring for the Environment")
        #expect(counts(env?.before) == [23, 2, 3, 12, 6, nil] && counts(env?.after) == [23, 3, 2, 10, 8, nil])
        let economy = change(.actions, "Thriving Economy")
        #expect(counts(economy?.before) == [15, 2, 0, 13, 0, nil] && counts(economy?.after) == [15, 4, 0, 10, 1, nil])
        let pis = change(.indicators, "overall")
        #expect(counts(pis?.before) == [24, 2, 3, 10, nil, 9] && counts(pis?.after) == [24, 9, 3, 3, nil, 9])
        // Healthy Communities and Your Council are the same in both editions.
        #expect(d.summaries.count == 4, "\(d.summaries.map { "\($0.subject) \($0.scope)" })")
    }

    // MARK: Empty diffs and exit codes

    @Test(.enabled(if: ready)) func recordAgainstItselfIsEmpty() throws {
        let (_, q3) = try Self.files()
        let (status, out) = try Self.diff([q3.path, q3.path, "--format", "json"])
        #expect(status == 0)
        let d = try JSONDecoder().decode(RecordDiff.self, from: out)
        #expect(d.isEmpty && d.headline == ["No changes"])
        #expect(try Self.diff([q3.path, q3.path, "--exit-code"]).status == 0)
    }

    @Test(.enabled(if: ready)) func exitCodeOnlyWhenAsked() throws {
        let (q2, q3) = try Self.files()
        #expect(try Self.diff([q2.path, q3.path]).status == 0)
        #expect(try Self.diff([q2.path, q3.path, "--exit-code"]).status == 1)
    }

    @Test(.enabled(if: ready)) func tableIsPlainWhenNotATerminalAndCSVHasARowPerChange() throws {
        let (q2, q3) = try Self.files()
        let table = String(decoding: try Self.diff([q2.path, q3.path]).out, as: UTF8.self)
        #expect(!table.contains("\u{1B}["), "colour codes in a file")
        #expect(table.contains("Charnwood Borough Council 2023-24 Q2 → Charnwood Borough Council 2023-24 Q3"))
        #expect(table.contains("KI 4") && table.contains("Give away 4,000 garden trees"))
        let d = try Self.pairDiff()
        let csv = String(decoding: try Self.diff([q2.path, q3.path, "--format", "csv"]).out, as: UTF8.self)
        #expect(csv.hasPrefix("section,change,code,name,"))
        let revisions = d.indicators.map(\.revisions.count).reduce(0, +)
        #expect(revisions > 0)
        #expect(
            csv.split(separator: "\n").count == 1 + d.indicators.count + revisions + d.actions.count + d.summaries.count
        )
    }

    // MARK: The same diff from a dataset

    @Test(.enabled(if: ready)) func councilAndPeriodsInADatasetGiveTheSameDiff() throws {
        let out = try Binary.temporaryDirectory("dataset")
        defer { try? FileManager.default.removeItem(at: out) }
        let ingest = try Binary.run(["ingest", Self.q2Sample!, Self.q3Sample!, "--out", out.path, "--jobs", "2"])
        #expect(ingest.status == 0, "ingest: \(ingest.stderr)")
        let (q2, q3) = try Self.files()
        let fromFiles = try Self.diff([q2.path, q3.path, "--format", "json"])
        let fromDataset = try Self.diff([
            "--out", out.path, "--council", "Charnwood", "--from", "2023-24Q2", "--to", "2023-24Q3",
            "--format", "json"
        ])
        #expect(fromDataset.status == 0)
        #expect(fromDataset.out.count > 1000)
        #expect(fromDataset.out == fromFiles.out)
    }

    // MARK: Matching survives reordering and rewording

    /// Each change as its JSON, sorted: the diff's content regardless of order.
    static func content(_ d: RecordDiff) throws -> [String] {
        try
            (d.indicators.map { try JSONOutput.string($0) } + d.actions.map { try JSONOutput.string($0) }
            + d.summaries.map { try JSONOutput.string($0) }).sorted()
    }

    @Test(.enabled(if: ready)) func reorderedRowsGiveTheSameChanges() throws {
        let (q2, q3) = try Self.files()
        let before = try Self.record(q2)
        let after = try Self.record(q3)
        var shuffled = after
        shuffled.indicators.reverse()
        shuffled.actions.reverse()
        shuffled.summaries.reverse()
        var shuffledBefore = before
        shuffledBefore.actions =
            stride(from: 0, to: before.actions.count, by: 2).map { before.actions[$0] }
            + stride(from: 1, to: before.actions.count, by: 2).map { before.actions[$0] }
        let plain = Differ.diff(before, after)
        #expect(!plain.isEmpty)
        #expect(try Self.content(Differ.diff(shuffledBefore, shuffled)) == Self.content(plain))
    }

    @Test(.enabled(if: ready)) func renameAloneIsReported() throws {
        let (_, q3) = try Self.files()
        let before = try Self.record(q3)
        var after = before
        let i = try #require(after.indicators.firstIndex { $0.code == "KI 21" })
        after.indicators[i].name = "Number of people attending Town Hall shows and events."
        let d = Differ.diff(before, after)
        #expect(d.indicators.map(\.kind) == [.renamed] && d.indicators.first?.code == "KI 21")
        #expect(d.indicators.first?.before?.name == before.indicators[i].name)
        #expect(d.actions.isEmpty && d.summaries.isEmpty)
    }

    @Test(.enabled(if: ready)) func indicatorsWithoutCodesPairByName() throws {
        let (q2, q3) = try Self.files()
        var before = try Self.record(q2)
        var after = try Self.record(q3)
        for i in before.indicators.indices { before.indicators[i].code = nil }
        for i in after.indicators.indices { after.indicators[i].code = nil }
        after.indicators.reverse()
        let d = Differ.diff(before, after)
        // KI 24's reworded name still pairs (renamed); Sundry Debtors is the only new one.
        let renamed = d.indicators.filter { $0.kind == .renamed }
        #expect(renamed.count == 1 && renamed.first?.name.contains("attendees") == true, "\(renamed.map(\.name))")
        #expect(!d.indicators.contains { $0.kind == .dropped })
        #expect(d.indicators.filter(\.ragChanged).count == 4)
        withKnownIssue("the parse stage drops the Sundry Debtors Q3 row (its values are an image)") {
            #expect(d.indicators.filter { $0.kind == .new }.count == 1)
        }
    }
}

/// The real `councilkpi` binary beside the test bundle.
enum Binary {
    static let repoRoot = BuiltBinary.repoRoot

    static let path: String? = BuiltBinary.path

    static func sample(_ name: String) -> String? {
        let path = repoRoot.appendingPathComponent("samples/\(name)").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    typealias Failure = BuiltBinary.Failure

    static func run(_ arguments: [String]) throws -> BuiltBinary.Run { try BuiltBinary.run(arguments) }

    static func extract(_ file: String) throws -> Data {
        let r = try run(["extract", file])
        guard r.status == 0, !r.stdout.isEmpty else {
            throw Failure(description: "extract \(file): exit \(r.status): \(r.stderr)")
        }
        return r.stdout
    }

    static func temporaryDirectory(_ name: String) throws -> URL { try BuiltBinary.temporaryDirectory(name) }
}
