import Foundation

/// The three calls of a ModernGov site's web service (`{base}/mgWebService.asmx/…`) the harvest
/// walks: committees, then a committee's meetings in a window of days, then a meeting's agenda.
public struct ModernGovClient: Sendable {
    public let base: String
    let downloader: Downloader

    public init(base: String, downloader: Downloader) {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.downloader = downloader
    }

    public func committees() async throws(SiteFailure) -> [Committee] {
        Committee.list(in: try await call("GetCommittees"))
    }

    public func meetings(committee: Int, from: Date, to: Date) async throws(SiteFailure) -> [MeetingStub] {
        let query = "lCommitteeId=\(committee)&sFromDate=\(ServiceDate.format(from))&sToDate=\(ServiceDate.format(to))"
        return MeetingStub.list(in: try await call("GetMeetings", query: query))
    }

    public func meeting(_ id: Int) async throws(SiteFailure) -> Meeting {
        Meeting(root: try await call("GetMeeting", query: "lMeetingId=\(id)"))
    }

    private func call(_ method: String, query: String? = nil) async throws(SiteFailure) -> ServiceElement {
        let url = "\(base)/mgWebService.asmx/\(method)" + (query.map { "?" + $0 } ?? "")
        let data: Data
        do { data = try await downloader.get(url) } catch {
            let hint = error == .status(404) ? " (the web service is switched off or not at this address)" : ""
            throw SiteFailure(method: method, reason: error.description + hint)
        }
        do { return try ModernGovXML.parse(data) } catch {
            throw SiteFailure(method: method, reason: error.description)
        }
    }
}

/// A web-service call that failed: the site's walk stops there (a site that is down or has the
/// service switched off fails only itself).
public struct SiteFailure: Error, CustomStringConvertible, Equatable {
    public var method: String
    public var reason: String

    public var description: String { "\(method): \(reason)" }
}
