import Foundation
import Vapor

/// An audit event as the API and a person's data export show it.
package struct AuditEventDTO: Content {
    package var sequence: Int64
    package var occurredAt: Date
    package var actorID: UUID?
    package var actorRole: String?
    package var action: String
    package var entityType: String
    package var entityID: String?
    package var changedFields: [String]
    package var requestID: String?
    package var previousHash: String
    package var hash: String

    package init(_ event: AuditEvent) {
        let record = event.record
        sequence = record.sequence
        occurredAt = record.occurredAt
        actorID = record.actorID
        actorRole = record.actorRole
        action = record.action
        entityType = record.entityType
        entityID = record.entityID
        changedFields = record.changedFields
        requestID = record.requestID
        previousHash = record.previousHash
        hash = record.hash
    }
}
