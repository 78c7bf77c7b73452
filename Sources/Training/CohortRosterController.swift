import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// The roster as a whole (issue 17): a session's attendance for every student in one
/// submit, and completion (结业) of everyone who meets the rule, each with its page and API
/// edge over one use case in `EnrollmentStore`.
struct CohortRosterController {
    /// Notices whose figures the cohort page shows (`?notice=…`).
    static let attendanceSaved = "attendance-saved"
    static let completedEligible = "completed-eligible"

    func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.post(SiteURL.routeByID(SiteURL.sessionAttendance), use: attendancePage)
        pages.post(SiteURL.routeByID(SiteURL.cohortCompleteEligible), use: completeEligiblePage)
        let api = routes.grouped("api", "v1").grouped(RequireSignIn())
        api.post("sessions", ":id", "attendance", use: attendanceAPI)
        api.post("cohorts", ":id", "complete", use: completeEligibleAPI)
    }

    // MARK: - 考勤

    /// The form's fields, one pair per student in progress: `present-{id}` (a checkbox) and
    /// `hours-{id}`; an unticked student is absent, whatever their hours say.
    @Sendable func attendancePage(req: Request) async throws -> Response {
        let (session, cohort, program) = try await findSession(req)
        let sessionID = try session.requireID()
        let fields = try req.content.decode([String: String].self)
        let students = try await Enrollment.query(on: req.db).with(\.$talent).filter(
            \.$cohort.$id == session.$cohort.id
        )
        .filter(\.$status == .enrolled).all()
        var read = FieldReader()
        var entries: [EnrollmentStore.AttendanceEntry] = []
        var draft = CohortAttendanceSection.Draft(sessionID: sessionID, present: [], hours: [:])
        for student in students {
            let id = try student.requireID()
            let (present, hours) = ("present-\(id.uuidString)", "hours-\(id.uuidString)")
            draft.hours[id] = fields[hours]
            guard fields[present].isChecked else { continue }
            draft.present.insert(id)
            if let value = read.hours(fields[hours], hours, .attendanceHoursOf(name: student.talent.name), max: 24) {
                entries.append(.init(enrollmentID: id, hours: value, studentField: present, hoursField: hours))
            }
        }
        let recorded: (present: Int, absent: Int)
        do {
            guard read.errors.isEmpty else { throw read.errors }
            recorded = try await req.db.writeTransaction { [entries] db in
                try await EnrollmentStore.recordSessionAttendance(
                    session, entries: entries, context: req.writeContext, on: db)
            }
        } catch let errors as FieldErrors {
            return try await EnrollmentsController().renderCohort(
                req, cohort: cohort, program: program, errors: errors, status: .unprocessableEntity,
                attendanceDraft: draft)
        }
        let query =
            "?notice=\(Self.attendanceSaved)&present=\(recorded.present)&absent=\(recorded.absent)"
            + "&session=\(sessionID.uuidString)#attendance"
        return req.redirect(to: SiteURL.cohort(try cohort.requireID()).path + query, redirectType: .normal)
    }

    /// `{"entries": [{"enrollmentID": …, "hours": 3.5}]}`: those present; everyone else in
    /// progress is absent.
    @Sendable func attendanceAPI(req: Request) async throws -> SessionAttendanceDTO {
        let (session, _, _) = try await findSession(req)
        let input = try req.content.decode(SessionAttendanceInput.self)
        var read = FieldReader()
        if input.entries == nil {
            read.fail("entries", Message { m in m(.fieldRequired(field: m(.attendanceEntries))) }, .required)
        }
        var entries: [EnrollmentStore.AttendanceEntry] = []
        for (index, entry) in (input.entries ?? []).enumerated() {
            let (student, hours) = ("entries[\(index)].enrollmentID", "entries[\(index)].hours")
            let id = read.id(entry.enrollmentID, student, .attendanceEnrollment)
            let value = read.hours(entry.hours, hours, .attendanceHours, max: 24)
            if let id, let value {
                entries.append(.init(enrollmentID: id, hours: value, studentField: student, hoursField: hours))
            }
        }
        guard read.errors.isEmpty else { throw read.errors }
        let recorded = try await req.db.writeTransaction { [entries] db in
            try await EnrollmentStore.recordSessionAttendance(
                session, entries: entries, context: req.writeContext, on: db)
        }
        return SessionAttendanceDTO(
            sessionID: try session.requireID(), present: recorded.present, absent: recorded.absent)
    }

    // MARK: - 为符合条件者结业

    @Sendable func completeEligiblePage(req: Request) async throws -> Response {
        let controller = EnrollmentsController()
        let (cohort, program) = try await controller.findCohort(req, manage: true)
        let done: (completed: Int, notEligible: Int)
        do {
            done = try await req.db.writeTransaction { db in
                try await EnrollmentStore.completeEligible(cohort, program: program, context: req.writeContext, on: db)
            }
        } catch let errors as FieldErrors {
            return try await controller.failure(req, cohort, program, errors)
        }
        let query = "?notice=\(Self.completedEligible)&completed=\(done.completed)&notEligible=\(done.notEligible)"
        return req.redirect(to: SiteURL.cohort(try cohort.requireID()).path + query, redirectType: .normal)
    }

    @Sendable func completeEligibleAPI(req: Request) async throws -> CompletedEligibleDTO {
        let (cohort, program) = try await EnrollmentsController().findCohort(req, manage: true)
        let done = try await req.db.writeTransaction { db in
            try await EnrollmentStore.completeEligible(cohort, program: program, context: req.writeContext, on: db)
        }
        return CompletedEligibleDTO(completed: done.completed, notEligible: done.notEligible)
    }

    /// The session named by `:id` with its cohort and program, if the caller manages them;
    /// 404 otherwise, as for one that does not exist.
    private func findSession(_ req: Request) async throws -> (CohortSession, Cohort, Program) {
        guard let id = req.parameters.get("id", as: UUID.self),
            let session = try await CohortSession.find(id, on: req.db)
        else { throw Abort(.notFound) }
        let (cohort, program) = try await EnrollmentsController().findCohort(req, id: session.$cohort.id, manage: true)
        return (session, cohort, program)
    }
}
