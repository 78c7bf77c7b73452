import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool

/// The reads behind the training pages and API, kept apart from the routes.
package enum ProgramQuery {
    /// Statuses the public catalogue shows: every program past its draft and not archived.
    package static let published: [ProgramStatus] = [.open, .running, .finished]

    package struct Filter {
        package var kind: ProgramKind?
        package var year: Int?
        package var openOnly = false
    }

    /// The public catalogue, open programs first, then by start date.
    package static func catalogue(_ filter: Filter, on db: any Database, limit: Int = 200) async throws -> [Program] {
        let query = Program.query(on: db).with(\.$provider)
            .filter(\.$status ~~ (filter.openOnly ? [.open] : published))
        if let kind = filter.kind { query.filter(\.$kind == kind) }
        if let year = filter.year { query.filter(\.$year == year) }
        let rows = try await query.sort(\.$startsOn, .descending).limit(limit).all()
        return rows.sorted { ($0.status == .open ? 0 : 1, $1.startsOn) < ($1.status == .open ? 0 : 1, $0.startsOn) }
    }

    /// Cohorts of a program, each with its sessions in date order.
    package static func cohorts(of programID: UUID, on db: any Database) async throws -> [(
        cohort: Cohort, sessions: [CohortSession]
    )] {
        let cohorts = try await Cohort.query(on: db).filter(\.$program.$id == programID).sort(\.$startsOn).sort(\.$name)
            .all()
        let ids = try cohorts.map { try $0.requireID() }
        let sessions =
            ids.isEmpty
            ? []
            : try await CohortSession.query(on: db).filter(\.$cohort.$id ~~ ids)
                .sort(\.$date).all()
        return cohorts.map { cohort in (cohort, sessions.filter { $0.$cohort.id == cohort.id }) }
    }

    /// The enrolments of the talent linked to `userID` in `programID`'s cohorts, by cohort.
    package static func ownEnrollments(userID: UUID, programID: UUID, on db: any Database) async throws -> [UUID:
        Enrollment]
    {
        let rows = try await Enrollment.query(on: db).join(Talent.self, on: \Enrollment.$talent.$id == \Talent.$id)
            .filter(Talent.self, \.$user.$id == userID).filter(\.$program.$id == programID).all()
        return Dictionary(rows.map { ($0.$cohort.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// How many waiting and withdrawn enrolments the roster lists. Seats are bounded by the
    /// capacity, but a waiting list can be as long as the file that filled it, and the
    /// page — and the `IN` lists of its ids that follow — must stay bounded.
    package static let rosterListLimit = 500

    /// A cohort's enrolments with their talents: every seat, then the first of the waiting
    /// list in order, then the first withdrawn.
    package static func roster(of cohortID: UUID, on db: any Database) async throws -> [Enrollment] {
        var rows: [Enrollment] = []
        for (statuses, limit) in [
            ([EnrollmentStatus.enrolled, .completed, .notCompleted], nil),
            ([.waitlisted], rosterListLimit), ([.withdrawn], rosterListLimit),
        ] {
            let query = Enrollment.query(on: db).with(\.$talent).filter(\.$cohort.$id == cohortID)
                .filter(\.$status ~~ statuses).sort(\.$appliedAt).sort(\.$id)
            rows += try await (limit.map { query.limit($0) } ?? query).all()
        }
        return rows
    }

    /// How many enrolments of a cohort have each status.
    package static func counts(of cohortID: UUID, on db: any Database) async throws -> [EnrollmentStatus: Int] {
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT status, COUNT(*) AS n FROM enrollments WHERE cohort_id = \(bind: cohortID) GROUP BY status
            """
        ).all()
        var counts: [EnrollmentStatus: Int] = [:]
        for row in rows {
            if let status = EnrollmentStatus(rawValue: try row.decode(column: "status", as: String.self)) {
                counts[status] = try row.decode(column: "n", as: Int.self)
            }
        }
        return counts
    }

    /// Minutes attended, by enrolment and session.
    package static func attendance(of enrollmentIDs: [UUID], on db: any Database) async throws -> [UUID: [UUID: Int]] {
        guard !enrollmentIDs.isEmpty else { return [:] }
        var table: [UUID: [UUID: Int]] = [:]
        for row in try await Attendance.query(on: db).filter(\.$enrollment.$id ~~ enrollmentIDs).all() {
            table[row.$enrollment.id, default: [:]][row.$session.id] = row.minutes
        }
        return table
    }
}
