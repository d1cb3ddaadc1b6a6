import ArgumentParser
import CommandLineSupport
import Dataset
import Foundation
import Harvest
import Record

struct HarvestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Run as `councilkpi harvest`, which hands its arguments to this program.
        commandName: "councilkpi harvest",
        abstract: HarvestAbout.abstract,
        discussion: """
            Walks each site's web service (committees → meetings from --since to --until → agenda items → \
            linked documents), keeps the documents that look like performance papers (titles about performance, \
            KPIs, scorecards, quarterly monitoring, corporate or council plans, delivery plan progress, risk \
            registers; --titles REGEX replaces the rule, --all keeps every document), downloads each once into \
            OUT/downloads/<sha256>.pdf and ingests the new ones with the site's council. --urls FILE takes direct \
            PDF links instead (one a line, optionally ",council name").

            Polite and cron-safe: one request at a time per host with --delay between, conditional GETs for \
            papers already held, retries with backoff on timeouts and 5xx; a site that is down fails only itself. \
            State: OUT/harvest/state.json. Details: docs/harvest.md.

            Exit codes: 0 everything ok; 2 a site, a download or an extraction failed (each is logged); 75 \
            another run holds the dataset's lock; 1 any other error; 64 bad usage.
            """
    )

    @Option(help: "A ModernGov site's base URL (the part before /mgWebService.asmx).")
    var site: String?

    @Option(help: "The council of --site's papers, for papers whose text does not name it.")
    var council: String?

    @Option(help: "CSV with the columns of council-sites.csv: every row with moderngov=yes.", completion: .file())
    var sites: String?

    @Option(
        help: "A file of direct PDF links, one a line, each optionally followed by ',council name'.",
        completion: .file())
    var urls: String?

    @Option(help: "The dataset directory (created if needed).")
    var out: String

    @Option(help: "Meetings from this day (YYYY-MM-DD; default: \(HarvestTuning.defaultWindowDays) days ago).")
    var since: String?

    @Option(help: "Meetings up to this day (YYYY-MM-DD; default: today).")
    var until: String?

    @Option(help: "Only committees whose title matches this regular expression (any case).")
    var committees: String?

    @Option(help: "Keep documents whose title or agenda item title matches this regular expression (any case).")
    var titles: String?

    @Flag(help: "Keep every linked document, not only performance papers.")
    var all = false

    @Option(help: "Seconds between two requests to the same host.")
    var delay = HarvestTuning.defaultDelaySeconds

    @Option(help: "Tries after the first for a timeout, a 5xx answer or a dropped connection.")
    var retries = HarvestTuning.defaultRetries

    @Option(help: "Seconds before the first retry; each further one waits twice as long.")
    var backoff = HarvestTuning.backoffBaseSeconds

    @Option(help: "Give up on a request after this many seconds without an answer.")
    var requestTimeout = HarvestTuning.defaultRequestTimeoutSeconds

    @Option(help: "Who to contact about this harvester, sent in the User-Agent (an e-mail address or a URL).")
    var contact = HarvestTuning.defaultContact

    @Option(help: "Sites harvested at once, and files extracted at once.")
    var jobs = 1

    @OptionGroup var child: ChildOptions

    @Flag(help: "No progress and no per-site lines (for cron); the exit code tells the outcome.")
    var quiet = false

    func validate() throws {
        let sources = [site != nil, sites != nil, urls != nil].filter { $0 }.count
        guard sources >= 1 else { throw ValidationError("Give --site URL, --sites FILE.csv or --urls FILE.") }
        guard site == nil || sites == nil else { throw ValidationError("Give --site or --sites, not both.") }
        guard council == nil || site != nil else { throw ValidationError("--council goes with --site.") }
        guard titles == nil || !all else { throw ValidationError("Give --titles or --all, not both.") }
        guard delay >= 0, backoff >= 0 else { throw ValidationError("--delay and --backoff must be 0 or more.") }
        guard retries >= 0 else { throw ValidationError("--retries must be 0 or more.") }
        guard requestTimeout > 0 else { throw ValidationError("--request-timeout must be positive.") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, ServiceDate.parseISO(value) == nil { throw ValidationError("\(name) takes YYYY-MM-DD.") }
        }
        for (name, value) in [("--committees", committees), ("--titles", titles)] {
            if let value, (try? NSRegularExpression(pattern: value)) == nil {
                throw ValidationError("\(name): not a regular expression: \(value)")
            }
        }
    }

    func run() throws {
        let options: HarvestOptions
        do { options = try makeOptions() } catch {
            FileHandle.standardError.write(Data("councilkpi: \(error)\n".utf8))
            throw ExitCode(IngestExit.error)
        }
        let terminal = isatty(STDERR_FILENO) == 1
        let outcome = waitFor { await Self.harvest(options, quiet: quiet, terminal: terminal) }
        try IngestExit.finish(outcome, command: "harvest", out: out) { $0.anyFailed }
    }

    private func makeOptions() throws -> HarvestOptions {
        var targets: [Site] = []
        if let site { targets.append(Site(base: site, council: council)) }
        if let sites { targets += try SiteList.load(sites) }
        let links = try urls.map(LinkList.load) ?? []
        let today = ServiceDate.parseISO(Self.isoDay(Date())) ?? Date()
        let window = Double(HarvestTuning.defaultWindowDays * 86_400)
        let agent = FetchSettings.userAgent(version: ExtractorVersion.current, contact: contact)
        var fetch = FetchSettings(userAgent: agent)
        fetch.delaySeconds = delay
        fetch.retries = retries
        fetch.backoffBaseSeconds = backoff
        fetch.requestTimeoutSeconds = requestTimeout
        return HarvestOptions(
            sites: targets, links: links, out: URL(fileURLWithPath: out),
            since: since.flatMap(ServiceDate.parseISO) ?? today.addingTimeInterval(-window),
            until: until.flatMap(ServiceDate.parseISO) ?? today,
            committees: committees, filter: all ? .all : titles.map { .titles($0) } ?? .vocabulary, fetch: fetch,
            jobs: jobs,
            extractor: child.childExtractor(program: Executables.sibling("councilkpi")))
    }

    static func isoDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    /// Runs the harvest while the display consumes its events on this side of a stream.
    static func harvest(_ options: HarvestOptions, quiet: Bool, terminal: Bool) async
        -> Result<HarvestSummary, any Error>
    {
        let (events, continuation) = AsyncStream.makeStream(of: HarvestEvent.self)
        async let result: Result<HarvestSummary, any Error> = {
            defer { continuation.finish() }
            do { return .success(try await Harvester(options: options).run { continuation.yield($0) }) } catch {
                return .failure(error)
            }
        }()
        var progress = HarvestProgress(quiet: quiet, terminal: terminal, out: options.out.path)
        for await event in events { progress.handle(event) }
        let outcome = await result
        if case .success(let summary) = outcome { progress.finish(summary) }
        return outcome
    }
}
