/// Politeness: one request at a time per host, and a pause of `delay` after each before the
/// next one to the same host starts. Different hosts go on in parallel.
actor HostPacer {
    private let delay: Duration
    private var busy: Set<String> = []
    private var readyAt: [String: ContinuousClock.Instant] = [:]
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    init(delaySeconds: Double) {
        delay = .milliseconds(Int((max(0, delaySeconds) * 1000).rounded()))
    }

    /// Runs `work` as the host's only request, after the pause that follows the one before.
    func paced<T: Sendable>(host: String, _ work: @Sendable () async throws -> T) async throws -> T {
        await acquire(host)
        defer { release(host) }
        if let ready = readyAt[host], ready > .now { try? await Task.sleep(until: ready, clock: .continuous) }
        return try await work()
    }

    private func acquire(_ host: String) async {
        while busy.contains(host) {
            await withCheckedContinuation { waiting[host, default: []].append($0) }
        }
        busy.insert(host)
    }

    private func release(_ host: String) {
        busy.remove(host)
        readyAt[host] = .now + delay
        if var queue = waiting[host], !queue.isEmpty {
            queue.removeFirst().resume()
            waiting[host] = queue
        }
    }
}
