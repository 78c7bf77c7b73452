import Fluent
import FluentSQL
import SiteKit
import TalentDomain

// How the training rows answer to `Permissions`: programs, cohorts and enrolments carry
// their provider's id, so the organisation scope is one filter; a talent's own rows are
// those of the profile linked to their account.

extension Program: ScopedResource {
    static let resourceKind = ResourceKind.program

    static func restrict(_ query: QueryBuilder<Program>, to scope: AccessScope, for actor: Actor) -> QueryBuilder<
        Program
    > {
        switch scope {
        case .any: query
        case .organization:
            actor.organizationID.map { query.filter(\.$provider.$id == $0) } ?? query.filter(.sql(unsafeRaw: "1 = 0"))
        case .department, .own, .none: query.filter(.sql(unsafeRaw: "1 = 0"))
        }
    }

    var owner: ResourceOwner { ResourceOwner(organizationID: $provider.id) }
}

extension Enrollment: ScopedResource {
    static let resourceKind = ResourceKind.enrollment

    static func restrict(_ query: QueryBuilder<Enrollment>, to scope: AccessScope, for actor: Actor) -> QueryBuilder<
        Enrollment
    > {
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
    var owner: ResourceOwner { ResourceOwner(organizationID: providerID) }
}

extension EnrollmentImport: ScopedResource {
    static let resourceKind = ResourceKind.enrollmentImport

    static func restrict(
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

    var owner: ResourceOwner { ResourceOwner(organizationID: providerID) }
}

extension Certificate: ScopedResource {
    static let resourceKind = ResourceKind.certificate

    static func restrict(_ query: QueryBuilder<Certificate>, to scope: AccessScope, for actor: Actor) -> QueryBuilder<
        Certificate
    > {
        switch scope {
        case .any: query
        case .organization:
            actor.organizationID.map { query.filter(\.$issuerID == $0) } ?? query.filter(.sql(unsafeRaw: "1 = 0"))
        case .department: query.filter(.sql(unsafeRaw: "1 = 0"))
        case .own, .none:
            query.join(Talent.self, on: \Certificate.$talent.$id == \Talent.$id).filter(
                Talent.self, \.$user.$id == actor.userID)
        }
    }

    var owner: ResourceOwner { ResourceOwner(organizationID: issuerID) }
}

extension Voucher: ScopedResource {
    static let resourceKind = ResourceKind.voucher

    static func restrict(_ query: QueryBuilder<Voucher>, to scope: AccessScope, for actor: Actor) -> QueryBuilder<
        Voucher
    > {
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

    var owner: ResourceOwner { ResourceOwner(organizationID: providerID) }
}

extension CourseCompletion: ScopedResource {
    static let resourceKind = ResourceKind.courseCompletion

    static func restrict(
        _ query: QueryBuilder<CourseCompletion>, to scope: AccessScope,
        for actor: Actor
    ) -> QueryBuilder<CourseCompletion> {
        switch scope {
        case .any: query
        case .organization:
            actor.organizationID.map { query.filter(\.$providerID == $0) } ?? query.filter(.sql(unsafeRaw: "1 = 0"))
        case .department: query.filter(.sql(unsafeRaw: "1 = 0"))
        case .own, .none:
            query.join(Talent.self, on: \CourseCompletion.$talent.$id == \Talent.$id)
                .filter(Talent.self, \.$user.$id == actor.userID)
        }
    }

    var owner: ResourceOwner { ResourceOwner(organizationID: providerID) }
}
