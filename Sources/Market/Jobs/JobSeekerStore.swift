import Certificates
import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// A talent's consent to be found by employers (M3 job zone) and the cards matching
/// reads. Turning it on writes the cards; turning it off deletes consent and cards in the
/// same transaction, so the next match no longer sees them.
package enum JobSeekerStore {
    /// Whether the talent has opted in.
    package static func isFindable(_ talentID: UUID, on db: any Database) async throws -> Bool {
        try await JobSeeker.query(on: db).filter(\.$talent.$id == talentID).first() != nil
    }

    /// Sets the consent; recording only a change.
    package static func setFindable(
        _ findable: Bool, talent: Talent, context: WriteContext, on db: any Database
    ) async throws {
        let id = try talent.requireID()
        let current = try await JobSeeker.query(on: db).filter(\.$talent.$id == id).first()
        switch (findable, current) {
        case (true, nil):
            try await JobSeeker(talentID: id, at: context.now).create(on: db)
            try await JobSeekerCards.refresh(id, on: db)
            try await context.record(
                AuditEntry(.jobSeekerOptIn, entityID: id.uuidString, changedFields: ["findable"]), on: db)
        case (false, let row?):
            try await row.delete(on: db)
            try await JobSeekerCards.refresh(id, on: db)
            try await context.record(
                AuditEntry(.jobSeekerOptOut, entityID: id.uuidString, changedFields: ["findable"]), on: db)
        default:
            return
        }
    }

    /// The person is erased: their consent and cards go with their data.
    package static func forget(_ talentID: UUID, on db: any Database) async throws {
        try await JobSeekerCard.query(on: db).filter(\.$talent.$id == talentID).delete()
        try await JobSeeker.query(on: db).filter(\.$talent.$id == talentID).delete()
    }
}

/// The matching cards of opted-in talents, rewritten whole for one talent whenever what
/// they hold changes: consent, the profile (`TalentProfileChanged`), a certificate issued
/// or revoked.
package enum JobSeekerCards {
    package static func refresh(_ talentID: UUID, on db: any Database) async throws {
        try await JobSeekerCard.query(on: db).filter(\.$talent.$id == talentID).delete()
        guard try await JobSeekerStore.isFindable(talentID, on: db),
            let talent = try await Talent.find(talentID, on: db), talent.status != "erased"
        else { return }
        let occupations = try await TalentAttribute.query(on: db).filter(\.$talent.$id == talentID)
            .filter(\.$kind == .occupation).all(\.$code)
        let certified = try await Certificate.query(on: db).filter(\.$talent.$id == talentID)
            .filter(\.$revokedAt == nil).all(\.$occupationCode).compactMap { $0 }
        let all = occupations.joined(separator: "\n")
        for code in occupations {
            let card = JobSeekerCard()
            card.occupationCode = code
            card.$talent.id = talentID
            card.occupations = all
            card.districtCode = talent.districtCode
            card.education = talent.educationLevel
            card.fieldWorkSince = talent.fieldWorkSince
            card.skills = talent.skills
            card.certified = Array(Set(certified)).sorted().joined(separator: "\n")
            card.skillLevel = talent.skillLevel
            card.titleLevel = talent.titleLevel
            try await card.create(on: db)
        }
    }
}
