import Foundation

/// Runs async work from the synchronous command and waits for its result (the CLI's entry
/// point is synchronous; the calling thread is not one of the concurrency pool's).
public func waitFor<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        box.set(await work())
        done.signal()
    }
    done.wait()
    return box.get()
}

/// Hands one value from the task to the waiting thread; the lock orders the two accesses.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T?

    func set(_ newValue: T) { lock.withLock { value = newValue } }
    func get() -> T { lock.withLock { value! } }
}
