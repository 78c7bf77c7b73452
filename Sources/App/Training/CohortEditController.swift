import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// Changing a cohort after it was created: its name and dates, removing a session that
/// was scheduled by mistake, or the whole cohort while nobody is enrolled. The capacity
/// has its own route (`EnrollmentsController.changeCapacity`): it moves the waiting list.
struct CohortEditController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.post(SiteURL.cohortEdit(UUID()).route, use: edit)
        pages.post(SiteURL.cohortDelete(UUID()).route, use: delete)
        pages.post(SiteURL.sessionDelete(UUID()).route, use: deleteSession)

        let api = routes.grouped("api", "v1").grouped(RequireSignIn())
        api.put("cohorts", ":id", use: edit)
        api.delete("cohorts", ":id", use: delete)
        api.delete("sessions", ":id", use: deleteSession)
    }

    /// Name, enrolment deadline and dates. Sessions must stay inside the new dates.
    @Sendable func edit(req: Request) async throws -> Response {
        let (cohort, program) = try await EnrollmentsController().findCohort(req, manage: true)
        let m = req.messages
        var errors = FieldErrors()
        if program.status == .finished || program.status == .archived { errors["name"] = m(.cohortProgramClosedEdit) }
        var input = try req.content.decode(CohortInput.self)
        input.capacity = String(cohort.capacity)
        switch input.validate(program: program, messages: m) {
        case let .failure(invalid):
            for (field, message) in invalid.items where errors[field] == nil { errors[field] = message }
        case let .success(valid) where errors.isEmpty:
            let cohortID = try cohort.requireID()
            if try await Cohort.query(on: req.db).filter(\.$program.$id == program.requireID()).filter(
                \.$name == valid.name
            )
            .filter(\.$id != cohortID).first() != nil {
                errors["name"] = m(.cohortNameTaken)
            }
            let outside = try await CohortSession.query(on: req.db).filter(\.$cohort.$id == cohortID).all()
                .filter { CalendarDate($0.date).map { $0 < valid.startsOn || valid.endsOn < $0 } ?? false }.map(\.date)
            if !outside.isEmpty {
                let dates = outside.sorted().joined(separator: m.language == .zh ? "、" : ", ")
                errors["startsOn"] = m(.cohortSessionsOutside, ["dates": dates])
            }
            guard errors.isEmpty else { break }
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
            try await req.db.writeTransaction { db in
                try await cohort.save(on: db)
                try await req.audit(
                    AuditEntry(
                        .cohortUpdate, entityID: cohortID.uuidString,
                        changedFields: changed), on: db)
            }
            if req.isAPI { return try await CohortDTO(cohort, sessions: nil).encodeResponse(for: req) }
            return req.redirect(to: SiteURL.cohort(cohortID).path + "?notice=saved", redirectType: .normal)
        case .success: break
        }
        return try await failure(req, cohort, program, errors)
    }

    /// Only a cohort nobody has enrolled in (nor waits for, nor left): enrolments are
    /// records that certificates, vouchers and targets point at.
    @Sendable func delete(req: Request) async throws -> Response {
        let (cohort, program) = try await EnrollmentsController().findCohort(req, manage: true)
        let cohortID = try cohort.requireID()
        do {
            try await req.db.writeTransaction { db in
                // Checked inside the transaction, so an application cannot slip in between.
                guard try await Enrollment.query(on: db).filter(\.$cohort.$id == cohortID).count() == 0 else {
                    throw FieldErrors("cohort", req.messages(.cohortHasEnrollments))
                }
                try await EnrollmentImport.query(on: db).filter(\.$cohort.$id == cohortID).delete()
                try await CohortSession.query(on: db).filter(\.$cohort.$id == cohortID).delete()
                try await cohort.delete(on: db)
                try await req.audit(
                    AuditEntry(.cohortDelete, entityID: cohortID.uuidString), on: db)
            }
        } catch let errors as FieldErrors {
            return try await failure(req, cohort, program, errors)
        }
        if req.isAPI { return Response(status: .noContent) }
        return req.redirect(
            to: SiteURL.program(try program.requireID()).path + "?notice=deleted", redirectType: .normal)
    }

    /// A session without attendance recorded against it.
    @Sendable func deleteSession(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: UUID.self),
            let session = try await CohortSession.find(id, on: req.db)
        else { throw Abort(.notFound) }
        let (cohort, program) = try await EnrollmentsController().findCohort(req, id: session.$cohort.id, manage: true)
        do {
            try await req.db.writeTransaction { db in
                guard try await Attendance.query(on: db).filter(\.$session.$id == id).count() == 0 else {
                    throw FieldErrors("sessionID", req.messages(.sessionHasAttendance))
                }
                try await session.delete(on: db)
                try await req.audit(
                    AuditEntry(
                        .cohortSessionDelete, entityID: cohort.id?.uuidString, changedFields: ["sessions"]), on: db)
            }
        } catch let errors as FieldErrors {
            return try await failure(req, cohort, program, errors)
        }
        if req.isAPI { return Response(status: .noContent) }
        return req.redirect(to: SiteURL.cohort(try cohort.requireID()).path + "?notice=saved", redirectType: .normal)
    }

    private func failure(_ req: Request, _ cohort: Cohort, _ program: Program, _ errors: FieldErrors) async throws
        -> Response
    {
        if req.isAPI { throw errors }
        return try await EnrollmentsController().renderCohort(
            req, cohort: cohort, program: program, errors: errors,
            status: .unprocessableEntity)
    }
}
