import Fluent
import FluentSQL
import SiteKit
import TalentDomain
import TalentPool

// `1 = 0`: an actor whose scope needs a department or organisation it does not have
// sees nothing, and the database is still the one that says so.

extension Certificate: ScopedResource {
    package static let resourceKind = ResourceKind.certificate

    package static func restrict(_ query: QueryBuilder<Certificate>, to scope: AccessScope, for actor: Actor)
        -> QueryBuilder<
            Certificate
        >
    {
        switch scope {
        case .any: query
        case .organization:
            actor.organizationID.map { query.filter(\.$issuerID == $0) } ?? query.filter(.sql(unsafeRaw: "1 = 0"))
        case .department: query.filter(.sql(unsafeRaw: "1 = 0"))
        case .own, .none:
            query.join(Talent.self, on: \Certificate.$talent.$id == \Talent.$id).filter(
                Talent.self, \.$user.$id == actor.userID)
        }
    }

    package var owner: ResourceOwner { ResourceOwner(organizationID: issuerID) }
}
