import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import Vapor

/// The use cases of a declaration, each in the caller's write transaction and audited:
/// an employer opens one for a year, adds and removes lines while it is a draft (or
/// returned), and submits it; the catalogue's departments return one with a reason.
/// A step the state does not allow is a 409 naming the state.
package enum ShortageDeclarationStore {
    /// The employer's declaration for the year: this year or the next, once.
    package static func open(
        _ input: ShortageDeclarationInput, context: WriteContext, on db: any Database
    ) async throws -> ShortageDeclaration {
        guard let actor = context.actor, let organizationID = actor.organizationID else { throw WriteConflict() }
        var read = FieldReader()
        let year = read.integer(
            input.year, "year", .catalogueYear, in: context.today.year...(context.today.year + 1))
        guard read.errors.isEmpty, let year else { throw read.errors }
        if try await ShortageDeclaration.query(on: db).filter(\.$organization.$id == organizationID)
            .filter(\.$year == year).first() != nil
        {
            throw FieldErrors("year", .catalogueDeclarationExists, .taken)
        }
        let declaration = ShortageDeclaration(organizationID: organizationID, year: year, createdBy: actor.userID)
        try await declaration.create(on: db)
        try await context.record(
            AuditEntry(.shortageDeclare, entityID: declaration.id?.uuidString, changedFields: ["year"]), on: db)
        return declaration
    }

    /// A line added; the same occupation and chain twice is refused naming the occupation.
    package static func addLine(
        _ line: ShortageLineDraft, to declaration: ShortageDeclaration, context: WriteContext, on db: any Database
    ) async throws -> ShortageDeclarationLine {
        try await claimEditable(declaration, on: db)
        let declarationID = try declaration.requireID()
        if try await ShortageDeclarationLine.query(on: db).filter(\.$declaration.$id == declarationID)
            .filter(\.$occupationCode == line.occupationCode).filter(\.$chainCode == line.chainCode).first() != nil
        {
            throw FieldErrors("occupation", .catalogueLineExists, .taken)
        }
        let row = ShortageDeclarationLine(declarationID: declarationID, line)
        try await row.create(on: db)
        try await context.record(
            AuditEntry(.shortageLineAdd, entityID: declarationID.uuidString, changedFields: ["lines"]), on: db)
        return row
    }

    package static func removeLine(
        _ line: ShortageDeclarationLine, of declaration: ShortageDeclaration, context: WriteContext,
        on db: any Database
    ) async throws {
        try await claimEditable(declaration, on: db)
        try await line.delete(on: db)
        try await context.record(
            AuditEntry(.shortageLineRemove, entityID: declaration.id?.uuidString, changedFields: ["lines"]), on: db)
    }

    /// Sent as it stands, if it has a line. The state changes first, so a line added at
    /// the same moment either comes before and is sent, or finds it sent and is refused.
    package static func submit(_ declaration: ShortageDeclaration, context: WriteContext, on db: any Database)
        async throws
    {
        let id = try declaration.requireID()
        let moved = try await (db as! any SQLDatabase).raw(
            """
            UPDATE shortage_declarations SET state = 'submitted', return_reason = NULL,
                submitted_at = \(bind: context.now), updated_at = \(bind: context.now)
            WHERE id = \(bind: id) AND state <> 'submitted' RETURNING id
            """
        ).first()
        guard moved != nil else { throw WriteConflict.declaration(in: .submitted) }
        guard try await ShortageDeclarationLine.query(on: db).filter(\.$declaration.$id == id).count() > 0 else {
            throw FieldErrors("lines", .catalogueDeclarationEmpty, .required)
        }
        (declaration.state, declaration.returnReason, declaration.submittedAt) = (.submitted, nil, context.now)
        try await context.record(AuditEntry(.shortageSubmit, entityID: id.uuidString, changedFields: ["state"]), on: db)
    }

    /// Sent back to the employer with a reason, by the catalogue's departments.
    package static func returnToEmployer(
        _ declaration: ShortageDeclaration, _ input: ShortageReturnInput, policy: PolicyDocument,
        context: WriteContext, on db: any Database
    ) async throws {
        guard CatalogueOffice.includes(context.actor, policy: policy) else { throw Abort(.forbidden) }
        var read = FieldReader()
        let reason = read.text(input.reason, "reason", .catalogueReturnReason, max: 500, multiline: true)
        guard read.errors.isEmpty, let reason else { throw read.errors }
        let id = try declaration.requireID()
        let moved = try await (db as! any SQLDatabase).raw(
            """
            UPDATE shortage_declarations SET state = 'returned', return_reason = \(bind: reason),
                updated_at = \(bind: context.now)
            WHERE id = \(bind: id) AND state = 'submitted' RETURNING id
            """
        ).first()
        guard moved != nil else { throw WriteConflict.declaration(in: declaration.state) }
        (declaration.state, declaration.returnReason) = (.returned, reason)
        try await context.record(
            AuditEntry(.shortageReturn, entityID: id.uuidString, changedFields: ["state", "return_reason"]), on: db)
        try await MarketNotifications.declarationReturned(declaration, reason: reason, at: context.now, on: db)
    }

    /// Takes the declaration's row while the employer may change it: 409 once submitted.
    private static func claimEditable(_ declaration: ShortageDeclaration, on db: any Database) async throws {
        let claimed = try await (db as! any SQLDatabase).raw(
            """
            UPDATE shortage_declarations SET updated_at = updated_at
            WHERE id = \(bind: declaration.requireID()) AND state <> 'submitted' RETURNING id
            """
        ).first()
        guard claimed != nil else { throw WriteConflict.declaration(in: .submitted) }
    }
}

extension WriteConflict {
    /// A step the declaration's state does not allow: a 409 naming the state it is in.
    static func declaration(in state: ShortageDeclaration.State) -> WriteConflict {
        WriteConflict(Message { m in m(.catalogueDeclarationStateConflict(state: m.declarationState(state))) })
    }
}
