import Foundation

/// What an import job is given: the import's record, and the request that started it
/// (for the audit trail). Each import keeps its file and options on its own record.
package struct ImportJobPayload: Codable, Sendable {
    package var importID: UUID
    package var requestID: String?

    package init(importID: UUID, requestID: String?) {
        (self.importID, self.requestID) = (importID, requestID)
    }
}
