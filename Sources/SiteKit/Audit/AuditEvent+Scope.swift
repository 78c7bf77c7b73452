import Fluent
import TalentDomain

extension AuditEvent: ScopedResource {
    package static let resourceKind = ResourceKind.auditEvent

    package static func restrict(_ query: QueryBuilder<AuditEvent>, to scope: AccessScope, for actor: Actor)
        -> QueryBuilder<
            AuditEvent
        >
    {
        scope == .any ? query : query.filter(\.$actorID == actor.userID)
    }

    package var owner: ResourceOwner { ResourceOwner(userID: actorID, organizationID: nil, departmentCode: nil) }
}
