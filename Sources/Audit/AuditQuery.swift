import Fluent
import SiteKit
import TalentDomain
import Vapor

/// The administrators' view of the audit trail: newest first, filtered by actor, action,
/// entity type and date range, paged by sequence number.
package struct AuditQuery: Sendable {
    package static let pageSize = 50

    package var actorID: UUID?
    /// An action as stored, e.g. `certificate.issue`.
    package var action: String?
    package var entityType: String?
    /// Inclusive, days in Zibo's time zone.
    package var from: CalendarDate?
    package var to: CalendarDate?
    /// Show events with a lower sequence than this (the next page).
    package var before: Int64?

    package init(
        actorID: UUID? = nil, action: String? = nil, entityType: String? = nil, from: CalendarDate? = nil,
        to: CalendarDate? = nil,
        before: Int64? = nil
    ) {
        self.actorID = actorID
        self.action = action
        self.entityType = entityType
        self.from = from
        self.to = to
        self.before = before
    }

    /// Reads `actor`, `action`, `entity`, `from`, `to`, `before`; a malformed value is a 400 naming it.
    package init(request: Request) throws {
        let m = request.messages
        func text(_ name: String) -> String? {
            request.query[String.self, at: name].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        }
        func invalid(_ name: String) -> Abort { Abort(.badRequest, reason: m(.errorInvalidParameter(name: name))) }
        if let raw = text("actor") {
            guard let id = UUID(uuidString: raw) else { throw invalid("actor") }
            actorID = id
        }
        action = text("action")
        entityType = text("entity")
        if let raw = text("from") {
            guard let date = CalendarDate(raw) else { throw invalid("from") }
            from = date
        }
        if let raw = text("to") {
            guard let date = CalendarDate(raw) else { throw invalid("to") }
            to = date
        }
        if let raw = text("before") {
            guard let value = Int64(raw), value > 0 else { throw invalid("before") }
            before = value
        }
    }

    package func run(_ query: QueryBuilder<AuditEvent>) async throws -> [AuditEvent] {
        var query = query
        if let actorID { query = query.filter(\.$actorID == actorID) }
        if let action { query = query.filter(\.$action == action) }
        if let entityType { query = query.filter(\.$entityType == entityType) }
        if let from { query = query.filter(\.$occurredAt >= ZiboTime.startOfDay(from)) }
        if let to { query = query.filter(\.$occurredAt < ZiboTime.startOfDay(to).addingTimeInterval(86400)) }
        if let before { query = query.filter(\.$sequence < before) }
        return try await query.sort(\.$sequence, .descending).limit(Self.pageSize).all()
    }
}
