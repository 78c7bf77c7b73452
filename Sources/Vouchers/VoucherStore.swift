import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Training
import Vapor

/// Issuing vouchers in batches, spending one on an enrolment and giving it back on
/// withdrawal, and a provider's settlement list. Writes run in the caller's transaction.
package enum VoucherStore {
    package struct Batch {
        package var name: String
        package var keyGroup: String
        package var districtCode: String?
        package var occupationCode: String
        package var value: Money
        package var issuedOn: CalendarDate
        package var expiresOn: CalendarDate
        /// Only these talents (each must be in the key group); everyone in it when nil.
        package var talentIDs: [UUID]?
        package var maxCount: Int
    }

    package static let maxBatch = 10_000

    /// Issues one voucher to each active talent of the key group (and district) who holds
    /// no live voucher for the occupation yet, at most `maxCount`. Returns the batch and
    /// how many eligible talents were passed over because they already hold one. Named
    /// talents who are not active members of the key group refuse the whole batch.
    package static func issue(
        _ batch: Batch, by actorID: UUID, context: WriteContext, on db: any Database
    ) async throws -> (VoucherBatch, skipped: Int) {
        let (receivers, skipped) = try await receivers(of: batch, on: db)
        let row = VoucherBatch()
        row.name = batch.name
        row.keyGroup = batch.keyGroup
        row.districtCode = batch.districtCode
        row.occupationCode = batch.occupationCode
        row.valueFen = batch.value.fen
        row.issuedOn = batch.issuedOn.description
        row.expiresOn = batch.expiresOn.description
        row.issuedCount = receivers.count
        row.issuedBy = actorID
        try await row.create(on: db)
        let batchID = try row.requireID()
        let vouchers = receivers.map { talentID in
            let voucher = Voucher()
            voucher.$batch.id = batchID
            voucher.$talent.id = talentID
            voucher.keyGroup = batch.keyGroup
            voucher.occupationCode = batch.occupationCode
            voucher.valueFen = batch.value.fen
            voucher.issuedOn = batch.issuedOn.description
            voucher.expiresOn = batch.expiresOn.description
            voucher.status = .issued
            return voucher
        }
        for chunk in stride(from: 0, to: vouchers.count, by: 500) {
            try await Array(vouchers[chunk..<min(chunk + 500, vouchers.count)]).create(on: db)
        }
        try await context.record(
            AuditEntry(
                .voucherIssueBatch, entityID: batchID.uuidString,
                changedFields: ["key_group", "occupation_code", "value_fen", "expires_on", "issued_count"]), on: db)
        return (row, skipped)
    }

    /// Who would receive the batch and how many are passed over, without writing: what
    /// the officer confirms before issuing (issue 17: one click had issued 69 × ¥800).
    package static func preview(_ batch: Batch, on db: any Database) async throws -> (count: Int, skipped: Int) {
        let (receivers, skipped) = try await receivers(of: batch, on: db)
        return (receivers.count, skipped)
    }

    /// The batch's receivers, in id order, and how many eligible talents already hold a
    /// live voucher for the occupation. Named talents who are not active members of the
    /// key group refuse the whole batch.
    private static func receivers(of batch: Batch, on db: any Database) async throws -> (
        receivers: [UUID], skipped: Int
    ) {
        let members = TalentAttribute.query(on: db).filter(\.$kind == .keyGroup).filter(\.$code == batch.keyGroup)
            .join(Talent.self, on: \TalentAttribute.$talent.$id == \Talent.$id).filter(
                Talent.self, \.$status == "active")
        if let district = batch.districtCode { members.filter(Talent.self, \.$districtCode == district) }
        if let ids = batch.talentIDs { members.filter(\.$talent.$id ~~ ids) }
        let candidates = try await members.sort(\.$talent.$id).all().map(\.$talent.id)
        if let ids = batch.talentIDs, Set(candidates).count < Set(ids).count {
            throw FieldErrors(
                "talentIDs", .voucherTalentsNotEligible(count: String(Set(ids).count - Set(candidates).count)))
        }
        let holding = Set(
            try await Voucher.query(on: db).filter(\.$occupationCode == batch.occupationCode)
                .filter(\.$status == .issued).filter(\.$expiresOn >= batch.issuedOn.description)
                .filter(\.$talent.$id ~~ candidates).all().map(\.$talent.id))
        return (Array(candidates.filter { !holding.contains($0) }.prefix(batch.maxCount)), holding.count)
    }

    /// Spends `voucherID` on `enrollment`. The conditional UPDATE is the guarantee: of any
    /// number of requests spending one voucher at once, exactly one changes the row.
    /// Refusals name the reason, on the field `voucherID`.
    package static func spend(
        _ voucherID: UUID, talentID: UUID, on enrollment: Enrollment, program: Program, today: CalendarDate,
        now: Date, on db: any Database
    ) async throws {
        guard let voucher = try await Voucher.find(voucherID, on: db), let expires = CalendarDate(voucher.expiresOn)
        else {
            throw FieldErrors("voucherID", .voucherUnknown, .unknown)
        }
        let decision = VoucherRules.redeem(
            status: voucher.status, holderMatches: voucher.$talent.id == talentID,
            occupationCode: voucher.occupationCode,
            expiresOn: expires, programAcceptsVouchers: program.vouchersApply,
            programOccupation: program.occupationCode,
            today: today)
        if let problem = decision.reasons.first {
            throw FieldErrors("voucherID", .voucherProblem(problem), .notAllowed, measure: decision.measure)
        }
        let spent = try await (db as! any SQLDatabase).raw(
            """
            UPDATE vouchers SET status = 'redeemed', redeemed_at = \(bind: now), enrollment_id = \(bind: try enrollment.requireID()),
            program_id = \(bind: try program.requireID()), provider_id = \(bind: program.$provider.id)
            WHERE id = \(bind: voucherID) AND talent_id = \(bind: talentID) AND status = 'issued'
            AND expires_on >= \(bind: today.description) RETURNING id
            """
        ).all()
        // Another request spent it between the check and the update.
        guard !spent.isEmpty else {
            throw FieldErrors("voucherID", .voucherProblem(.alreadyUsed), .notAllowed, measure: decision.measure)
        }
    }

    /// A withdrawn enrolment gives its voucher back to the holder, to use again until it
    /// expires.
    package static func giveBack(from enrollmentID: UUID, on db: any Database) async throws {
        try await (db as! any SQLDatabase).raw(
            """
            UPDATE vouchers SET status = 'issued', redeemed_at = NULL, enrollment_id = NULL, program_id = NULL,
            provider_id = NULL WHERE enrollment_id = \(bind: enrollmentID) AND status = 'redeemed'
            """
        ).run()
    }

    /// Cancels (作废) one voucher that has not been used. A conditional UPDATE, as spending
    /// is: a voucher being spent at the same moment is either spent or cancelled, never
    /// both. Refused, naming `voucher`, when it is used or already cancelled.
    package static func cancel(
        _ voucher: Voucher, reason: String, by actorID: UUID, context: WriteContext, on db: any Database
    ) async throws {
        let now = context.now
        let id = try voucher.requireID()
        let changed = try await (db as! any SQLDatabase).raw(
            """
            UPDATE vouchers SET status = 'cancelled', cancelled_at = \(bind: now), cancel_reason = \(bind: reason), \
            cancelled_by = \(bind: actorID) WHERE id = \(bind: id) AND status = 'issued' RETURNING id
            """
        ).all()
        guard !changed.isEmpty else {
            let current = try await Voucher.find(id, on: db)?.status ?? voucher.status
            throw FieldErrors("voucher", current == .cancelled ? .voucherAlreadyCancelled : .voucherUsedCannotCancel)
        }
        (voucher.status, voucher.cancelledAt, voucher.cancelReason, voucher.cancelledBy) = (
            .cancelled, now, reason, actorID
        )
        try await context.record(
            AuditEntry(
                .voucherCancel, entityID: id.uuidString,
                changedFields: ["status", "cancel_reason"]), on: db)
    }

    /// Cancels every voucher of a batch that has not been used; the number cancelled.
    package static func cancelUnused(
        of batch: VoucherBatch, reason: String, by actorID: UUID, context: WriteContext, on db: any Database
    ) async throws -> Int {
        let now = context.now
        let id = try batch.requireID()
        let changed = try await (db as! any SQLDatabase).raw(
            """
            UPDATE vouchers SET status = 'cancelled', cancelled_at = \(bind: now), cancel_reason = \(bind: reason), \
            cancelled_by = \(bind: actorID) WHERE batch_id = \(bind: id) AND status = 'issued' RETURNING id
            """
        ).all()
        try await context.record(
            AuditEntry(
                .voucherBatchCancel, entityID: id.uuidString,
                changedFields: ["status", "cancel_reason"]), on: db)
        return changed.count
    }

    /// The talent's vouchers that could pay for `program` today.
    package static func usable(by talentID: UUID, for program: Program, today: CalendarDate, on db: any Database)
        async throws
        -> [Voucher]
    {
        guard program.vouchersApply, let occupation = program.occupationCode else { return [] }
        return try await Voucher.query(on: db).filter(\.$talent.$id == talentID).filter(\.$status == .issued)
            .filter(\.$occupationCode == occupation).filter(\.$expiresOn >= today.description).sort(\.$expiresOn).all()
    }
}
