import Fluent
import Foundation
import SQLKit
import SiteKit

/// Decisions on erasure requests.
package enum ErasureStore {
    /// Decides request `id` if it is still pending, in one conditional update, and returns
    /// the profile it is about; nil when it was already decided (by a parallel request, say).
    package static func decide(_ id: UUID, approve: Bool, by actor: UUID, at now: Date, on db: any Database)
        async throws
        -> UUID?
    {
        guard let sql = db as? any SQLDatabase else { return nil }
        let status = approve ? ErasureRequest.Status.approved : .rejected
        return try await sql.raw(
            """
            UPDATE erasure_requests SET status = \(bind: status.rawValue), decided_at = \(bind: now), decided_by = \(bind: actor)
            WHERE id = \(bind: id) AND status = 'pending' RETURNING talent_id
            """
        ).first()?.decode(column: "talent_id", as: UUID.self)
    }
}
