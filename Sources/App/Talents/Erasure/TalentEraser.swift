import Fluent
import Foundation
import SQLKit

/// Erases a talent's personal data irreversibly (PIPL art. 47), keeping what anonymous
/// statistics need: district, education level, gender, birth year, levels, occupations,
/// categories, key groups and employer, and the row itself, so every count by those
/// stays correct while nothing left identifies the person.
enum TalentEraser {
    static func erase(_ talent: Talent, on db: any Database) async throws {
        let id = try talent.requireID()
        talent.name = ""
        // The year is enough for statistics by age; day and month help identify a person.
        talent.birthDate = String(talent.birthDate.prefix(4)) + "-07-01"
        (talent.residentIDCipher, talent.residentIDIndex, talent.residentIDMasked) = (nil, nil, nil)
        (talent.mobileCipher, talent.mobileMasked, talent.email) = (nil, nil, nil)
        (talent.school, talent.major, talent.graduationYear, talent.skills) = (nil, nil, nil, "")
        talent.status = "erased"
        let userID = talent.$user.id
        talent.$user.id = nil
        try await talent.save(on: db)
        if let sql = db as? any SQLDatabase {
            try await TalentSearchIndex.remove(key: talent.searchKey ?? 0, talentID: id, on: sql)
        }
        // The account goes too: it holds the person's email, mobile and name.
        if let userID, let user = try await User.find(userID, on: db) {
            (user.displayName, user.email, user.mobile) = ("", nil, nil)
            user.isActive = false
            user.passwordHash = "!"
            try await user.save(on: db)
            try await UserSession.query(on: db).filter(\.$user.$id == userID).delete()
            try await APIToken.query(on: db).filter(\.$user.$id == userID).delete()
        }
    }

    /// SQLite keeps replaced pages in its write-ahead log until a checkpoint; erased
    /// values must not linger there (deleted content is already zeroed: SECURE_DELETE).
    static func flush(_ db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
    }
}
