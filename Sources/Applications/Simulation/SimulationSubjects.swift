import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain

/// Reads the pool for a policy simulation, a batch of talents at a time in id order, with
/// the facts the rules read: six indexed range queries a batch, only the columns the rules
/// need, no models — so that a million talents stream through in constant memory.
package struct SimulationSubjects {
    let db: any SQLDatabase
    let today: CalendarDate
    /// Maps an open application's kind to the subsidy it claims (the active policy's).
    let policy: PolicyDocument
    let batchSize: Int

    package init(db: any SQLDatabase, today: CalendarDate, policy: PolicyDocument, batchSize: Int = 2_000) {
        (self.db, self.today, self.policy, self.batchSize) = (db, today, policy, batchSize)
    }

    /// Talents the simulation judges: every profile not erased.
    package func count() async throws -> Int {
        try await db.raw("SELECT COUNT(*) AS n FROM talents WHERE status <> 'erased'").first()?
            .decode(column: "n", as: Int.self) ?? 0
    }

    /// The next batch of talents after `after` (nil: from the first), in id order; empty at the end.
    package func batch(after: UUID?) async throws -> [PolicySimulation.Subject] {
        let talents = try await db.raw(
            after.map {
                "SELECT id, name, district_code, field_work_since FROM talents WHERE status <> 'erased' AND id > \(bind: $0) ORDER BY id LIMIT \(unsafeRaw: String(batchSize))"
            }
                ?? "SELECT id, name, district_code, field_work_since FROM talents WHERE status <> 'erased' ORDER BY id LIMIT \(unsafeRaw: String(batchSize))"
        ).all()
        guard let first = try talents.first?.decode(column: "id", as: UUID.self),
            let last = try talents.last?.decode(column: "id", as: UUID.self)
        else { return [] }
        // Every fact of the batch's talents lies in [first, last]: one range scan a table.
        let range: SQLQueryString = "talent_id >= \(bind: first) AND talent_id <= \(bind: last)"

        var certificates: [UUID: [SubsidyEligibility.Certificate]] = [:]
        for row in try await db.raw(
            "SELECT id, talent_id, kind, level, occupation_code, issued_on, enrollment_id FROM certificates WHERE revoked_at IS NULL AND \(range)"
        ).all() {
            guard let kind = CertificateKind(rawValue: try row.decode(column: "kind", as: String.self)),
                let issued = CalendarDate(try row.decode(column: "issued_on", as: String.self))
            else { continue }
            let level = try row.decode(column: "level", as: String?.self)
            certificates[try row.decode(column: "talent_id", as: UUID.self), default: []].append(
                SubsidyEligibility.Certificate(
                    id: try row.decode(column: "id", as: UUID.self).uuidString, kind: kind,
                    level: CertificateLevel(kind: kind, code: level),
                    occupationCode: try row.decode(column: "occupation_code", as: String?.self), issuedOn: issued,
                    enrollmentID: try row.decode(column: "enrollment_id", as: UUID?.self)?.uuidString))
        }

        var trainings: [UUID: [SubsidyEligibility.Training]] = [:]
        for row in try await db.raw(
            """
            SELECT e.id, e.talent_id, e.completed_on, p.occupation_code, p.subsidies_apply
            FROM enrollments e JOIN programs p ON p.id = e.program_id
            WHERE e.status = 'completed' AND e.\(range)
            """
        ).all() {
            guard let completed = try row.decode(column: "completed_on", as: String?.self).flatMap(CalendarDate.init)
            else { continue }
            trainings[try row.decode(column: "talent_id", as: UUID.self), default: []].append(
                SubsidyEligibility.Training(
                    enrollmentID: try row.decode(column: "id", as: UUID.self).uuidString,
                    occupationCode: try row.decode(column: "occupation_code", as: String?.self),
                    subsidised: try row.decode(column: "subsidies_apply", as: Bool.self), completedOn: completed))
        }

        // Claims: the ledger, and the applications still being decided (as eligibility counts them).
        var claims: [UUID: [SubsidyEligibility.Claim]] = [:]
        for row in try await db.raw(
            "SELECT talent_id, subsidy, basis_id, occupation_code, level_code, enrollment_id, granted_on FROM subsidy_ledger WHERE \(range)"
        ).all() {
            guard let kind = Subsidy.Kind(rawValue: try row.decode(column: "subsidy", as: String.self)),
                let day = CalendarDate(try row.decode(column: "granted_on", as: String.self))
            else { continue }
            claims[try row.decode(column: "talent_id", as: UUID.self), default: []].append(
                try Self.claim(row, kind: kind, on: day))
        }
        for row in try await db.raw(
            "SELECT talent_id, kind, basis_id, occupation_code, level_code, enrollment_id, submitted_at FROM applications WHERE state IN ('submitted', 'returned') AND basis_id IS NOT NULL AND \(range)"
        ).all() {
            guard let kind = policy.applicationKind(try row.decode(column: "kind", as: String.self))?.subsidy,
                let submitted = try row.decode(column: "submitted_at", as: Date?.self)
            else { continue }
            claims[try row.decode(column: "talent_id", as: UUID.self), default: []].append(
                try Self.claim(row, kind: kind, on: ZiboTime.today(submitted)))
        }

        var occupations: [UUID: String] = [:]
        for row in try await db.raw(
            "SELECT talent_id, code FROM talent_attributes WHERE kind = 'occupation' AND \(range) ORDER BY code"
        ).all() {
            let id = try row.decode(column: "talent_id", as: UUID.self)
            if occupations[id] == nil { occupations[id] = try row.decode(column: "code", as: String.self) }
        }

        return try talents.map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            let held = certificates[id] ?? []
            let years = try row.decode(column: "field_work_since", as: String?.self).flatMap(FieldWorkStart.init)?
                .fullYears(on: today)
            return PolicySimulation.Subject(
                id: id.uuidString, maskedName: MaskedName.of(try row.decode(column: "name", as: String.self)),
                district: try row.decode(column: "district_code", as: String.self), occupation: occupations[id],
                titles: .init(
                    certificates: held.map { .init(kind: $0.kind, level: $0.level, issuedOn: $0.issuedOn) },
                    yearsInField: years),
                subsidies: .init(
                    certificates: held, trainings: trainings[id] ?? [], claims: claims[id] ?? [], insuredMonths: nil,
                    today: today))
        }
    }

    private static func claim(_ row: any SQLRow, kind: Subsidy.Kind, on day: CalendarDate) throws
        -> SubsidyEligibility.Claim
    {
        SubsidyEligibility.Claim(
            kind: kind, basisID: try row.decode(column: "basis_id", as: String.self),
            occupationCode: try row.decode(column: "occupation_code", as: String?.self),
            levelCode: try row.decode(column: "level_code", as: String?.self),
            enrollmentID: try row.decode(column: "enrollment_id", as: String?.self), claimedOn: day)
    }
}
