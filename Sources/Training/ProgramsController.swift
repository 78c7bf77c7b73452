import Fluent
import Organizations
import Reference
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// Training programs (M1, M2, M3) and their cohorts: the public catalogue, a provider's
/// own programs with their forms, and `/api/v1/programs`. Enrolment actions live in
/// `EnrollmentsController`.
package struct ProgramsController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.trainingCatalogue.route, use: cataloguePage)
        routes.get(SiteURL.routeByID(SiteURL.program), use: programPage)
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.trainingManage.route, use: managePage)
        pages.get(SiteURL.newProgram.route, use: newPage)
        pages.post(SiteURL.programs.route, use: createFromForm)
        pages.get(SiteURL.routeByID(SiteURL.editProgram), use: editPage)
        pages.post(SiteURL.routeByID(SiteURL.editProgram), use: updateFromForm)
        pages.post(SiteURL.routeByID(SiteURL.programStatus), use: changeStatusPage)
        pages.post(SiteURL.routeByID(SiteURL.programCohorts), use: createCohortPage)

        let api = routes.grouped("api", "v1", "programs")
        api.get(use: list)
        api.get(":id", use: show)
        let signedIn = api.grouped(RequireSignIn())
        signedIn.post(use: createFromAPI)
        signedIn.put(":id", use: updateFromAPI)
        signedIn.post(":id", "status", use: changeStatusAPI)
        signedIn.post(":id", "cohorts", use: createCohortAPI)
    }

    // MARK: - Pages

    @Sendable package func cataloguePage(req: Request) async throws -> Response {
        let filter = try catalogueFilter(req)
        let programs = try await ProgramQuery.catalogue(filter, on: req.db)
        let model = ProgramCataloguePageModel(
            programs: programs, filter: filter,
            canManage: (try? req.authorize(.create, .program)) != nil)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    @Sendable package func managePage(req: Request) async throws -> Response {
        let programs = try await req.scopedQuery(Program.self).with(\.$provider).sort(\.$startsOn, .descending)
            .limit(500).all()
        let model = ProgramManagePageModel(
            programs: programs, canCreate: (try? req.authorize(.create, .program)) != nil)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    @Sendable package func newPage(req: Request) async throws -> Response {
        try req.authorize(.create, .program)
        var input = ProgramInput()
        input.startsOn = req.clock.today.description
        input.endsOn = input.startsOn
        input.minAttendancePercent = String(CompletionRule.defaultAttendancePercent)
        // The supply–demand map's suggestion "open a programme for X" arrives with X chosen.
        input.occupationCode = req.query[String.self, at: "occupation"].trimmedText.map { String($0.prefix(20)) }
        return try await renderForm(req, input: input, program: nil, errors: FieldErrors(), status: .ok)
    }

    @Sendable package func createFromForm(req: Request) async throws -> Response {
        let input = try req.content.decode(ProgramInput.self)
        switch try await create(input, req) {
        case let .failure(errors):
            return try await renderForm(
                req, input: input, program: nil, errors: errors,
                status: .unprocessableEntity)
        case let .success(program):
            return req.redirect(
                to: SiteURL.program(try program.requireID()).path + "?notice=created", redirectType: .normal)
        }
    }

    @Sendable package func programPage(req: Request) async throws -> Response {
        try await renderProgram(req, program: try await find(req, for: .read), errors: FieldErrors(), status: .ok)
    }

    @Sendable package func editPage(req: Request) async throws -> Response {
        let program = try await find(req, for: .change)
        return try await renderForm(
            req, input: ProgramInput(program), program: program, errors: FieldErrors(), status: .ok)
    }

    @Sendable package func updateFromForm(req: Request) async throws -> Response {
        let program = try await find(req, for: .change)
        let input = try req.content.decode(ProgramInput.self)
        switch try await update(program, with: input, req) {
        case let .failure(errors):
            return try await renderForm(
                req, input: input, program: program, errors: errors, status: .unprocessableEntity)
        case .success:
            return req.redirect(
                to: SiteURL.program(try program.requireID()).path + "?notice=saved", redirectType: .normal)
        }
    }

    @Sendable package func changeStatusPage(req: Request) async throws -> Response {
        let program = try await find(req, for: .change)
        do {
            try await changeStatus(of: program, req)
        } catch let errors as FieldErrors {
            return try await renderProgram(req, program: program, errors: errors, status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.program(try program.requireID()).path + "?notice=status", redirectType: .normal)
    }

    @Sendable package func createCohortPage(req: Request) async throws -> Response {
        let program = try await find(req, for: .change)
        let cohort: Cohort
        do {
            cohort = try await createCohort(in: program, req)
        } catch let errors as FieldErrors {
            return try await renderProgram(req, program: program, errors: errors, status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.cohort(try cohort.requireID()).path + "?notice=created", redirectType: .normal)
    }

    // MARK: - What both edges do

    /// `to`: the next status (`ProgramStatus.next`).
    private func changeStatus(of program: Program, _ req: Request) async throws {
        let target = try req.content.decode(ProgramStatusChange.self).to.flatMap(ProgramStatus.init(rawValue:))
        guard let target, program.status.canMove(to: target) else {
            throw FieldErrors(
                "to", Message { m in m(.programStatusInvalid(from: m.programStatus(program.status))) })
        }
        program.status = target
        try await req.db.writeTransaction { db in
            try await program.save(on: db)
            try await req.audit(
                AuditEntry(
                    .programStatus, entityID: program.id?.uuidString,
                    changedFields: ["status"]), on: db)
        }
    }

    private func createCohort(in program: Program, _ req: Request) async throws -> Cohort {
        guard program.status != .finished, program.status != .archived else {
            throw FieldErrors("name", .cohortProgramClosed, .notAllowed)
        }
        let input = try req.content.decode(CohortInput.self)
        switch input.validate(program: program) {
        case let .failure(errors): throw errors
        case let .success(valid):
            if try await Cohort.query(on: req.db).filter(\.$program.$id == program.requireID())
                .filter(\.$name == valid.name).first() != nil
            {
                throw FieldErrors("name", .cohortNameTaken, .taken)
            }
            let cohort = Cohort()
            cohort.$program.id = try program.requireID()
            cohort.providerID = program.$provider.id
            cohort.name = valid.name
            cohort.capacity = valid.capacity
            cohort.seatsTaken = 0
            cohort.enrolDeadline = valid.enrolDeadline.description
            cohort.startsOn = valid.startsOn.description
            cohort.endsOn = valid.endsOn.description
            try await req.db.writeTransaction { db in
                try await cohort.create(on: db)
                try await req.audit(
                    AuditEntry(
                        .cohortCreate, entityID: cohort.id?.uuidString,
                        changedFields: ["name", "capacity", "enrol_deadline", "starts_on", "ends_on"]),
                    on: db)
            }
            return cohort
        }
    }

    // MARK: - API

    @Sendable package func changeStatusAPI(req: Request) async throws -> ProgramDTO {
        let program = try await find(req, for: .change)
        try await changeStatus(of: program, req)
        return try ProgramDTO(program, cohorts: nil)
    }

    @Sendable package func createCohortAPI(req: Request) async throws -> Response {
        let cohort = try await createCohort(in: try await find(req, for: .change), req)
        return try await CohortDTO(cohort, sessions: []).encodeResponse(status: .created, for: req)
    }

    @Sendable package func list(req: Request) async throws -> ItemsDTO<ProgramDTO> {
        // `?managed=true`: the programs the caller runs or oversees, drafts included.
        if req.query[String.self, at: "managed"].isChecked {
            let rows = try await req.scopedQuery(Program.self).sort(\.$startsOn, .descending).limit(500).all()
            return ItemsDTO(items: try rows.map { try ProgramDTO($0, cohorts: nil) })
        }
        let rows = try await ProgramQuery.catalogue(try catalogueFilter(req), on: req.db)
        return ItemsDTO(items: try rows.map { try ProgramDTO($0, cohorts: nil) })
    }

    @Sendable package func show(req: Request) async throws -> ProgramDTO {
        let program = try await find(req, for: .read)
        let cohorts = try await ProgramQuery.cohorts(of: program.requireID(), on: req.db)
        return try ProgramDTO(program, cohorts: try cohorts.map { try CohortDTO($0.cohort, sessions: $0.sessions) })
    }

    @Sendable package func createFromAPI(req: Request) async throws -> Response {
        switch try await create(try req.content.decode(ProgramInput.self), req) {
        case let .failure(errors): throw errors
        case let .success(program):
            return try await ProgramDTO(program, cohorts: []).encodeResponse(status: .created, for: req)
        }
    }

    @Sendable package func updateFromAPI(req: Request) async throws -> ProgramDTO {
        let program = try await find(req, for: .change)
        switch try await update(program, with: try req.content.decode(ProgramInput.self), req) {
        case let .failure(errors): throw errors
        case .success: return try ProgramDTO(program, cohorts: nil)
        }
    }

    // MARK: - Writing

    private func create(_ input: ProgramInput, _ req: Request) async throws -> Result<Program, FieldErrors> {
        let (actor, scope) = try req.scope(.create, on: .program)
        switch try await input.validate(
            actor: actor, scope: scope, policy: try req.policy, on: req.db)
        {
        case let .failure(errors): return .failure(errors)
        case let .success(valid):
            let program = Program()
            valid.apply(to: program)
            program.status = .draft
            try await req.db.writeTransaction { db in
                try await program.create(on: db)
                try await req.audit(
                    AuditEntry(
                        .programCreate, entityID: program.id?.uuidString,
                        changedFields: ["kind", "title", "measure", "starts_on", "capacity"]), on: db)
            }
            return .success(program)
        }
    }

    /// Details change while a program is a draft or open; once it runs they are what
    /// people enrolled in.
    private func update(_ program: Program, with input: ProgramInput, _ req: Request) async throws -> Result<
        Void, FieldErrors
    > {
        let (actor, scope) = try req.scope(.change, on: .program)
        guard program.status == .draft || program.status == .open else {
            return .failure(FieldErrors("title", .programNotEditable, .notAllowed))
        }
        var input = input
        if scope != .any { input.providerID = nil }
        switch try await input.validate(
            actor: actor, scope: scope, policy: try req.policy, on: req.db)
        {
        case let .failure(errors): return .failure(errors)
        case let .success(valid):
            let before = ProgramInput(program)
            valid.apply(to: program)
            let changed = before.changedFields(comparedWith: ProgramInput(program))
            try await req.db.writeTransaction { db in
                try await program.save(on: db)
                try await req.audit(
                    AuditEntry(
                        .programUpdate, entityID: program.id?.uuidString,
                        changedFields: changed), on: db)
            }
            return .success(())
        }
    }

    // MARK: - Helpers

    /// The program named by `:id` if the actor may `action` it: anyone reads a published
    /// program; a draft or archived one, and any change, needs the scope. 404 otherwise.
    private func find(_ req: Request, for action: Action) async throws -> Program {
        guard let id = req.parameters.get("id", as: UUID.self) else { throw Abort(.notFound) }
        if action == .read,
            let program = try await Program.query(on: req.db).with(\.$provider).filter(\.$id == id)
                .filter(\.$status ~~ ProgramQuery.published).first()
        {
            return program
        }
        guard let actor = try? req.requireActor() else { throw Abort(.notFound) }
        // Reading: a role that reads no unpublished program is told nothing exists there.
        // Changing: a role that changes none is refused whatever the id (403).
        if action == .read, Permissions.scope(for: actor.role, .read, on: .program) == .none { throw Abort(.notFound) }
        guard
            let program = try await req.scopedQuery(Program.self, for: action).with(\.$provider).filter(\.$id == id)
                .first()
        else { throw Abort(.notFound) }
        return program
    }

    private func catalogueFilter(_ req: Request) throws -> ProgramQuery.Filter {
        var filter = ProgramQuery.Filter()
        if let kind = req.query[String.self, at: "kind"].trimmedText {
            guard let parsed = ProgramKind(rawValue: kind) else {
                throw Abort(.badRequest, reason: req.messages(.errorInvalidParameter(name: "kind")))
            }
            filter.kind = parsed
        }
        if let year = req.query[String.self, at: "year"].trimmedText {
            guard let parsed = Int(year), (2000...2100).contains(parsed) else {
                throw Abort(.badRequest, reason: req.messages(.errorInvalidParameter(name: "year")))
            }
            filter.year = parsed
        }
        filter.openOnly = req.query[String.self, at: "open"].isChecked
        return filter
    }

    private func renderForm(
        _ req: Request, input: ProgramInput, program: Program?, errors: FieldErrors,
        status: HTTPStatus
    ) async throws -> Response {
        let (_, scope) = try req.scope(program == nil ? .create : .change, on: .program)
        let providers =
            scope == .any
            ? try await Organization.query(on: req.db).filter(\.$kind != .enterprise).sort(\.$name).all() : []
        let occupations = try await Occupation.query(on: req.db).filter(\.$isDigital == true).sort(\.$id).all()
        let model = ProgramFormPageModel(
            input: input, program: program, errors: errors, providers: providers,
            occupations: occupations, csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }

    package func renderProgram(_ req: Request, program: Program, errors: FieldErrors, status: HTTPStatus) async throws
        -> Response
    {
        let id = try program.requireID()
        // The page names the provider; a caller may hand over a program loaded without it.
        if program.$provider.value == nil { try await program.$provider.load(on: req.db) }
        let actor = try? req.requireActor()
        // A role that changes no program at all (a talent) simply does not manage this one.
        var canManage = false
        if actor != nil, let query = try? req.scopedQuery(Program.self, for: .change) {
            canManage = try await query.filter(\.$id == id).first() != nil
        }
        var own: [UUID: Enrollment] = [:]
        var paymentOptions: [PaymentOption] = []
        if let actor, actor.role == .talent,
            let talent = try await Talent.query(on: req.db).filter(\.$user.$id == actor.userID).first()
        {
            own = try await ProgramQuery.ownEnrollments(userID: actor.userID, programID: id, on: req.db)
            paymentOptions =
                try await req.application.enrolmentPayment?.options(
                    for: talent.requireID(), program: program, today: req.clock.today, on: req.db) ?? []
        }
        let model = ProgramPageModel(
            program: program,
            occupation: try await program.occupationCode.asyncFlatMap { try await Occupation.find($0, on: req.db) },
            cohorts: try await ProgramQuery.cohorts(of: id, on: req.db), canManage: canManage,
            isTalent: actor?.role == .talent, signedIn: actor != nil, own: own, paymentOptions: paymentOptions,
            errors: errors,
            notice: req.query[String.self, at: "notice"], csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }
}

/// A program's move to another status (`POST /api/v1/programs/{id}/status`, the status form).
package struct ProgramStatusChange: Content {
    @FormText package var to: String?
}
