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
        // The organisation that applied, for its employer accounts.
        case .organization:
            actor.organizationID.map { query.filter(\.$organization.$id == $0) }
                ?? query.filter(.sql(unsafeRaw: "1 = 0"))
        // The applicant: the talent whose profile is linked to the account.
        case .own, .none:
            query.join(Talent.self, on: \PolicyApplication.$talent.$id == \Talent.$id)
                .filter(Talent.self, \.$user.$id == actor.userID)
        }
    }

    /// The department, or the applying organisation: whether a person is the applicant is
    /// decided by the scoped query (`Request.scopedQuery`), which joins the profile.
    package var owner: ResourceOwner {
        ResourceOwner(organizationID: $organization.id, departmentCode: departmentCode)
    }
}
