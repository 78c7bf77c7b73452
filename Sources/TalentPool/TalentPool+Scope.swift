import Fluent
import FluentSQL
import SiteKit
import TalentDomain

// `1 = 0`: an actor whose scope needs a department or organisation it does not have
// sees nothing, and the database is still the one that says so.

extension Talent: ScopedResource {
    package static let resourceKind = ResourceKind.talent

    package static func restrict(_ query: QueryBuilder<Talent>, to scope: AccessScope, for actor: Actor)
        -> QueryBuilder<Talent>
    {
        switch scope {
        case .any: query
        case .organization:
            actor.organizationID.map { query.filter(\.$employer.$id == $0) } ?? query.filter(.sql(unsafeRaw: "1 = 0"))
        // Talents belong to no department: a department scope covers none of them.
        case .department: query.filter(.sql(unsafeRaw: "1 = 0"))
        case .own, .none: query.filter(\.$user.$id == actor.userID)
        }
    }

    package var owner: ResourceOwner {
        ResourceOwner(userID: $user.id, organizationID: $employer.id, departmentCode: nil)
    }
}

extension TalentImport: ScopedResource {
    package static let resourceKind = ResourceKind.talentImport

    package static func restrict(
        _ query: QueryBuilder<TalentImport>, to scope: AccessScope,
        for actor: Actor
    ) -> QueryBuilder<TalentImport> {
        switch scope {
        case .any: query
        // Imports belong to the person who ran them, not to a department or organisation.
        case .department, .organization, .own, .none: query.filter(\.$createdBy == actor.userID)
        }
    }

    package var owner: ResourceOwner { ResourceOwner(userID: createdBy) }
}

extension ErasureRequest: ScopedResource {
    package static let resourceKind = ResourceKind.erasureRequest

    package static func restrict(
        _ query: QueryBuilder<ErasureRequest>, to scope: AccessScope,
        for actor: Actor
    ) -> QueryBuilder<ErasureRequest> {
        switch scope {
        case .any: query
        // A talent's own request: the one for the profile linked to their account.
        case .department, .organization, .own, .none:
            query.join(Talent.self, on: \ErasureRequest.$talent.$id == \Talent.$id).filter(
                Talent.self, \.$user.$id == actor.userID)
        }
    }

    package var owner: ResourceOwner { ResourceOwner() }
}
