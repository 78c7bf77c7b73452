import Fluent
import FluentSQL
import SiteKit
import TalentDomain
import TalentPool

extension Voucher: ScopedResource {
    package static let resourceKind = ResourceKind.voucher

    package static func restrict(_ query: QueryBuilder<Voucher>, to scope: AccessScope, for actor: Actor)
        -> QueryBuilder<
            Voucher
        >
    {
        switch scope {
        case .any: query
        // A provider's vouchers are those spent in its programs.
        case .organization:
            actor.organizationID.map { query.filter(\.$providerID == $0) } ?? query.filter(.sql(unsafeRaw: "1 = 0"))
        case .department: query.filter(.sql(unsafeRaw: "1 = 0"))
        case .own, .none:
            query.join(Talent.self, on: \Voucher.$talent.$id == \Talent.$id).filter(
                Talent.self, \.$user.$id == actor.userID)
        }
    }

    package var owner: ResourceOwner { ResourceOwner(organizationID: providerID) }
}
