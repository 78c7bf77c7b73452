import Fluent
import FluentSQL
import SiteKit
import TalentDomain

// `1 = 0`: an actor whose scope needs a department or organisation it does not have
// sees nothing, and the database is still the one that says so.

extension Organization: ScopedResource {
    package static let resourceKind = ResourceKind.organization

    package static func restrict(
        _ query: QueryBuilder<Organization>, to scope: AccessScope,
        for actor: Actor
    ) -> QueryBuilder<Organization> {
        switch scope {
        case .any: query
        case .organization:
            actor.organizationID.map { query.filter(\.$id == $0) } ?? query.filter(.sql(unsafeRaw: "1 = 0"))
        // An organisation belongs to no user or department, as `Permissions.allows` agrees.
        case .own, .department, .none: query.filter(.sql(unsafeRaw: "1 = 0"))
        }
    }

    package var owner: ResourceOwner { ResourceOwner(userID: nil, organizationID: id, departmentCode: nil) }
}
