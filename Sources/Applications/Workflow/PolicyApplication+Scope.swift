import Fluent
import FluentSQL
import SiteKit
import TalentDomain
import TalentPool

extension PolicyApplication: ScopedResource {
    package static let resourceKind = ResourceKind.application

    package static func restrict(
        _ query: QueryBuilder<PolicyApplication>, to scope: AccessScope, for actor: Actor
    ) -> QueryBuilder<PolicyApplication> {
        switch scope {
        case .any: query
        // The department the policy routed it to.
        case .department:
            actor.departmentCode.map { query.filter(\.$departmentCode == $0) }
                ?? query.filter(.sql(unsafeRaw: "1 = 0"))
        // Organisations do not apply yet (loans and carrier recognition will).
        case .organization: query.filter(.sql(unsafeRaw: "1 = 0"))
        // The applicant: the talent whose profile is linked to the account.
        case .own, .none:
            query.join(Talent.self, on: \PolicyApplication.$talent.$id == \Talent.$id)
                .filter(Talent.self, \.$user.$id == actor.userID)
        }
    }

    /// The department only: whether the actor is the applicant is decided by the scoped
    /// query (`Request.scopedQuery`), which joins the profile.
    package var owner: ResourceOwner { ResourceOwner(departmentCode: departmentCode) }
}
