import Certificates
import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// What the cohort page shows, read for one request: the roster with its attendance and
/// certificates, and for those who manage the cohort the 考勤 table of the session asked
/// for (`?session=`), the enrolment search (`?q=`) and whether completion is open yet.
extension EnrollmentsController {
    package func renderCohort(
        _ req: Request, cohort: Cohort, program: Program, errors: FieldErrors,
        status: HTTPStatus, attendanceDraft: CohortAttendanceSection.Draft? = nil
    ) async throws -> Response {
        let id = try cohort.requireID()
        let roster = try await ProgramQuery.roster(of: id, on: req.db)
        let sessions = try await CohortSession.query(on: req.db).filter(\.$cohort.$id == id).sort(\.$date).all()
        let enrollmentIDs = try roster.map { try $0.requireID() }
        let certificates =
            enrollmentIDs.isEmpty
            ? []
            : try await Certificate.query(on: req.db)
                .filter(\.$enrollmentID ~~ enrollmentIDs).all()
        let actor = try req.requireActor()
        let canManage = Permissions.allows(actor, .change, on: .program, owner: program.owner)
        let imports =
            canManage
            ? try await EnrollmentImport.query(on: req.db).filter(\.$cohort.$id == id)
                .sort(\.$createdAt, .descending).limit(5).all() : []
        let attendance = try await ProgramQuery.attendance(of: enrollmentIDs, on: req.db)
        let messages = req.messages
        let csrf = CSRF.token(for: req)
        var model = CohortPageModel(
            cohort: cohort, program: program, sessions: sessions, roster: roster, attendance: attendance,
            certificates: Dictionary(
                certificates.compactMap { cert in cert.enrollmentID.map { ($0, cert) } },
                uniquingKeysWith: { first, _ in first }),
            counts: try await ProgramQuery.counts(of: id, on: req.db), canManage: canManage, imports: imports,
            errors: errors, notice: req.query[String.self, at: "notice"], noticeMessage: noticeMessage(req),
            csrf: csrf)
        if canManage {
            model.completionNotYet = try await EnrollmentStore.completionNotYet(id, today: req.clock.today, on: req.db)
            model.attendanceSection = CohortAttendanceSection(
                cohortID: id, sessions: sessions, students: roster.filter { $0.status == .enrolled },
                attendance: attendance,
                requested: req.query[String.self, at: "session"].flatMap(UUID.init(uuidString:)),
                draft: attendanceDraft, today: req.clock.today, errors: errors.shown(in: messages), csrf: csrf)
            let query = req.query[String.self, at: "q"].trimmedText.map { String($0.prefix(100)) }
            model.enrolSection = CohortEnrolSection(
                cohortID: id, query: query,
                matches: try await query.asyncFlatMap {
                    try await CohortEnrolMatch.find(
                        $0, in: id, by: try req.requireActor(), cipher: req.application.personalData,
                        today: req.clock.today,
                        language: req.language, on: req.db)
                },
                errors: errors.shown(in: messages), csrf: csrf)
        }
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }

    /// The notices that carry figures: a session's attendance saved, everyone eligible completed.
    private func noticeMessage(_ req: Request) -> Message? {
        let figure = { (name: String) in String(req.query[Int.self, at: name] ?? 0) }
        switch req.query[String.self, at: "notice"] {
        case CohortRosterController.attendanceSaved:
            return .attendanceSaved(present: figure("present"), absent: figure("absent"))
        case CohortRosterController.completedEligible:
            return .completeEligibleDone(completed: figure("completed"), notEligible: figure("notEligible"))
        default: return nil
        }
    }
}
