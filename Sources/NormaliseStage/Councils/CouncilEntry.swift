import Record

/// One UK local authority from the shipped list.
public struct CouncilEntry: Equatable, Hashable, Sendable {
    public let name: String
    public let gssCode: String
    /// Slug of the full name (SPEC): "charnwood-borough-council".
    public let slug: String
    /// Homepage domain without "www.": "harrow.gov.uk". Some are shared by two councils.
    public let domain: String

    public init(name: String, gssCode: String, slug: String, domain: String) {
        self.name = name
        self.gssCode = gssCode
        self.slug = slug
        self.domain = domain
    }

    /// The record's `council` object.
    public var council: Council { Council(name: name, slug: slug, gssCode: gssCode) }
}
