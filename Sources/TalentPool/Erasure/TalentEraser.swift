import Accounts
import Fluent
import Foundation
import SQLKit
import SiteKit

/// Erases a talent's personal data irreversibly (PIPL art. 47), keeping what anonymous
/// statistics need: district, education level, gender, birth year, levels, occupations,
/// categories, key groups and employer, and the row itself, so every count by those
/// stays correct while nothing left identifies the person.
package enum TalentEraser {
    /// Whose data an erasure removed: the profile and the account it was linked to.
    package struct Erased: Sendable {
        package var talentID: UUID
        package var userID: UUID?
        /// The keys under which stored import reports name the person (`ImportReports`).
        package var reportSubjects: Set<String> = []
    }

    /// Erases the profile `talentID` and its account, reading both inside the caller's
    /// transaction (never from models loaded before it).
    package static func erase(_ talentID: UUID, context: WriteContext, on db: any Database) async throws -> Erased {
        guard let talent = try await Talent.find(talentID, on: db) else { return Erased(talentID: talentID) }
        // Reports of refused import rows that name the person go too.
        let subjects = Set(
            [ImportReports.profileKey(talentID)]
                + (talent.residentIDIndex.map { [ImportReports.residentKey(index: $0)] } ?? []))
        try await context.publish(TalentErased(talentID: talentID, reportSubjects: subjects, at: context.now), on: db)
        talent.name = ""
        // The year is enough for statistics by age; day and month help identify a person.
        talent.birthDate = String(talent.birthDate.prefix(4)) + "-07-01"
        (talent.residentIDCipher, talent.residentIDIndex, talent.residentIDMasked) = (nil, nil, nil)
        (talent.mobileCipher, talent.mobileMasked, talent.email) = (nil, nil, nil)
        (talent.school, talent.major, talent.graduationYear, talent.skills) = (nil, nil, nil, "")
        talent.fieldWorkSince = nil
        talent.status = "erased"
        let userID = talent.$user.id
        talent.$user.id = nil
        try await talent.save(on: db)
        if let sql = db as? any SQLDatabase {
            try await TalentSearchIndex.remove(key: talent.searchKey ?? 0, talentID: talentID, on: sql)
        }
        // The account goes too: it holds the person's email, mobile and name.
        // Saved as a model: that also empties the bearer-token cache (`BearerTokenCache`).
        if let userID, let user = try await User.find(userID, on: db) {
            (user.displayName, user.email, user.mobile) = ("", nil, nil)
            user.isActive = false
            user.passwordHash = "!"
            try await user.save(on: db)
            try await UserSession.query(on: db).filter(\.$user.$id == userID).delete()
            try await APIToken.query(on: db).filter(\.$user.$id == userID).delete()
        }
        return Erased(talentID: talentID, userID: userID, reportSubjects: subjects)
    }

    /// What of the person is still stored after `erased` committed: empty when the erasure
    /// is whole. Checked after every approval, so a failure is seen, not assumed away.
    package static func remains(_ erased: Erased, on db: any Database) async throws -> [String] {
        var left: [String] = []
        if let talent = try await Talent.find(erased.talentID, on: db) {
            if !talent.name.isEmpty || talent.residentIDCipher != nil || talent.residentIDIndex != nil
                || talent.mobileCipher != nil || talent.email != nil || !talent.skills.isEmpty || talent.school != nil
                || talent.major != nil || talent.fieldWorkSince != nil
            {
                left.append("profile")
            }
            if talent.$user.id != nil { left.append("link to the account") }
        }
        if !erased.reportSubjects.isEmpty,
            try await ImportReportSubject.query(on: db).filter(\.$subject ~~ Array(erased.reportSubjects)).count() > 0
        {
            left.append("import reports")
        }
        if let userID = erased.userID {
            if let user = try await User.find(userID, on: db),
                !user.displayName.isEmpty || user.email != nil || user.mobile != nil || user.isActive
                    || user.passwordHash != "!"
            {
                left.append("account")
            }
            if try await UserSession.query(on: db).filter(\.$user.$id == userID).count() > 0 { left.append("sessions") }
            if try await APIToken.query(on: db).filter(\.$user.$id == userID).count() > 0 { left.append("tokens") }
        }
        return left
    }

    /// SQLite keeps replaced pages in its write-ahead log until a checkpoint; erased
    /// values must not linger there (deleted content is already zeroed: SECURE_DELETE).
    package static func flush(_ db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
    }
}
