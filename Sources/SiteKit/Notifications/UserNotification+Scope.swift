import Fluent
import TalentDomain

extension UserNotification: ScopedResource {
    package static let resourceKind = ResourceKind.notification

    /// Every role's scope is its own: the notifications addressed to the account.
    package static func restrict(
        _ query: QueryBuilder<UserNotification>, to scope: AccessScope, for actor: Actor
    ) -> QueryBuilder<UserNotification> {
        query.filter(\.$userID == actor.userID)
    }

    package var owner: ResourceOwner { ResourceOwner(userID: userID) }
}
