import Fluent
import Foundation
import SiteKit
import TalentDomain

/// The roster as a whole (issue 17): one session's attendance for every student in one
/// write, completion of everyone who meets the rule, and the dates both wait for.
extension EnrollmentStore {
    /// One student's hours of a session as submitted, with the names of the inputs they came
    /// from, so that a refusal points at that student's field.
    package struct AttendanceEntry: Sendable {
        package var enrollmentID: UUID
        package var hours: StudyHours
        package var studentField: String
        package var hoursField: String

        package init(enrollmentID: UUID, hours: StudyHours, studentField: String, hoursField: String) {
            (self.enrollmentID, self.hours) = (enrollmentID, hours)
            (self.studentField, self.hoursField) = (studentField, hoursField)
        }
    }

    /// Records `session`'s attendance (考勤) for its whole cohort: the hours of each entry,
    /// and no attendance for every other student in progress (an earlier entry of theirs is
    /// removed). All or nothing: one refused entry refuses the whole, naming its field.
    /// Audited once, as the session's.
    @discardableResult
    package static func recordSessionAttendance(
        _ session: CohortSession, entries: [AttendanceEntry], context: WriteContext, on db: any Database
    ) async throws -> (present: Int, absent: Int) {
        var errors = FieldErrors()
        if let refusal = attendanceNotYet(session, today: context.today) {
            errors.refuse("sessionID", refusal, .notAllowed)
        }
        let sessionID = try session.requireID()
        let inProgress = try await Enrollment.query(on: db).filter(\.$cohort.$id == session.$cohort.id)
            .filter(\.$status == .enrolled).all().compactMap(\.id)
        let students = Set(inProgress)
        var present: [UUID: StudyHours] = [:]
        for entry in entries {
            if !students.contains(entry.enrollmentID) {
                errors.refuse(entry.studentField, .attendanceNotInProgress, .notAllowed)
            } else if present[entry.enrollmentID] != nil {
                errors.refuse(entry.studentField, .attendanceTwice)
            } else if entry.hours > session.hours {
                errors.refuse(entry.hoursField, .attendanceAboveSession(hours: session.hours.description))
            }
            present[entry.enrollmentID] = entry.hours
        }
        guard errors.isEmpty else { throw errors }
        guard !inProgress.isEmpty else { return (0, 0) }

        let earlier = try await Attendance.query(on: db).filter(\.$session.$id == sessionID)
            .filter(\.$enrollment.$id ~~ inProgress).all()
        var recorded: Set<UUID> = []
        for row in earlier {
            if let hours = present[row.$enrollment.id] {
                row.minutes = hours.minutes
                try await row.save(on: db)
                recorded.insert(row.$enrollment.id)
            } else {
                try await row.delete(on: db)
            }
        }
        for (enrollmentID, hours) in present where !recorded.contains(enrollmentID) {
            let row = Attendance()
            row.$enrollment.id = enrollmentID
            row.$session.id = sessionID
            row.minutes = hours.minutes
            try await row.create(on: db)
        }
        try await context.record(
            AuditEntry(.sessionAttendance, entityID: sessionID.uuidString, changedFields: ["attendance"]), on: db)
        return (present.count, inProgress.count - present.count)
    }

    /// Completes (结业) every student in progress who meets the program's completion rule,
    /// each as `complete` does (the same events and audit); the others stay in progress.
    /// Refused as a whole before the cohort's last session.
    package static func completeEligible(
        _ cohort: Cohort, program: Program, context: WriteContext, on db: any Database
    ) async throws -> (completed: Int, notEligible: Int) {
        let cohortID = try cohort.requireID()
        if let refusal = try await completionNotYet(cohortID, today: context.today, on: db) {
            throw FieldErrors("cohortID", refusal, .notAllowed)
        }
        let students = try await Enrollment.query(on: db).filter(\.$cohort.$id == cohortID)
            .filter(\.$status == .enrolled).sort(\.$appliedAt).all()
        let scheduled = try await scheduledHours(cohortID, on: db)
        let attendance = try await ProgramQuery.attendance(of: students.compactMap(\.id), on: db)
        var completed = 0
        for enrollment in students {
            let attended = StudyHours(minutes: (attendance[try enrollment.requireID()] ?? [:]).values.reduce(0, +))
            let completion = program.completionRule.completion(
                attended: attended, scheduled: scheduled, passed: enrollment.passed, measure: program.measure)
            guard completion.isEligible else { continue }
            try await close(enrollment, asCompletedOf: program, context: context, on: db)
            completed += 1
        }
        return (completed, students.count - completed)
    }

    /// Why attendance of `session` cannot be recorded yet: it has not taken place.
    package static func attendanceNotYet(_ session: CohortSession, today: CalendarDate) -> Message? {
        guard let day = CalendarDate(session.date), day > today else { return nil }
        return .attendanceBeforeSession(date: session.date)
    }

    /// Why the cohort's students cannot complete yet: its last session (or, without
    /// sessions, its end) is still to come — a course held in January is not completed,
    /// nor counted in the targets, in the December before.
    package static func completionNotYet(_ cohortID: UUID, today: CalendarDate, on db: any Database) async throws
        -> Message?
    {
        if let last = try await CohortSession.query(on: db).filter(\.$cohort.$id == cohortID)
            .sort(\.$date, .descending).first()
        {
            guard let day = CalendarDate(last.date), day > today else { return nil }
            return .completionBeforeLastSession(date: last.date)
        }
        guard let cohort = try await Cohort.find(cohortID, on: db), let end = CalendarDate(cohort.endsOn), end > today
        else { return nil }
        return .completionBeforeCohortEnd(date: cohort.endsOn)
    }

    /// Closes an enrolment as completed today, publishing `EnrollmentCompleted`.
    static func close(
        _ enrollment: Enrollment, asCompletedOf program: Program, context: WriteContext, on db: any Database
    ) async throws {
        enrollment.status = .completed
        enrollment.completedOn = context.today.description
        try await enrollment.save(on: db)
        try await context.publish(EnrollmentCompleted(enrollment: enrollment, program: program), on: db)
        try await context.record(
            AuditEntry(
                .enrollmentComplete, entityID: enrollment.id?.uuidString, changedFields: ["status", "completed_on"]),
            on: db)
    }
}
