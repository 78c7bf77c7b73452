import Fluent
import FluentSQL
import SiteKit
import TalentDomain

/// 专区主办部门: the officers who run campaigns and take posts down are those of the
/// departments the policy gives the job zone (EDU and HRSS); administrators too. Other
/// departments' officers have the permission table's row but not this check.
package enum JobZoneOffice {
    package static func includes(_ actor: Actor?, policy: PolicyDocument) -> Bool {
        guard let actor else { return false }
        switch actor.role {
        case .admin: return true
        case .officer: return actor.departmentCode.map(policy.marketRules.jobZoneDepartments.contains) ?? false
        case .provider, .employer, .talent: return false
        }
    }
}

extension JobCampaign: ScopedResource {
    package static let resourceKind = ResourceKind.jobCampaign

    package static func restrict(_ query: QueryBuilder<JobCampaign>, to scope: AccessScope, for actor: Actor)
        -> QueryBuilder<JobCampaign>
    {
        scope == .any ? query : query.filter(.sql(unsafeRaw: "1 = 0"))
    }

    package var owner: ResourceOwner { ResourceOwner() }
}

extension JobPost: ScopedResource {
    package static let resourceKind = ResourceKind.jobPost

    package static func restrict(_ query: QueryBuilder<JobPost>, to scope: AccessScope, for actor: Actor)
        -> QueryBuilder<JobPost>
    {
        switch scope {
        case .any: query
        case .organization:
            actor.organizationID.map { query.filter(\.$organization.$id == $0) }
                ?? query.filter(.sql(unsafeRaw: "1 = 0"))
        case .department, .own, .none: query.filter(.sql(unsafeRaw: "1 = 0"))
        }
    }

    package var owner: ResourceOwner { ResourceOwner(organizationID: $organization.id) }
}

extension JobApplication: ScopedResource {
    package static let resourceKind = ResourceKind.jobApplication

    /// An employer's applicants are those of its posts; a talent's are their own.
    package static func restrict(_ query: QueryBuilder<JobApplication>, to scope: AccessScope, for actor: Actor)
        -> QueryBuilder<JobApplication>
    {
        switch scope {
        case .any: query
        case .organization:
            actor.organizationID.map { query.filter(\.$organization.$id == $0) }
                ?? query.filter(.sql(unsafeRaw: "1 = 0"))
        case .own: query.filter(\.$applicantUserID == actor.userID)
        case .department, .none: query.filter(.sql(unsafeRaw: "1 = 0"))
        }
    }

    package var owner: ResourceOwner { ResourceOwner(userID: applicantUserID, organizationID: $organization.id) }
}
