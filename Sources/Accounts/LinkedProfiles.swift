import Fluent
import Foundation

/// The talent profile linked to an account, for the account page's link to it. The
/// talent pool answers (`TalentProfiles`): it sits above accounts, so accounts ask
/// through this instead of importing it.
package protocol LinkedProfiles: Sendable {
    func profileID(of userID: UUID, on db: any Database) async throws -> UUID?
}
