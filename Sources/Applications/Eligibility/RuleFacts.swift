import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain

/// The facts the rules read of the talents whose ids lie in `[first, last]` — valid
/// certificates, completed training with its program, subsidies granted, applications
/// being decided — in one query (a UNION ALL of four indexed range scans), only the
/// columns the rules need, no models. One talent's eligibility asks for the range
/// `[id, id]`; the policy simulation for a batch. Each query is a round trip through the
/// database's thread and back, which costs more than the scan itself: one instead of five.
package struct RuleFacts: Sendable {
    package var certificates: [UUID: [SubsidyEligibility.Certificate]] = [:]
    package var trainings: [UUID: [SubsidyEligibility.Training]] = [:]
    package var claims: [UUID: [Claim]] = [:]
    /// M4, when asked for (`borrowing`): what the loan rules read of a borrower — whether
    /// the profile names a digital occupation, its key groups, the loans it holds by product.
    package var borrowers: [UUID: Borrower] = [:]

    package struct Borrower: Sendable {
        package var hasDigitalOccupation = false
        package var keyGroups: [String] = []
        package var held: [String: Money] = [:]
    }

    /// A subsidy claimed: granted (the ledger) or asked for in an application still being
    /// decided; `applicationID` is the application behind it either way.
    package struct Claim: Sendable {
        package var claim: SubsidyEligibility.Claim
        package var applicationID: UUID?
        package var open: Bool
    }

    /// The subsidy claims of `talent` as the rules count them: without those of
    /// `excluding`, and without the open ones unless `countingOpen`.
    package func claims(of talent: UUID, excluding: UUID?, countingOpen: Bool) -> [SubsidyEligibility.Claim] {
        (claims[talent] ?? []).filter {
            ($0.applicationID == nil || $0.applicationID != excluding) && (countingOpen || !$0.open)
        }
        .map(\.claim)
    }

    /// Which of the loan rules' facts to read besides.
    package enum Borrowing: Sendable {
        case none
        /// The loans held only: the simulation reads the attributes with the occupations
        /// it groups by.
        case loansHeld
        /// The loans held, the key groups and whether an occupation is digital.
        case all
    }

    /// The one statement `load` runs. (The branch with the timestamp comes first:
    /// PostgreSQL types a UNION's NULLs from the branches before.)
    ///
    /// The conditions on a row's kind or state are written as `CASE … = 1`, which no index
    /// answers, so the talent range leads every branch: with `kind = … OR kind = …` SQLite
    /// read every key group and occupation of a million profiles through the index on kind
    /// to find one profile's (350–500 ms a profile page), and applications went by state.
    package static func statement(from first: UUID, to last: UUID, borrowing: Borrowing) -> SQLQueryString {
        let attributes: SQLQueryString =
            borrowing == .all
            ? """
            UNION ALL
            SELECT 'attribute', a.talent_id, a.code, a.kind, NULL, NULL, NULL, NULL, NULL, 1, NULL
            FROM talent_attributes a LEFT JOIN occupations o ON a.kind = 'occupation' AND o.code = a.code
            WHERE a.talent_id >= \(bind: first) AND a.talent_id <= \(bind: last)
                AND CASE a.kind WHEN 'key_group' THEN 1 WHEN 'occupation' THEN
                    CASE WHEN o.is_digital = \(bind: true) THEN 1 ELSE 0 END ELSE 0 END = 1
            """ : ""
        let loans: SQLQueryString =
            borrowing == .none
            ? ""
            : """
            UNION ALL
            SELECT 'loan', talent_id, product_id, NULL, NULL, NULL, NULL, NULL, NULL, amount_fen, NULL
            FROM loan_ledger WHERE talent_id >= \(bind: first) AND talent_id <= \(bind: last) AND repaid_on IS NULL
            """
        return """
            SELECT 'open' AS source, talent_id, CAST(id AS TEXT) AS id, kind, level_code AS level, occupation_code,
                NULL AS day, enrollment_id, basis_id, 0 AS flag, submitted_at
            FROM applications WHERE talent_id >= \(bind: first) AND talent_id <= \(bind: last)
                AND CASE WHEN state IN ('submitted', 'returned') THEN 1 ELSE 0 END = 1 AND basis_id IS NOT NULL
            UNION ALL
            SELECT 'certificate', talent_id, CAST(id AS TEXT), kind, level, occupation_code, issued_on,
                CAST(enrollment_id AS TEXT), NULL, 0, NULL
            FROM certificates WHERE talent_id >= \(bind: first) AND talent_id <= \(bind: last) AND revoked_at IS NULL
            UNION ALL
            SELECT 'training', e.talent_id, CAST(e.id AS TEXT), NULL, NULL, p.occupation_code, e.completed_on, NULL,
                NULL, CASE WHEN p.subsidies_apply THEN 1 ELSE 0 END, NULL
            FROM enrollments e JOIN programs p ON p.id = e.program_id
            WHERE e.talent_id >= \(bind: first) AND e.talent_id <= \(bind: last) AND e.status = 'completed'
            UNION ALL
            SELECT 'granted', talent_id, CAST(application_id AS TEXT), subsidy, level_code, occupation_code, granted_on,
                enrollment_id, basis_id, 0, NULL
            FROM subsidy_ledger WHERE talent_id >= \(bind: first) AND talent_id <= \(bind: last)
            \(attributes) \(loans)
            """
    }

    /// `policy` maps an open application's kind to the subsidy it claims.
    package static func load(
        from first: UUID, to last: UUID, policy: PolicyDocument, borrowing: Borrowing = .none, on db: any SQLDatabase
    ) async throws -> RuleFacts {
        let rows = try await db.raw(statement(from: first, to: last, borrowing: borrowing)).all()
        var facts = RuleFacts()
        for row in rows {
            let talent = try row.decode(column: "talent_id", as: UUID.self)
            let id = try row.decode(column: "id", as: String.self)
            let kind = try row.decode(column: "kind", as: String?.self)
            let source = try row.decode(column: "source", as: String.self)
            // The borrowing rows need no more columns: the simulation reads one or more a
            // talent, and each column decoded costs.
            switch source {
            case "attribute":
                // Only key groups and digital occupations are read.
                if kind == "key_group" {
                    facts.borrowers[talent, default: Borrower()].keyGroups.append(id)
                } else {
                    facts.borrowers[talent, default: Borrower()].hasDigitalOccupation = true
                }
                continue
            case "loan":
                let amount = try row.decode(column: "flag", as: Int64.self)
                let held = facts.borrowers[talent]?.held[id]?.fen ?? 0
                facts.borrowers[talent, default: Borrower()].held[id] = Money(fen: held + amount)
                continue
            default:
                break
            }
            let level = try row.decode(column: "level", as: String?.self)
            let occupation = try row.decode(column: "occupation_code", as: String?.self)
            let day = try row.decode(column: "day", as: String?.self).flatMap(CalendarDate.init)
            let enrollment = try row.decode(column: "enrollment_id", as: String?.self)
            let basis = try row.decode(column: "basis_id", as: String?.self)
            switch source {
            case "certificate":
                guard let kind = kind.flatMap(CertificateKind.init(rawValue:)), let day else { continue }
                facts.certificates[talent, default: []].append(
                    SubsidyEligibility.Certificate(
                        id: Self.canonical(id), kind: kind, level: CertificateLevel(kind: kind, code: level),
                        occupationCode: occupation, issuedOn: day, enrollmentID: enrollment.map(Self.canonical)))
            case "training":
                guard let day else { continue }
                facts.trainings[talent, default: []].append(
                    SubsidyEligibility.Training(
                        enrollmentID: Self.canonical(id), occupationCode: occupation,
                        subsidised: try row.decode(column: "flag", as: Int.self) == 1, completedOn: day))
            case "granted":
                guard let subsidy = kind.flatMap(Subsidy.Kind.init(rawValue:)), let day, let basis else { continue }
                facts.claims[talent, default: []].append(
                    Claim(
                        claim: SubsidyEligibility.Claim(
                            kind: subsidy, basisID: basis, occupationCode: occupation, levelCode: level,
                            enrollmentID: enrollment, claimedOn: day),
                        applicationID: UUID(uuidString: id), open: false))
            default:
                // Being decided: claimed on the day it was (last) submitted.
                guard let subsidy = kind.flatMap({ policy.applicationKind($0)?.subsidy }), let basis,
                    let submitted = try row.decode(column: "submitted_at", as: Date?.self)
                else { continue }
                facts.claims[talent, default: []].append(
                    Claim(
                        claim: SubsidyEligibility.Claim(
                            kind: subsidy, basisID: basis, occupationCode: occupation, levelCode: level,
                            enrollmentID: enrollment, claimedOn: ZiboTime.today(submitted)),
                        applicationID: UUID(uuidString: id), open: true))
            }
        }
        return facts
    }

    /// A UUID as Swift writes it (upper case), whichever engine wrote the text.
    private static func canonical(_ text: String) -> String { UUID(uuidString: text)?.uuidString ?? text }
}
