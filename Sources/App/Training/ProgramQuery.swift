import Fluent
import Foundation
import TalentDomain

/// The reads behind the training pages and API, kept apart from the routes.
enum ProgramQuery {
    /// Statuses the public catalogue shows: every program past its draft and not archived.
    static let published: [ProgramStatus] = [.open, .running, .finished]

    struct Filter {
        var kind: ProgramKind?
        var year: Int?
        var openOnly = false
    }

    /// The public catalogue, open programs first, then by start date.
    static func catalogue(_ filter: Filter, on db: any Database, limit: Int = 200) async throws -> [Program] {
        let query = Program.query(on: db).with(\.$provider)
            .filter(\.$status ~~ (filter.openOnly ? [.open] : published))
        if let kind = filter.kind { query.filter(\.$kind == kind) }
        if let year = filter.year { query.filter(\.$year == year) }
        let rows = try await query.sort(\.$startsOn, .descending).limit(limit).all()
        return rows.sorted { ($0.status == .open ? 0 : 1, $1.startsOn) < ($1.status == .open ? 0 : 1, $0.startsOn) }
    }

    /// Cohorts of a program, each with its sessions in date order.
    static func cohorts(of programID: UUID, on db: any Database) async throws -> [(cohort: Cohort, sessions: [CohortSession])] {
        let cohorts = try await Cohort.query(on: db).filter(\.$program.$id == programID).sort(\.$startsOn).sort(\.$name).all()
        let ids = try cohorts.map { try $0.requireID() }
        let sessions = ids.isEmpty ? [] : try await CohortSession.query(on: db).filter(\.$cohort.$id ~~ ids)
            .sort(\.$date).all()
        return cohorts.map { cohort in (cohort, sessions.filter { $0.$cohort.id == cohort.id }) }
    }

    /// The enrolments of the talent linked to `userID` in `programID`'s cohorts, by cohort.
    static func ownEnrollments(userID: UUID, programID: UUID, on db: any Database) async throws -> [UUID: Enrollment] {
        let rows = try await Enrollment.query(on: db).join(Talent.self, on: \Enrollment.$talent.$id == \Talent.$id)
            .filter(Talent.self, \.$user.$id == userID).filter(\.$program.$id == programID).all()
        return Dictionary(rows.map { ($0.$cohort.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A cohort's enrolments with their talents, seats first then the waiting list in order.
    static func roster(of cohortID: UUID, on db: any Database) async throws -> [Enrollment] {
        let rows = try await Enrollment.query(on: db).with(\.$talent).filter(\.$cohort.$id == cohortID)
            .sort(\.$appliedAt).sort(\.$id).all()
        let order: [EnrollmentStatus: Int] = [.enrolled: 0, .completed: 0, .notCompleted: 0, .waitlisted: 1, .withdrawn: 2]
        return rows.enumerated().sorted { (order[$0.element.status] ?? 3, $0.offset) < (order[$1.element.status] ?? 3, $1.offset) }
            .map(\.element)
    }

    /// Minutes attended, by enrolment and session.
    static func attendance(of enrollmentIDs: [UUID], on db: any Database) async throws -> [UUID: [UUID: Int]] {
        guard !enrollmentIDs.isEmpty else { return [:] }
        var table: [UUID: [UUID: Int]] = [:]
        for row in try await Attendance.query(on: db).filter(\.$enrollment.$id ~~ enrollmentIDs).all() {
            table[row.$enrollment.id, default: [:]][row.$session.id] = row.minutes
        }
        return table
    }
}
