import Fluent
import Foundation
import SiteKit
import TalentDomain

/// Changing a cohort after it was created: its name and dates, removing a session that
/// was scheduled by mistake, or the whole cohort while nobody is enrolled. Use cases: no
/// request and no rendering, so the page and the API run the same rules; a refusal is a
/// `FieldErrors` thrown before anything is written. The capacity has its own use case
/// (`EnrollmentStore.setCapacity`): it moves the waiting list.
package enum CohortChanges {
    /// Name, enrolment deadline and dates. Sessions must stay inside the new dates.
    package static func edit(
        _ cohort: Cohort, of program: Program, with input: CohortInput, context: WriteContext, on db: any Database
    ) async throws {
        var errors = FieldErrors()
        if program.status == .finished || program.status == .archived {
            errors.refuse("name", .cohortProgramClosedEdit, .notAllowed)
        }
        var input = input
        input.capacity = String(cohort.capacity)
        let valid: CohortInput.Valid
        switch input.validate(program: program) {
        case let .failure(invalid):
            for (field, message, code) in invalid.items where errors[field] == nil {
                errors.refuse(field, message, code)
            }
            throw errors
        case let .success(checked):
            guard errors.isEmpty else { throw errors }
            valid = checked
        }
        let cohortID = try cohort.requireID()
        if try await Cohort.query(on: db).filter(\.$program.$id == program.requireID()).filter(\.$name == valid.name)
            .filter(\.$id != cohortID).first() != nil
        {
            errors.refuse("name", .cohortNameTaken, .taken)
        }
        let outside = try await CohortSession.query(on: db).filter(\.$cohort.$id == cohortID).all()
            .filter { CalendarDate($0.date).map { $0 < valid.startsOn || valid.endsOn < $0 } ?? false }.map(\.date)
        if !outside.isEmpty {
            errors["startsOn"] = Message { m in
                m(.cohortSessionsOutside(dates: outside.sorted().joined(separator: m.language == .zh ? "、" : ", ")))
            }
        }
        guard errors.isEmpty else { throw errors }
        let before = [cohort.name, cohort.enrolDeadline, cohort.startsOn, cohort.endsOn]
        cohort.name = valid.name
        cohort.enrolDeadline = valid.enrolDeadline.description
        cohort.startsOn = valid.startsOn.description
        cohort.endsOn = valid.endsOn.description
        let changed = zip(
            ["name", "enrol_deadline", "starts_on", "ends_on"],
            zip(before, [cohort.name, cohort.enrolDeadline, cohort.startsOn, cohort.endsOn])
        )
        .filter { $1.0 != $1.1 }.map(\.0)
        try await db.writeTransaction { db in
            try await cohort.save(on: db)
            try await context.record(
                AuditEntry(.cohortUpdate, entityID: cohortID.uuidString, changedFields: changed), on: db)
        }
    }

    /// Only a cohort nobody has enrolled in (nor waits for, nor left): enrolments are
    /// records that certificates, vouchers and targets point at.
    package static func delete(_ cohort: Cohort, context: WriteContext, on db: any Database) async throws {
        let cohortID = try cohort.requireID()
        try await db.writeTransaction { db in
            // Checked inside the transaction, so an application cannot slip in between.
            guard try await Enrollment.query(on: db).filter(\.$cohort.$id == cohortID).count() == 0 else {
                throw FieldErrors("cohort", .cohortHasEnrollments, .notAllowed)
            }
            try await EnrollmentImport.query(on: db).filter(\.$cohort.$id == cohortID).delete()
            try await CohortSession.query(on: db).filter(\.$cohort.$id == cohortID).delete()
            try await cohort.delete(on: db)
            try await context.record(AuditEntry(.cohortDelete, entityID: cohortID.uuidString), on: db)
        }
    }

    /// A session without attendance recorded against it.
    package static func deleteSession(
        _ session: CohortSession, of cohort: Cohort, context: WriteContext, on db: any Database
    ) async throws {
        let id = try session.requireID()
        try await db.writeTransaction { db in
            guard try await Attendance.query(on: db).filter(\.$session.$id == id).count() == 0 else {
                throw FieldErrors("sessionID", .sessionHasAttendance, .notAllowed)
            }
            try await session.delete(on: db)
            try await context.record(
                AuditEntry(.cohortSessionDelete, entityID: cohort.id?.uuidString, changedFields: ["sessions"]), on: db)
        }
    }
}
