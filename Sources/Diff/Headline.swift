import Record

/// The few sentences an analyst reads first.
enum Headline {
    /// Names listed in a sentence before "and N more".
    static let maxNames = 3

    static func sentences(indicators: [IndicatorChange], actions: [ActionChange]) -> [String] {
        var out: [String] = []
        func names(_ xs: [String]) -> String {
            let shown = xs.prefix(maxNames).joined(separator: "; ")
            return xs.count > maxNames ? "\(shown) and \(xs.count - maxNames) more" : shown
        }
        func plural(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

        for rag in [RAG.red, .amber, .green] {
            let moved = indicators.filter { $0.ragChanged && $0.after?.rag == rag && $0.before != nil }
            if !moved.isEmpty {
                out.append(
                    "\(plural(moved.count, "indicator", "indicators")) moved to \(rag.rawValue): "
                        + "\(names(moved.map(\.name)))"
                )
            }
        }
        let improved = indicators.filter { $0.improved == true }
        let worse = indicators.filter { $0.improved == false }
        if !improved.isEmpty { out.append("\(plural(improved.count, "indicator", "indicators")) improved") }
        if !worse.isEmpty { out.append("\(plural(worse.count, "indicator", "indicators")) worsened") }
        let added = indicators.filter { $0.kind == .new }
        let dropped = indicators.filter { $0.kind == .dropped }
        let renamed = indicators.filter { $0.kind == .renamed }
        if !added.isEmpty {
            out.append("\(plural(added.count, "new indicator", "new indicators")): \(names(added.map(\.name)))")
        }
        if !dropped.isEmpty {
            out.append("\(plural(dropped.count, "indicator", "indicators")) dropped: \(names(dropped.map(\.name)))")
        }
        if !renamed.isEmpty { out.append("\(plural(renamed.count, "indicator", "indicators")) renamed") }
        let revised = indicators.filter { !$0.revisions.isEmpty }
        if !revised.isEmpty {
            out.append(
                "\(plural(revised.count, "indicator has", "indicators have")) earlier figures revised: "
                    + "\(names(revised.map(\.name)))"
            )
        }

        let changed = actions.filter { $0.kind == .changed }
        let toRed = changed.filter { $0.after?.rag == .red && $0.before?.rag != .red }
        if !toRed.isEmpty {
            out.append(
                "\(plural(toRed.count, "action", "actions")) moved to red: "
                    + "\(names(toRed.compactMap { $0.after?.text }))"
            )
        }
        let completed = changed.filter { $0.after?.status == .completed && $0.before?.status != .completed }
        if !completed.isEmpty { out.append("\(plural(completed.count, "action", "actions")) completed") }
        let overdue = changed.filter { $0.after?.status == .overdue && $0.before?.status != .overdue }
        if !overdue.isEmpty { out.append("\(plural(overdue.count, "action", "actions")) became overdue") }
        let newActions = actions.filter { $0.kind == .new }
        let droppedActions = actions.filter { $0.kind == .dropped }
        if !newActions.isEmpty { out.append(plural(newActions.count, "new action", "new actions")) }
        if !droppedActions.isEmpty { out.append("\(plural(droppedActions.count, "action", "actions")) dropped") }
        if out.isEmpty && indicators.isEmpty && actions.isEmpty { out.append("No changes") }
        return out
    }
}
