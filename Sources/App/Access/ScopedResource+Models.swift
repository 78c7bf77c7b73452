import Fluent
import FluentSQL
import SiteKit
import TalentDomain

// `1 = 0`: an actor whose scope needs a department or organisation it does not have
// sees nothing, and the database is still the one that says so.

extension User: ScopedResource {
    static let resourceKind = ResourceKind.user

    static func restrict(_ query: QueryBuilder<User>, to scope: AccessScope, for actor: Actor) -> QueryBuilder<User> {
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

    var owner: ResourceOwner {
        ResourceOwner(userID: id, organizationID: $organization.id, departmentCode: departmentCode)
    }
}

extension Organization: ScopedResource {
    static let resourceKind = ResourceKind.organization

    static func restrict(
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

    var owner: ResourceOwner { ResourceOwner(userID: nil, organizationID: id, departmentCode: nil) }
}

extension APIToken: ScopedResource {
    static let resourceKind = ResourceKind.apiToken

    static func restrict(_ query: QueryBuilder<APIToken>, to scope: AccessScope, for actor: Actor) -> QueryBuilder<
        APIToken
    > {
        scope == .any ? query : query.filter(\.$user.$id == actor.userID)
    }

    var owner: ResourceOwner { ResourceOwner(userID: $user.id, organizationID: nil, departmentCode: nil) }
}

extension AuditEvent: ScopedResource {
    static let resourceKind = ResourceKind.auditEvent

    static func restrict(_ query: QueryBuilder<AuditEvent>, to scope: AccessScope, for actor: Actor) -> QueryBuilder<
        AuditEvent
    > {
        scope == .any ? query : query.filter(\.$actorID == actor.userID)
    }

    var owner: ResourceOwner { ResourceOwner(userID: actorID, organizationID: nil, departmentCode: nil) }
}

extension Talent: ScopedResource {
    static let resourceKind = ResourceKind.talent

    static func restrict(_ query: QueryBuilder<Talent>, to scope: AccessScope, for actor: Actor) -> QueryBuilder<Talent>
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

    var owner: ResourceOwner { ResourceOwner(userID: $user.id, organizationID: $employer.id, departmentCode: nil) }
}

extension TalentImport: ScopedResource {
    static let resourceKind = ResourceKind.talentImport

    static func restrict(
        _ query: QueryBuilder<TalentImport>, to scope: AccessScope,
        for actor: Actor
    ) -> QueryBuilder<TalentImport> {
        switch scope {
        case .any: query
        // Imports belong to the person who ran them, not to a department or organisation.
        case .department, .organization, .own, .none: query.filter(\.$createdBy == actor.userID)
        }
    }

    var owner: ResourceOwner { ResourceOwner(userID: createdBy) }
}

extension ErasureRequest: ScopedResource {
    static let resourceKind = ResourceKind.erasureRequest

    static func restrict(
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

    var owner: ResourceOwner { ResourceOwner() }
}
