import Courses
import Fluent
import Foundation

/// The course column's question of whom a provider trained (`ProviderRoster`).
package struct TrainingRoster: ProviderRoster {
    package init() {}

    package func trained(among talentIDs: [UUID], by providerID: UUID, on db: any Database) async throws -> Set<UUID> {
        Set(
            try await Enrollment.query(on: db).filter(\.$talent.$id ~~ talentIDs)
                .filter(\.$providerID == providerID).filter(\.$status != .withdrawn).all(\.$talent.$id))
    }
}
