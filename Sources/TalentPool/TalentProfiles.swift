import Accounts
import Fluent
import Foundation

/// Which profile belongs to an account, for the account page (`LinkedProfiles`).
package struct TalentProfiles: LinkedProfiles {
    package init() {}

    package func profileID(of userID: UUID, on db: any Database) async throws -> UUID? {
        try await Talent.query(on: db).filter(\.$user.$id == userID).first()?.id
    }
}
