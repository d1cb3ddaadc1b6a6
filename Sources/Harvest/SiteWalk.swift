import Foundation

/// A document the walk found and the paper filter kept.
struct FoundDocument: Sendable {
    var url: String
    var title: String
    var meetingDate: String?
}

/// One site's walk: committees → meetings in the window → agenda items → linked documents.
/// Cancelled meetings are skipped before their agenda is asked for. GetCommittees failing fails
/// the site; a later call failing is noted and the walk goes on with the next meeting.
struct SiteWalk {
    let client: ModernGovClient
    let since: Date
    let until: Date
    let committees: NSRegularExpression?
    let filter: PaperFilter

    struct Result {
        var documents: [FoundDocument] = []
        var problems: [String] = []
    }

    func run() async throws(SiteFailure) -> Result {
        var result = Result()
        var seen = Set<String>()
        for committee in try await client.committees() where !committee.deleted && wanted(committee) {
            let stubs: [MeetingStub]
            do { stubs = try await client.meetings(committee: committee.id, from: since, to: until) } catch {
                result.problems.append("\(committee.title): \(error)")
                continue
            }
            for stub in stubs where !stub.cancelled && inWindow(stub.date) {
                let meeting: Meeting
                do { meeting = try await client.meeting(stub.id) } catch {
                    result.problems.append("meeting \(stub.id): \(error)")
                    continue
                }
                guard !meeting.cancelled else { continue }
                for document in meeting.documents
                where filter.keeps(title: document.title, itemTitle: document.itemTitle) {
                    let url = absolute(document.url)
                    guard seen.insert(url).inserted else { continue }
                    result.documents.append(
                        FoundDocument(
                            url: url, title: document.title,
                            meetingDate: meeting.date ?? stub.date))
                }
            }
        }
        return result
    }

    private func wanted(_ committee: Committee) -> Bool {
        guard let committees else { return true }
        let title = committee.title
        return committees.firstMatch(in: title, range: NSRange(title.startIndex..., in: title)) != nil
    }

    /// Installs may list meetings outside the dates asked for; a date that cannot be read is kept.
    private func inWindow(_ date: String?) -> Bool {
        guard let day = date.flatMap(ServiceDate.parse) else { return true }
        return day >= since && day <= until
    }

    /// Links are absolute in the answers seen; a relative one is taken from the site's base.
    private func absolute(_ link: String) -> String {
        guard let base = URL(string: client.base + "/"), let url = URL(string: link, relativeTo: base) else {
            return link
        }
        return url.absoluteString
    }
}
