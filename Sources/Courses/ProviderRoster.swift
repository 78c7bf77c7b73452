import Fluent
import Foundation

/// Whom a provider has trained or enrolled: a provider credits course hours only to them
/// (issue 14). Training answers (`TrainingRoster`); it sits above the course column, so
/// the column asks through this instead of importing it.
package protocol ProviderRoster: Sendable {
    /// Those of `talentIDs` with an enrolment at `providerID` that was not withdrawn.
    func trained(among talentIDs: [UUID], by providerID: UUID, on db: any Database) async throws -> Set<UUID>
}
