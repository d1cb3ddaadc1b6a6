#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ends the process when one file takes too long (poppler stuck in a loop): the stuck call
/// cannot be interrupted from inside, so a timer on a thread of its own reports the file and
/// exits. For the programs that read one PDF per process.
public enum Watchdog {
    public static let exitCode: Int32 = 12

    /// Arms the timer; `seconds` ≤ 0 (or beyond any run, over a year) arms nothing.
    public static func start(seconds: Double, program: String, file: String) {
        guard seconds > 0, seconds < 366 * 86_400 else { return }
        let line = InputError.line(program: program, file: file, reason: "timed out after \(Int(seconds)) s")
        let context = Unmanaged.passRetained(Timer(seconds: seconds, line: line)).toOpaque()
        var thread = pthread_t()
        guard
            pthread_create(
                &thread, nil,
                { context in
                    let timer = Unmanaged<Timer>.fromOpaque(context!).takeRetainedValue()
                    var wait = timespec(
                        tv_sec: Int(timer.seconds), tv_nsec: Int(timer.seconds.truncatingRemainder(dividingBy: 1) * 1e9)
                    )
                    var left = timespec()
                    while nanosleep(&wait, &left) != 0 && errno == EINTR { wait = left }
                    InputError.writeToStandardError(timer.line)
                    _exit(Watchdog.exitCode)
                }, context) == 0
        else {
            Unmanaged<Timer>.fromOpaque(context).release()
            return
        }
        pthread_detach(thread)
    }

    private final class Timer {
        let seconds: Double
        let line: String
        init(seconds: Double, line: String) {
            self.seconds = seconds
            self.line = line
        }
    }
}
