import Foundation

/// What the harvest reads from the web service's answers; everything else in them is ignored.
public struct Committee: Sendable, Equatable {
    public var id: Int
    public var title: String
    public var deleted: Bool
    public var expired: Bool

    /// The committees of a GetCommittees answer (root `<committees>`).
    static func list(in root: ServiceElement) -> [Committee] {
        root.children("committee").compactMap { element in
            guard let id = element.integer("committeeid") else { return nil }
            return Committee(
                id: id, title: element.value("committeetitle") ?? "",
                deleted: element.flag("committeedeleted"), expired: element.flag("committeeexpired"))
        }
    }
}

/// A meeting as GetMeetings lists it: a stub to ask GetMeeting about.
public struct MeetingStub: Sendable, Equatable {
    public var id: Int
    public var date: String?
    public var cancelled: Bool

    /// The meetings of a GetMeetings answer (root `<getmeetings>`, grouped by committee).
    static func list(in root: ServiceElement) -> [MeetingStub] {
        root.children("committee").flatMap { committee in
            (committee.child("committeemeetings")?.children("meeting") ?? []).compactMap(stub)
        }
    }

    static func stub(_ element: ServiceElement) -> MeetingStub? {
        guard let id = element.integer("meetingid") else { return nil }
        return MeetingStub(
            id: id, date: element.value("meetingdate"),
            cancelled: Meeting.isCancelled(element.value("meetingstatus")))
    }
}

/// A document linked from an agenda item (`<linkeddoc>`).
public struct LinkedDocument: Sendable, Equatable {
    public var attachmentId: Int?
    public var title: String
    public var url: String
    /// The title of the agenda item the document belongs to.
    public var itemTitle: String
}

/// A GetMeeting answer: the meeting's status and the documents of its agenda items.
public struct Meeting: Sendable, Equatable {
    public var id: Int
    public var date: String?
    public var cancelled: Bool
    public var documents: [LinkedDocument]

    init(root: ServiceElement) {
        id = root.integer("meetingid") ?? 0
        date = root.value("meetingdate")
        cancelled = Self.isCancelled(root.value("meetingstatus"))
        documents = (root.child("agendaitems")?.children("agendaitem") ?? []).flatMap { item -> [LinkedDocument] in
            let itemTitle = item.value("agendaitemtitle")
            return (item.child("linkeddocuments")?.children("linkeddoc") ?? []).compactMap { doc -> LinkedDocument? in
                guard let url = doc.value("url") else { return nil }
                return LinkedDocument(
                    attachmentId: doc.integer("attachmentid"), title: doc.value("title") ?? "",
                    url: url, itemTitle: itemTitle ?? doc.value("ownertitle") ?? "")
            }
        }
    }

    static func isCancelled(_ status: String?) -> Bool {
        status?.lowercased().hasPrefix("cancel") ?? false
    }
}
