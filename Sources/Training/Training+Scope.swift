import Fluent
import FluentSQL
import SiteKit
import TalentDomain
import TalentPool

// How the training rows answer to `Permissions`: programs, cohorts and enrolments carry
// their provider's id, so the organisation scope is one filter; a talent's own rows are
// those of the profile linked to their account.
//
// `1 = 0`: an actor whose scope needs a department or organisation it does not have
// sees nothing, and the database is still the one that says so.

extension Program: ScopedResource {
    package static let resourceKind = ResourceKind.program

    package static func restrict(_ query: QueryBuilder<Program>, to scope: AccessScope, for actor: Actor)
        -> QueryBuilder<
            Program
        >
    {
        switch scope {
        case .any: query
        case .organization:
            actor.organizationID.map { query.filter(\.$provider.$id == $0) } ?? query.filter(.sql(unsafeRaw: "1 = 0"))
        case .department, .own, .none: query.filter(.sql(unsafeRaw: "1 = 0"))
        }
    }

    package var owner: ResourceOwner { ResourceOwner(organizationID: $provider.id) }
}

extension Enrollment: ScopedResource {
    package static let resourceKind = ResourceKind.enrollment

    package static func restrict(_ query: QueryBuilder<Enrollment>, to scope: AccessScope, for actor: Actor)
        -> QueryBuilder<
            Enrollment
        >
    {
        switch scope {
        case .any: query
        case .organization:
            actor.organizationID.map { query.filter(\.$providerID == $0) } ?? query.filter(.sql(unsafeRaw: "1 = 0"))
        case .department: query.filter(.sql(unsafeRaw: "1 = 0"))
        case .own, .none:
            query.join(Talent.self, on: \Enrollment.$talent.$id == \Talent.$id).filter(
                Talent.self, \.$user.$id == actor.userID)
        }
    }

    /// The talent's account is not on the row: single-row checks use the scoped query.
    package var owner: ResourceOwner { ResourceOwner(organizationID: providerID) }
}

extension EnrollmentImport: ScopedResource {
    package static let resourceKind = ResourceKind.enrollmentImport

    package static func restrict(
        _ query: QueryBuilder<EnrollmentImport>, to scope: AccessScope,
        for actor: Actor
    ) -> QueryBuilder<EnrollmentImport> {
        switch scope {
        case .any: query
        case .organization:
            actor.organizationID.map { query.filter(\.$providerID == $0) } ?? query.filter(.sql(unsafeRaw: "1 = 0"))
        case .department, .own, .none: query.filter(.sql(unsafeRaw: "1 = 0"))
        }
    }

    package var owner: ResourceOwner { ResourceOwner(organizationID: providerID) }
}
