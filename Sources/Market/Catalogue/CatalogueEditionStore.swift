import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import Vapor

/// An edition of the urgent-need catalogue became public: the M3 target counts the
/// year's catalogue (`rootID`, the same for every correction of the year).
package struct CatalogueEditionPublished: DomainEvent {
    package var edition: CatalogueEdition
}

/// The use cases of an edition, by the catalogue's departments, each in the caller's
/// transaction and audited: compile the year's submitted declarations into the year's
/// draft (made or made again), publish the draft — superseding the year's published
/// edition if there is one — or discard it. A published edition is never changed.
package enum CatalogueEditionStore {
    package static func compile(
        year text: String?, policy: PolicyDocument, context: WriteContext, on db: any Database
    ) async throws -> CatalogueEdition {
        guard let actor = context.actor, CatalogueOffice.includes(actor, policy: policy) else {
            throw Abort(.forbidden)
        }
        var read = FieldReader()
        let year = read.integer(text, "year", .catalogueYear, in: 2025...(context.today.year + 1))
        guard read.errors.isEmpty, let year else { throw read.errors }
        let declarations = try await ShortageDeclaration.query(on: db).filter(\.$year == year)
            .filter(\.$state == .submitted).with(\.$lines).all()
        let lines = declarations.flatMap { declaration in
            declaration.lines.map { $0.catalogueLine(employer: declaration.$organization.id) }
        }
        guard !lines.isEmpty else { throw FieldErrors("year", .catalogueNothingToCompile, .notAllowed) }
        let edition: CatalogueEdition
        if let draft = try await CatalogueEdition.query(on: db).filter(\.$year == year).filter(\.$state == .draft)
            .first()
        {
            edition = draft
            // Its row is taken while it is still a draft, so one published at the same
            // moment keeps its entries (a published edition never changes).
            try await claimDraft(draft, on: db)
            try await CatalogueEntry.query(on: db).filter(\.$edition.$id == draft.requireID()).delete()
            (edition.compiledAt, edition.compiledBy) = (context.now, actor.userID)
        } else {
            let last = try await CatalogueEdition.query(on: db).filter(\.$year == year).max(\.$number) ?? 0
            edition = CatalogueEdition(year: year, number: last + 1, compiledAt: context.now, compiledBy: actor.userID)
        }
        edition.declarationCount = declarations.count
        try await edition.save(on: db)
        let editionID = try edition.requireID()
        let entries = CatalogueCompilation.entries(lines).enumerated().map {
            CatalogueEntry(editionID: editionID, position: $0.offset, $0.element)
        }
        try await entries.create(on: db)
        try await context.record(
            AuditEntry(.catalogueCompile, entityID: editionID.uuidString, changedFields: ["entries"]), on: db)
        return edition
    }

    /// The draft made public. A correction (the year already has a published edition)
    /// supersedes it and must say what it corrects.
    package static func publish(
        _ edition: CatalogueEdition, note text: String?, policy: PolicyDocument, context: WriteContext,
        on db: any Database
    ) async throws {
        guard let actor = context.actor, CatalogueOffice.includes(actor, policy: policy) else {
            throw Abort(.forbidden)
        }
        let id = try edition.requireID()
        guard edition.state == .draft else { throw WriteConflict(.catalogueEditionPublished) }
        let current = try await CatalogueQuery.current(year: edition.year, on: db)
        var read = FieldReader()
        let note = read.text(
            text, "note", .catalogueCorrectionNote, required: current != nil, max: 500, multiline: true)
        guard read.errors.isEmpty else { throw read.errors }
        let moved = try await (db as! any SQLDatabase).raw(
            """
            UPDATE catalogue_editions SET state = 'published', published_at = \(bind: context.now),
                published_by = \(bind: actor.userID), note = \(bind: note),
                supersedes_id = \(bind: current?.id), root_id = \(bind: current?.rootID ?? id)
            WHERE id = \(bind: id) AND state = 'draft' RETURNING id
            """
        ).first()
        guard moved != nil else { throw WriteConflict(.catalogueEditionPublished) }
        (edition.state, edition.publishedAt, edition.publishedBy) = (.published, context.now, actor.userID)
        (edition.note, edition.supersedesID, edition.rootID) = (note, current?.id, current?.rootID ?? id)
        try await context.record(
            AuditEntry(.cataloguePublish, entityID: id.uuidString, changedFields: ["state"]), on: db)
        try await context.publish(CatalogueEditionPublished(edition: edition), on: db)
    }

    /// A draft thrown away with its entries; a published edition stays for good.
    package static func discard(
        _ edition: CatalogueEdition, policy: PolicyDocument, context: WriteContext, on db: any Database
    ) async throws {
        guard CatalogueOffice.includes(context.actor, policy: policy) else { throw Abort(.forbidden) }
        let id = try edition.requireID()
        try await claimDraft(edition, on: db)
        try await CatalogueEntry.query(on: db).filter(\.$edition.$id == id).delete()
        try await edition.delete(on: db)
        try await context.record(AuditEntry(.catalogueDiscard, entityID: id.uuidString), on: db)
    }

    /// Takes the edition's row while it is a draft (PostgreSQL holds it to the end of the
    /// transaction, SQLite's write lock is already held): 409 once it is published.
    private static func claimDraft(_ edition: CatalogueEdition, on db: any Database) async throws {
        let claimed = try await (db as! any SQLDatabase).raw(
            """
            UPDATE catalogue_editions SET compiled_at = compiled_at
            WHERE id = \(bind: edition.requireID()) AND state = 'draft' RETURNING id
            """
        ).first()
        guard claimed != nil else { throw WriteConflict(.catalogueEditionPublished) }
    }
}
