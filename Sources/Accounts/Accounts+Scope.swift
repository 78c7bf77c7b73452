import Fluent
import FluentSQL
import SiteKit
import TalentDomain

// `1 = 0`: an actor whose scope needs a department or organisation it does not have
// sees nothing, and the database is still the one that says so.

extension User: ScopedResource {
    package static let resourceKind = ResourceKind.user

    package static func restrict(_ query: QueryBuilder<User>, to scope: AccessScope, for actor: Actor) -> QueryBuilder<
        User
    > {
        switch scope {
        case .any: query
        case .department:
            actor.departmentCode.map { query.filter(\.$departmentCode == $0) } ?? query.filter(.sql(unsafeRaw: "1 = 0"))
        case .organization:
            actor.organizationID.map { query.filter(\.$organization.$id == $0) }
                ?? query.filter(.sql(unsafeRaw: "1 = 0"))
        case .own, .none: query.filter(\.$id == actor.userID)
        }
    }

    package var owner: ResourceOwner {
        ResourceOwner(userID: id, organizationID: $organization.id, departmentCode: departmentCode)
    }
}

extension APIToken: ScopedResource {
    package static let resourceKind = ResourceKind.apiToken

    package static func restrict(_ query: QueryBuilder<APIToken>, to scope: AccessScope, for actor: Actor)
        -> QueryBuilder<
            APIToken
        >
    {
        scope == .any ? query : query.filter(\.$user.$id == actor.userID)
    }

    package var owner: ResourceOwner { ResourceOwner(userID: $user.id, organizationID: nil, departmentCode: nil) }
}
