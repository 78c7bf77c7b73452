import Fluent
import TalentDomain
import Vapor

/// A stored resource the authorization layer guards. Each declares how the scopes of
/// `Permissions` translate into SQL for its table, so a list query returns only the rows
/// the actor may see — filtered by the database, never afterwards in memory.
package protocol ScopedResource: Model {
    static var resourceKind: ResourceKind { get }

    /// Narrows `query` to the rows `scope` covers for `actor`. Never called with `.none`.
    static func restrict(_ query: QueryBuilder<Self>, to scope: AccessScope, for actor: Actor) -> QueryBuilder<Self>

    /// Who a single row belongs to, for decisions on one row.
    var owner: ResourceOwner { get }
}

extension Request {
    /// The signed-in actor, or 401 (problem+json under `/api`, the login page elsewhere).
    package func requireActor() throws -> Actor {
        guard let actor = signedIn?.actor else {
            throw Abort(.unauthorized, reason: messages(.errorSignInRequired))
        }
        return actor
    }

    /// The scope `actor` has for `action` on `kind`; 403 when it has none.
    package func scope(_ action: Action, on kind: ResourceKind) throws -> (Actor, AccessScope) {
        let actor = try requireActor()
        let scope = Permissions.scope(for: actor.role, action, on: kind)
        guard scope != .none else { throw Abort(.forbidden, reason: messages(.errorForbidden)) }
        return (actor, scope)
    }

    /// A query over `Resource` already restricted to what the actor may `action`.
    package func scopedQuery<Resource: ScopedResource>(
        _ type: Resource.Type, for action: Action = .list,
        on database: (any Database)? = nil
    ) throws -> QueryBuilder<Resource> {
        let (actor, scope) = try scope(action, on: Resource.resourceKind)
        return Resource.restrict(Resource.query(on: database ?? db), to: scope, for: actor)
    }

    /// 403 unless the actor may `action` some row of `kind` (for create, where no row exists yet).
    package func authorize(_ action: Action, _ kind: ResourceKind) throws {
        _ = try scope(action, on: kind)
    }
}
