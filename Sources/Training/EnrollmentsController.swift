import Certificates
import Courses
import Fluent
import Reference
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// Cohorts and enrolments: the provider's roster page (sessions, seats, waiting list,
/// attendance, results, completion, certificates), a talent's application and
/// withdrawal, the talent's own training page, and the same under `/api/v1`.
package struct EnrollmentsController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.routeByID(SiteURL.cohort), use: cohortPage)
        pages.post(SiteURL.routeByID(SiteURL.cohortSessions), use: addSessionPage)
        pages.post(SiteURL.routeByID(SiteURL.cohortCapacity), use: changeCapacityPage)
        pages.post(SiteURL.routeByID(SiteURL.cohortEnrollments), use: enrolPage)
        pages.get(SiteURL.myTraining.route, use: myTrainingPage)
        for action in EnrollmentAction.allCases {
            pages.post(SiteURL.route(SiteURL.enrollmentAction, action)) { req in try await performPage(action, req) }
        }

        let api = routes.grouped("api", "v1").grouped(RequireSignIn())
        api.get("cohorts", ":id", use: showCohort)
        api.post("cohorts", ":id", "sessions", use: addSessionAPI)
        api.post("cohorts", ":id", "capacity", use: changeCapacityAPI)
        api.get("cohorts", ":id", "enrollments", use: listEnrollments)
        api.post("cohorts", ":id", "enrollments", use: enrolAPI)
        api.get("enrollments", use: listOwnEnrollments)
        for action in EnrollmentAction.allCases {
            api.post("enrollments", ":id", .constant(action.rawValue)) { req in try await performAPI(action, req) }
        }
        try CohortRosterController().boot(routes: routes)
    }

    // MARK: - Cohort

    @Sendable package func cohortPage(req: Request) async throws -> Response {
        let (cohort, program) = try await findCohort(req, manage: false)
        return try await renderCohort(req, cohort: cohort, program: program, errors: FieldErrors(), status: .ok)
    }

    @Sendable package func showCohort(req: Request) async throws -> CohortDTO {
        let (cohort, _) = try await findCohort(req, manage: false)
        let sessions = try await CohortSession.query(on: req.db).filter(\.$cohort.$id == cohort.requireID()).sort(
            \.$date
        ).all()
        return try CohortDTO(cohort, sessions: sessions)
    }

    @Sendable package func addSessionPage(req: Request) async throws -> Response {
        let (cohort, program) = try await findCohort(req, manage: true)
        do {
            _ = try await addSession(to: cohort, req)
        } catch let errors as FieldErrors {
            return try await failure(req, cohort, program, errors)
        }
        return redirect(req, to: .cohort(try cohort.requireID()), notice: "session")
    }

    @Sendable package func addSessionAPI(req: Request) async throws -> Response {
        let (cohort, _) = try await findCohort(req, manage: true)
        return try await SessionDTO(try await addSession(to: cohort, req)).encodeResponse(status: .created, for: req)
    }

    private func addSession(to cohort: Cohort, _ req: Request) async throws -> CohortSession {
        switch try req.content.decode(SessionInput.self).validate(cohort: cohort) {
        case let .failure(errors): throw errors
        case let .success(valid):
            let session = CohortSession()
            session.$cohort.id = try cohort.requireID()
            session.date = valid.date.description
            session.minutes = valid.hours.minutes
            session.topic = valid.topic
            try await req.db.writeTransaction { db in
                try await session.create(on: db)
                try await req.audit(
                    AuditEntry(
                        .cohortSession, entityID: cohort.id?.uuidString,
                        changedFields: ["sessions"]), on: db)
            }
            return session
        }
    }

    @Sendable package func changeCapacityPage(req: Request) async throws -> Response {
        let (cohort, program) = try await findCohort(req, manage: true)
        do {
            try await changeCapacity(of: cohort, req)
        } catch let errors as FieldErrors {
            return try await failure(req, cohort, program, errors)
        }
        return redirect(req, to: .cohort(try cohort.requireID()), notice: "capacity")
    }

    @Sendable package func changeCapacityAPI(req: Request) async throws -> CohortDTO {
        let (cohort, _) = try await findCohort(req, manage: true)
        try await changeCapacity(of: cohort, req)
        return try CohortDTO(cohort, sessions: nil)
    }

    private func changeCapacity(of cohort: Cohort, _ req: Request) async throws {
        var read = FieldReader()
        let capacity = read.integer(
            try req.content.decode(CapacityInput.self).capacity, "capacity", .programCapacity,
            in: 1...ProgramInput.maxCapacity)
        guard let capacity else { throw read.errors }
        try await req.db.writeTransaction { db in
            try await EnrollmentStore.setCapacity(cohort, to: capacity, context: req.writeContext, on: db)
        }
    }

    // MARK: - Enrolment

    @Sendable package func enrolPage(req: Request) async throws -> Response {
        let (_, scope) = try req.scope(.create, on: .enrollment)
        let (cohort, program) = try await findCohort(req, manage: false, published: scope == .own)
        let enrollment: Enrollment
        do {
            enrollment = try await enrol(in: cohort, of: program, req)
        } catch let errors as FieldErrors {
            return try await failure(req, cohort, program, errors)
        }
        if scope == .own {
            return redirect(req, to: .program(try program.requireID()), notice: enrollment.status.rawValue)
        }
        return redirect(req, to: .cohort(try cohort.requireID()), notice: enrollment.status.rawValue)
    }

    @Sendable package func enrolAPI(req: Request) async throws -> Response {
        let (_, scope) = try req.scope(.create, on: .enrollment)
        let (cohort, program) = try await findCohort(req, manage: false, published: scope == .own)
        return try await EnrollmentDTO(try await enrol(in: cohort, of: program, req))
            .encodeResponse(status: .created, for: req)
    }

    /// A talent applies for themself; staff who may create enrolments name the talent.
    private func enrol(in cohort: Cohort, of program: Program, _ req: Request) async throws -> Enrollment {
        let (actor, scope) = try req.scope(.create, on: .enrollment)
        let input = try req.content.decode(EnrollmentInput.self)
        var read = FieldReader()
        let years = read.integer(input.yearsInField, "yearsInField", .enrolYearsInField, in: 0...60, fallback: -1)
        let voucherID = read.id(input.voucherID, "voucherID", .voucherTitle, required: false)
        let talent: Talent?
        if scope == .own {
            talent = try await Talent.query(on: req.db).filter(\.$user.$id == actor.userID).first()
            if talent == nil { read.fail("talentID", .enrolNoProfile, .unknown) }
        } else {
            guard Permissions.allows(actor, .create, on: .enrollment, owner: program.owner) else {
                throw Abort(.notFound)
            }
            let id = read.id(input.talentID, "talentID", .enrolTalent)
            talent = try await id.asyncFlatMap { try await Talent.find($0, on: req.db) }
            if id != nil, talent == nil { read.fail("talentID", .enrolTalentUnknown, .unknown) }
        }
        guard read.errors.isEmpty, let talent, let years else { throw read.errors }
        return try await req.db.writeTransaction { db in
            try await EnrollmentStore.enrol(
                talent, in: cohort, of: program, yearsInField: years < 0 ? nil : years,
                voucherID: voucherID, payment: req.application.enrolmentPayment, byProvider: scope != .own,
                context: req.writeContext, on: db)
        }
    }

    @Sendable package func listEnrollments(req: Request) async throws -> ItemsDTO<EnrollmentDTO> {
        let (cohort, _) = try await findCohort(req, manage: false)
        let rows = try await ProgramQuery.roster(of: cohort.requireID(), on: req.db)
        return ItemsDTO(items: try rows.map { try EnrollmentDTO($0) })
    }

    /// The caller's enrolments in their scope: a talent's own, a provider's programs'.
    @Sendable package func listOwnEnrollments(req: Request) async throws -> ItemsDTO<EnrollmentDTO> {
        let rows = try await req.scopedQuery(Enrollment.self).sort(\.$appliedAt, .descending).limit(500).all()
        return ItemsDTO(items: try rows.map { try EnrollmentDTO($0) })
    }

    // MARK: - A talent's own

    @Sendable package func myTrainingPage(req: Request) async throws -> Response {
        let actor = try req.requireActor()
        let talent = try await Talent.query(on: req.db).filter(\.$user.$id == actor.userID).first()
        var enrollments: [Enrollment] = []
        var certificates: [Certificate] = []
        var holdings: (any PageSection)?
        var hours: [(year: Int, hours: StudyHours)] = []
        if let id = talent?.id {
            hours = try await CourseStore.yearlyHours(of: id, on: req.db)
            holdings = try await req.application.enrolmentPayment?.holdings(of: id, on: req.db)
            enrollments = try await Enrollment.query(on: req.db).with(\.$program).with(\.$cohort)
                .filter(\.$talent.$id == id).sort(\.$appliedAt, .descending).all()
            certificates = try await Certificate.query(on: req.db).filter(\.$talent.$id == id)
                .sort(\.$issuedOn, .descending).all()
        }
        let model = MyTrainingPageModel(
            hasProfile: talent != nil, enrollments: enrollments, certificates: certificates,
            holdings: holdings, educationHours: hours,
            notice: req.query[String.self, at: "notice"], csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    // MARK: - Helpers

    /// The cohort named by `id` (by default `:id`) with its program. `manage`: the actor
    /// must be able to change the program; otherwise to list its enrolments, or
    /// (`published`) the program must be open to the public. 404 when out of reach.
    package func findCohort(_ req: Request, id: UUID? = nil, manage: Bool, published: Bool = false) async throws -> (
        Cohort, Program
    ) {
        guard let id = id ?? req.parameters.get("id", as: UUID.self),
            let cohort = try await Cohort.find(id, on: req.db),
            let program = try await Program.query(on: req.db).with(\.$provider).filter(\.$id == cohort.$program.id)
                .first()
        else { throw Abort(.notFound) }
        let actor = try req.requireActor()
        let reachable =
            manage
            ? Permissions.allows(actor, .change, on: .program, owner: program.owner)
            : published
                ? ProgramQuery.published.contains(program.status)
                : Permissions.allows(actor, .list, on: .enrollment, owner: program.owner)
        guard reachable else { throw Abort(.notFound) }
        return (cohort, program)
    }

    package func certificateContext(_ req: Request) throws -> CertificateStore.Context {
        CertificateStore.Context(
            write: req.writeContext, signer: req.application.certificateSigner, policy: try req.policy,
            recordedBy: try req.requireActor().userID)
    }

    package func redirect(_ req: Request, to url: SiteURL, notice: String) -> Response {
        req.redirect(to: url.path + "?notice=" + notice, redirectType: .normal)
    }

    package func failure(_ req: Request, _ cohort: Cohort, _ program: Program, _ errors: FieldErrors) async throws
        -> Response
    {
        let actor = try req.requireActor()
        // A talent's refused application is shown on the program page they applied from.
        if !Permissions.allows(actor, .list, on: .enrollment, owner: program.owner) {
            return try await ProgramsController().renderProgram(
                req, program: program, errors: errors,
                status: .unprocessableEntity)
        }
        return try await renderCohort(
            req, cohort: cohort, program: program, errors: errors, status: .unprocessableEntity)
    }
}
