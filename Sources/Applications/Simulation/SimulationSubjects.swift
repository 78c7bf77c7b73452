import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain

/// Reads the pool for a policy simulation, a batch of talents at a time in id order, with
/// the facts the rules read (`RuleFacts`): three indexed range queries a batch, only the
/// columns the rules need, no models — so that a million talents stream through in
/// constant memory. Then the organisations, for the enterprise loans, the same way.
package struct SimulationSubjects: Sendable {
    let db: any SQLDatabase
    let today: CalendarDate
    /// Maps an open application's kind to the subsidy it claims (the active policy's).
    let policy: PolicyDocument
    let batchSize: Int
    /// The codes of the digital occupations (the individual loans ask for one).
    let digital: Set<String>

    package init(
        db: any SQLDatabase, today: CalendarDate, policy: PolicyDocument, digital: Set<String>, batchSize: Int = 2_000
    ) {
        (self.db, self.today, self.policy, self.digital, self.batchSize) = (db, today, policy, digital, batchSize)
    }

    /// A reader of the pool, with the digital occupations read once.
    package static func open(
        db: any SQLDatabase, today: CalendarDate, policy: PolicyDocument, batchSize: Int = 2_000
    ) async throws -> Self {
        let digital = try await db.raw("SELECT code FROM occupations WHERE is_digital = \(bind: true)").all()
            .map { try $0.decode(column: "code", as: String.self) }
        return Self(db: db, today: today, policy: policy, digital: Set(digital), batchSize: batchSize)
    }

    private static let columns = "id, name, district_code, field_work_since, title_level, skill_level"

    /// Talents and organisations the simulation judges: every profile not erased, every
    /// organisation.
    package func count() async throws -> Int {
        try await db.raw(
            "SELECT (SELECT COUNT(*) FROM talents WHERE status <> 'erased') + (SELECT COUNT(*) FROM organizations) AS n"
        ).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// The next batch of organisations after `after`, in id order; empty at the end.
    package func organisations(after: UUID?) async throws -> [PolicySimulation.Subject] {
        let columns = "id, name, kind, district_code, staff_count, revenue_fen, new_hire_key_group_percent"
        let rows = try await db.raw(
            after.map {
                "SELECT \(unsafeRaw: columns) FROM organizations WHERE id > \(bind: $0) ORDER BY id LIMIT \(unsafeRaw: String(batchSize))"
            } ?? "SELECT \(unsafeRaw: columns) FROM organizations ORDER BY id LIMIT \(unsafeRaw: String(batchSize))"
        ).all()
        return try rows.map { row in
            let company = LoanEligibility.Enterprise(
                staff: try row.decode(column: "staff_count", as: Int?.self),
                revenue: try row.decode(column: "revenue_fen", as: Int64?.self).map(Money.init(fen:)),
                newHireKeyGroupPercent: try row.decode(column: "new_hire_key_group_percent", as: Int?.self),
                isEnterprise: try row.decode(column: "kind", as: String.self) == "enterprise")
            return PolicySimulation.Subject(
                organisation: try row.decode(column: "id", as: UUID.self).uuidString,
                name: try row.decode(column: "name", as: String.self),
                district: try row.decode(column: "district_code", as: String.self),
                loans: .init(borrower: .enterprise(company)))
        }
    }

    /// The next batch of talents after `after` (nil: from the first), in id order; empty at the end.
    package func batch(after: UUID?) async throws -> [PolicySimulation.Subject] {
        let talents = try await db.raw(
            after.map {
                "SELECT \(unsafeRaw: Self.columns) FROM talents WHERE status <> 'erased' AND id > \(bind: $0) ORDER BY id LIMIT \(unsafeRaw: String(batchSize))"
            }
                ?? "SELECT \(unsafeRaw: Self.columns) FROM talents WHERE status <> 'erased' ORDER BY id LIMIT \(unsafeRaw: String(batchSize))"
        ).all()
        guard let first = try talents.first?.decode(column: "id", as: UUID.self),
            let last = try talents.last?.decode(column: "id", as: UUID.self)
        else { return [] }
        let facts = try await RuleFacts.load(from: first, to: last, policy: policy, borrowing: .loansHeld, on: db)
        // Occupations (the first by code groups the report) and key groups, in one read.
        var occupations: [UUID: String] = [:]
        var borrowers: [UUID: RuleFacts.Borrower] = [:]
        for row in try await db.raw(
            "SELECT talent_id, kind, code FROM talent_attributes WHERE kind IN ('occupation', 'key_group') AND talent_id >= \(bind: first) AND talent_id <= \(bind: last) ORDER BY code"
        ).all() {
            let id = try row.decode(column: "talent_id", as: UUID.self)
            let code = try row.decode(column: "code", as: String.self)
            if try row.decode(column: "kind", as: String.self) == "key_group" {
                borrowers[id, default: RuleFacts.Borrower()].keyGroups.append(code)
                continue
            }
            if occupations[id] == nil { occupations[id] = code }
            if digital.contains(code) { borrowers[id, default: RuleFacts.Borrower()].hasDigitalOccupation = true }
        }

        return try talents.map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            let held = facts.certificates[id] ?? []
            let years = try row.decode(column: "field_work_since", as: String?.self).flatMap(FieldWorkStart.init)?
                .fullYears(on: today)
            return PolicySimulation.Subject(
                id: id.uuidString, name: try row.decode(column: "name", as: String.self),
                district: try row.decode(column: "district_code", as: String.self), occupation: occupations[id],
                titles: .init(
                    certificates: held.map { .init(kind: $0.kind, level: $0.level, issuedOn: $0.issuedOn) },
                    yearsInField: years,
                    titleLevel: try row.decode(column: "title_level", as: String?.self).flatMap(TitleLevel.init),
                    skillLevel: try row.decode(column: "skill_level", as: String?.self).flatMap(SkillLevel.init)),
                subsidies: .init(
                    certificates: held, trainings: facts.trainings[id] ?? [],
                    claims: facts.claims(of: id, excluding: nil, countingOpen: true), insuredMonths: nil, today: today),
                loans: Self.individual(borrowers[id], held: facts.borrowers[id]?.held ?? [:]))
        }
    }

    /// A talent as an individual borrower: the occupations and key groups on the profile,
    /// the loans held.
    private static func individual(_ facts: RuleFacts.Borrower?, held: [String: Money]) -> PolicySimulation.Loans {
        let facts = facts ?? RuleFacts.Borrower()
        return PolicySimulation.Loans(
            borrower: .individual(.init(hasDigitalOccupation: facts.hasDigitalOccupation, keyGroups: facts.keyGroups)),
            held: held)
    }
}
