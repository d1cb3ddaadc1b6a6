import Record

/// Action status words as written in delivery-plan trackers → `ActionStatus`.
public enum ActionStatusWords {
    /// Whole phrases (after `TextCleanup.key`, punctuation trimmed) → status.
    static let phrases: [String: ActionStatus] = [
        "completed": .completed, "complete": .completed, "achieved": .completed, "done": .completed,
        "closed": .completed, "delivered": .completed, "finished": .completed, "completed on time": .completed,
        "action completed": .completed, "fully achieved": .completed, "implemented": .completed,
        "overdue": .overdue, "behind schedule": .overdue, "delayed": .overdue, "late": .overdue,
        "slipped": .overdue, "missed": .overdue,
        "past due": .overdue, "not achieved": .overdue, "behind": .overdue, "outstanding": .overdue,
        "action outstanding": .overdue,
        "in progress": .inProgress, "on track": .inProgress, "ongoing": .inProgress, "on-going": .inProgress,
        "on schedule": .inProgress, "progressing": .inProgress, "started": .inProgress,
        "underway": .inProgress, "under way": .inProgress, "in hand": .inProgress, "on target": .inProgress,
        "partially achieved": .inProgress, "partially complete": .inProgress, "partially completed": .inProgress,
        "at risk": .inProgress, "in development": .inProgress, "regular review": .inProgress,
        // Off track or slipping: still being delivered (overdue only once the due date has passed).
        "off track": .inProgress, "not on track": .inProgress, "slippage": .inProgress, "some slippage": .inProgress,
        "minor slippage": .inProgress, "significant slippage": .inProgress, "major slippage": .inProgress,
        "slipping": .inProgress,
        "not started": .notStarted, "not yet started": .notStarted, "not due": .notStarted,
        "not yet due": .notStarted, "not due to start": .notStarted, "not yet commenced": .notStarted,
        "not commenced": .notStarted, "planned": .notStarted, "future": .notStarted, "to start": .notStarted,
        "on hold": .onHold, "paused": .onHold, "deferred": .onHold, "suspended": .onHold,
        "postponed": .onHold, "parked": .onHold,
        "cancelled": .cancelled, "canceled": .cancelled, "withdrawn": .cancelled, "removed": .cancelled,
        "deleted": .cancelled, "no longer required": .cancelled, "superseded": .cancelled,
        "discontinued": .cancelled, "abandoned": .cancelled, "stopped": .cancelled
    ]

    /// Words saying an action is behind: it is `overdue` once its due date is past, else in progress.
    static let lateWhenPastDue: Set<String> = ["off track", "not on track"]

    /// True when the status words say the action is behind its plan.
    public static func isLateWhenPastDue(_ text: String) -> Bool { lateWhenPastDue.contains(trimmedKey(text)) }

    /// True when the whole text is a status phrase ("Partially Complete"), nothing more.
    public static func isPhrase(_ text: String) -> Bool { phrases[trimmedKey(text)] != nil }

    static let longestFirst = phrases.keys.sorted { ($0.count, $0) > ($1.count, $1) }
    static let continuationWords: Set<String> = [
        "in", "on", "by", "and", "but", "with", "as", "at", "since", "from", "see", "awaiting", "pending", "due"
    ]

    /// The status of a status cell. An exact phrase first; else a phrase that opens the text
    /// followed by punctuation or a bracket ("Completed – December 2023", "Overdue (see note)").
    /// Anything else, including negations ("Not complete"), is `.unknown`.
    public static func status(_ text: String) -> ActionStatus {
        let key = trimmedKey(text)
        if let s = phrases[key] { return s }
        // Longest opening phrase first, so "not started" is not read as "started".
        for phrase in longestFirst where key.hasPrefix(phrase) {
            let rest = key.dropFirst(phrase.count)
            if let next = rest.first,
                next == " " || next == "-" || next == "(" || next == "," || next == ":" || next == "."
            {
                let after = rest.drop(while: { $0 == " " })
                // "Completed in December" is a status with a note; "Complete replacement of…" is
                // an action's text.
                let nextWord = after.prefix(while: { $0.isLetter })
                if !nextWord.isEmpty, next == " ", !continuationWords.contains(String(nextWord)) { continue }
                return phrases[phrase]!
            }
        }
        return .unknown
    }

    /// Lower-cased, dash/quote-normalised, with surrounding punctuation removed.
    static func trimmedKey(_ text: String) -> String {
        var k = TextCleanup.key(text)
        while let c = k.last, c == "." || c == "!" || c == "*" || c == " " { k.removeLast() }
        while let c = k.first, c == "*" || c == " " || c == "-" { k.removeFirst() }
        return k
    }
}
