import Certificates
import Fluent
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// The actions on one enrolment — withdraw, attendance, result, complete, not completed,
/// certificate — with their page and API edges.
extension EnrollmentsController {
    package func performPage(_ action: EnrollmentAction, _ req: Request) async throws -> Response {
        let (enrollment, cohort, program, scope) = try await findEnrollment(for: action, req)
        do {
            _ = try await perform(action, on: enrollment, of: program, req)
        } catch let errors as FieldErrors {
            return try await failure(req, cohort, program, errors)
        }
        if action == .withdraw, scope == .own { return redirect(req, to: .myTraining, notice: "withdrawn") }
        return redirect(req, to: .cohort(try cohort.requireID()), notice: action.rawValue)
    }

    /// The enrolment after the action; the certificate (201) for `certificate`.
    package func performAPI(_ action: EnrollmentAction, _ req: Request) async throws -> Response {
        let (enrollment, _, program, _) = try await findEnrollment(for: action, req)
        if let certificate = try await perform(action, on: enrollment, of: program, req) {
            return try await CertificateDTO(certificate).encodeResponse(status: .created, for: req)
        }
        return try await EnrollmentDTO(enrollment).encodeResponse(for: req)
    }

    /// The enrolment the action names, if the caller may act on it: a talent may only
    /// withdraw their own; the rest is the provider's (a scope wider than own).
    private func findEnrollment(for action: EnrollmentAction, _ req: Request) async throws
        -> (Enrollment, Cohort, Program, AccessScope)
    {
        guard let id = req.parameters.get("id", as: UUID.self),
            let enrollment = try await req.scopedQuery(Enrollment.self, for: .change).filter(\.$id == id).first()
        else { throw Abort(.notFound) }
        let (_, scope) = try req.scope(.change, on: .enrollment)
        guard action == .withdraw || scope > .own else {
            throw Abort(.forbidden, reason: req.messages(.errorForbidden))
        }
        guard let cohort = try await Cohort.find(enrollment.$cohort.id, on: req.db),
            let program = try await Program.query(on: req.db).with(\.$provider).filter(\.$id == enrollment.$program.id)
                .first()
        else { throw Abort(.notFound) }
        return (enrollment, cohort, program, scope)
    }

    /// One action on one enrolment; a certificate when the action issued one.
    private func perform(_ action: EnrollmentAction, on enrollment: Enrollment, of program: Program, _ req: Request)
        async throws -> Certificate?
    {
        let context = req.writeContext
        switch action {
        case .withdraw:
            try await req.db.writeTransaction {
                try await EnrollmentStore.withdraw(enrollment, context: context, on: $0)
            }
        case .attendance:
            let input = try req.content.decode(AttendanceInput.self)
            var read = FieldReader()
            let sessionID = read.id(input.sessionID, "sessionID", .sessionTopic)
            let hours = read.hours(input.hours, "hours", .sessionHours, max: 24)
            let session = try await sessionID.asyncFlatMap { try await CohortSession.find($0, on: req.db) }
            if sessionID != nil, session == nil { read.fail("sessionID", .sessionUnknown, .unknown) }
            guard read.errors.isEmpty, let session, let hours else { throw read.errors }
            try await req.db.writeTransaction {
                try await EnrollmentStore.recordAttendance(
                    enrollment, session: session, hours: hours, context: context, on: $0)
            }
        case .result:
            switch try req.content.decode(ResultInput.self).validate() {
            case let .failure(errors): throw errors
            case let .success(result):
                try await req.db.writeTransaction {
                    try await EnrollmentStore.recordResult(
                        enrollment, score: result.score, passed: result.passed,
                        context: context, on: $0)
                }
            }
        case .complete:
            try await req.db.writeTransaction {
                try await EnrollmentStore.complete(enrollment, program: program, context: context, on: $0)
            }
        case .notCompleted:
            try await req.db.writeTransaction {
                try await EnrollmentStore.markNotCompleted(enrollment, context: context, on: $0)
            }
        case .certificate:
            return try await issueCertificate(req, enrollment: enrollment, program: program)
        }
        return nil
    }

    /// Issues the certificate of a completed enrolment in the provider's name: a training
    /// certificate (with the level of engineer training), or for skill training the
    /// skill-level certificate of the level trained for, if the provider chooses it.
    private func issueCertificate(_ req: Request, enrollment: Enrollment, program: Program) async throws -> Certificate
    {
        let (actor, _) = try req.scope(.create, on: .certificate)
        guard
            Permissions.allows(
                actor, .create, on: .certificate, owner: ResourceOwner(organizationID: program.$provider.id))
        else { throw Abort(.forbidden, reason: req.messages(.errorForbidden)) }
        let input = try req.content.decode(IssueInput.self)
        var read = FieldReader()
        let kind =
            read.choice(input.kind, "kind", .certificateKind, as: CertificateKind.self, required: false)
            ?? .trainingCompletion
        let number = read.text(input.number, "number", .certificateNumber, max: 40)
        let today = req.clock.today
        let issuedOn = read.date(input.issuedOn, "issuedOn", .certificateIssuedOn, required: false) ?? today
        if enrollment.status != .completed { read.fail("enrollment", .certificateNeedsCompletion, .notAllowed) }
        if issuedOn > today { read.fail("issuedOn", .certificateIssuedInFuture) }
        if let completed = enrollment.completedOn.flatMap(CalendarDate.init), issuedOn < completed {
            read.fail("issuedOn", .certificateBeforeCompletion(date: completed.description))
        }
        let level: CertificateLevel?
        switch kind {
        case .trainingCompletion: level = program.engineerLevel.map { .engineer($0) }
        case .skillLevel where program.skillLevel != nil: level = program.skillLevel.map { .skill($0) }
        default:
            read.fail("kind", .certificateKindNotForProgram, .notAllowed)
            level = nil
        }
        if try await Certificate.query(on: req.db).filter(\.$enrollmentID == enrollment.requireID()).first() != nil {
            read.fail("enrollment", .certificateAlreadyIssued, .notAllowed)
        }
        guard read.errors.isEmpty, let number,
            let talent = try await Talent.find(enrollment.$talent.id, on: req.db)
        else { throw read.errors }
        let provider = try await program.$provider.get(on: req.db)
        let draft = CertificateStore.Draft(
            kind: kind, level: level, occupationCode: program.occupationCode, issuerID: provider.id,
            issuerName: provider.name, number: number, issuedOn: issuedOn,
            enrollmentID: try enrollment.requireID(), programID: try program.requireID())
        let context = try certificateContext(req)
        return try await req.db.writeTransaction { db in
            try await CertificateStore.issue(draft, to: talent, context: context, on: db)
        }
    }
}
