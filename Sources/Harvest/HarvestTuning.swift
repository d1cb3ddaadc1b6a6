/// The harvester's thresholds, named in one place.
public enum HarvestTuning {
    /// Seconds between two requests to the same host: one request at a time, then a pause.
    public static let defaultDelaySeconds = 1.0
    /// Tries after the first one for a timeout, a 5xx or a dropped connection.
    public static let defaultRetries = 3
    /// The first retry waits this long; each further one twice as long as the one before.
    public static let backoffBaseSeconds = 2.0
    /// The longest wait between two tries, however many there are.
    public static let backoffCapSeconds = 60.0
    /// Some ModernGov installs take close to a minute to answer GetMeetings.
    public static let defaultRequestTimeoutSeconds = 60.0
    /// Seconds to set up a connection: a host that is down or refuses fails fast (and is tried
    /// again by the harvester's own retries), whatever the answer's timeout.
    public static let connectTimeoutSeconds = 10.0
    /// A committee paper is rarely over 50 MB; a larger body is refused rather than kept.
    public static let maxDownloadBytes = 200 * 1024 * 1024
    /// The web-service answers (XML) are small; this bounds what one may take in memory.
    public static let maxResponseBytes = 32 * 1024 * 1024
    /// Redirects followed for one request before it fails.
    public static let maxRedirects = 5
    /// The default window when --since is not given: papers of meetings this many days back.
    public static let defaultWindowDays = 90
    /// What the User-Agent says when no --contact is given (a cron job should give one).
    public static let defaultContact = "no contact given"
}
