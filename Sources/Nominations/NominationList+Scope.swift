import Fluent
import FluentSQL
import SiteKit
import TalentDomain

extension NominationList: ScopedResource {
    package static let resourceKind = ResourceKind.nomination

    package static func restrict(
        _ query: QueryBuilder<NominationList>, to scope: AccessScope, for actor: Actor
    ) -> QueryBuilder<NominationList> {
        switch scope {
        case .any: query
        // The department the policy gives the programme.
        case .department:
            actor.departmentCode.map { query.filter(\.$departmentCode == $0) }
                ?? query.filter(.sql(unsafeRaw: "1 = 0"))
        case .organization, .own, .none: query.filter(.sql(unsafeRaw: "1 = 0"))
        }
    }

    package var owner: ResourceOwner { ResourceOwner(departmentCode: departmentCode) }
}
