import Fluent
import Organizations
import Reference
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// 数字工程师专栏 (M7): the public catalogue of online courses, a talent marking one
/// completed, a provider adding courses and recording completions, and `/api/v1/courses`.
package struct CoursesController: RouteCollection {
    /// Whom a provider trained (the training capability's answer).
    package let roster: any ProviderRoster

    package func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.courses.route, use: cataloguePage)
        routes.get(SiteURL.routeByID(SiteURL.course), use: coursePage)
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.newCourse.route, use: newPage)
        pages.post(SiteURL.courses.route, use: createFromForm)
        // A list of up to 10,000 profile ids is about 370 KB.
        pages.on(.POST, SiteURL.routeByID(SiteURL.courseCompletions), body: .collect(maxSize: "1mb"), use: completePage)

        let api = routes.grouped("api", "v1", "courses")
        api.get(use: list)
        api.get(":id", use: show)
        let signedIn = api.grouped(RequireSignIn())
        signedIn.post(use: createFromAPI)
        signedIn.on(.POST, ":id", "completions", body: .collect(maxSize: "1mb"), use: completeAPI)
        routes.grouped("api", "v1", "course-completions").grouped(RequireSignIn()).get(use: listCompletions)
    }

    @Sendable package func cataloguePage(req: Request) async throws -> Response {
        let filter = try filter(req)
        let model = CourseCataloguePageModel(
            courses: try await CourseQuery.catalogue(filter, on: req.db), filter: filter,
            canCreate: (try? req.authorize(.create, .course)) != nil)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    @Sendable package func coursePage(req: Request) async throws -> Response {
        try await renderCourse(req, try await find(req), errors: FieldErrors(), status: .ok)
    }

    @Sendable package func newPage(req: Request) async throws -> Response {
        try req.authorize(.create, .course)
        return try await renderForm(req, input: CourseInput(), errors: FieldErrors(), status: .ok)
    }

    @Sendable package func createFromForm(req: Request) async throws -> Response {
        let input = try req.content.decode(CourseInput.self)
        do {
            let course = try await create(input, req)
            return req.redirect(
                to: SiteURL.course(try course.requireID()).path + "?notice=created", redirectType: .normal)
        } catch let errors as FieldErrors {
            return try await renderForm(req, input: input, errors: errors, status: .unprocessableEntity)
        }
    }

    @Sendable package func createFromAPI(req: Request) async throws -> Response {
        try await CourseDTO(try await create(try req.content.decode(CourseInput.self), req))
            .encodeResponse(status: .created, for: req)
    }

    @Sendable package func list(req: Request) async throws -> ItemsDTO<CourseDTO> {
        ItemsDTO(items: try await CourseQuery.catalogue(try filter(req), on: req.db).map(CourseDTO.init))
    }

    @Sendable package func show(req: Request) async throws -> CourseDTO {
        try CourseDTO(try await find(req))
    }

    @Sendable package func completePage(req: Request) async throws -> Response {
        let course = try await find(req)
        let own: Bool
        do {
            own = try await credit(course, req).own
        } catch let errors as FieldErrors {
            return try await renderCourse(req, course, errors: errors, status: .unprocessableEntity)
        }
        let notice = own ? "submitted" : "completed"
        return req.redirect(
            to: SiteURL.course(try course.requireID()).path + "?notice=" + notice, redirectType: .normal)
    }

    @Sendable package func completeAPI(req: Request) async throws -> CompletionResultDTO {
        let outcome = try await credit(try await find(req), req)
        // A talent's own report waits for the provider: nothing is credited yet.
        return CompletionResultDTO(
            credited: outcome.own ? 0 : outcome.credited, alreadyCompleted: outcome.asked - outcome.credited,
            waitingForReview: outcome.own ? outcome.credited : 0)
    }

    /// A talent reports the course completed, with what shows it; the course's provider
    /// (or an administrator) records completions for the profiles in `talentIDs`. How many
    /// were newly credited, of how many asked, and whether the talent marked their own.
    private func credit(_ course: Course, _ req: Request) async throws -> (credited: Int, asked: Int, own: Bool) {
        let (actor, scope) = try req.scope(.create, on: .courseCompletion)
        // A talent's report without a body still gets its 422 on `evidence`.
        let input = req.body.data == nil ? CourseCompletionInput() : try req.content.decode(CourseCompletionInput.self)
        var talentIDs: [UUID] = []
        var evidence: String?
        if scope == .own {
            guard
                let talent = try await Talent.query(on: req.db).filter(\.$user.$id == actor.userID)
                    .filter(\.$status == "active").first()
            else { throw FieldErrors("talentIDs", .enrolNoProfile, .unknown) }
            // The learner says what shows it; the provider confirms before the hours count.
            var read = FieldReader()
            evidence = read.text(input.evidence, "evidence", .courseEvidence, max: 500)
            guard evidence != nil else { throw read.errors }
            talentIDs = [try talent.requireID()]
        } else {
            guard
                Permissions.allows(
                    actor, .create, on: .courseCompletion, owner: ResourceOwner(organizationID: course.$provider.id))
            else { throw Abort(.forbidden, reason: req.messages(.errorForbidden)) }
            // By name, ID number or profile id; a provider's names find only people it trained.
            let (roster, provider, db) = (self.roster, course.$provider.id, req.db)
            let visible: (@Sendable ([UUID]) async throws -> Set<UUID>)? =
                scope == .any ? nil : { @Sendable ids in try await roster.trained(among: ids, by: provider, on: db) }
            let listed: [UUID]
            switch try await TalentReferenceList.resolve(
                input.talentIDs ?? "", cipher: req.application.personalData, today: req.clock.today, on: req.db,
                visible: visible)
            {
            case let .success(found) where (1...10_000).contains(found.count): listed = found
            case .success: throw FieldErrors("talentIDs", .courseTalentIDsInvalid)
            case let .failure(unresolved): throw FieldErrors("talentIDs", unresolved.message, .unknown)
            }
            // A provider credits hours only to people it trained or enrolled (issue 14: any
            // profile id would do); an administrator to anyone.
            if scope != .any {
                let trained = try await roster.trained(among: listed, by: course.$provider.id, on: req.db)
                let strangers = Set(listed).subtracting(trained).map(\.uuidString).sorted()
                guard strangers.isEmpty else {
                    let named = strangers.prefix(5).joined(separator: ", ") + (strangers.count > 5 ? " …" : "")
                    throw FieldErrors("talentIDs", .courseTalentsNotTrained(ids: named), .notAllowed)
                }
            }
            talentIDs = listed
        }
        let (ids, shown) = (talentIDs, evidence)
        let credited = try await req.db.writeTransaction { db in
            try await CourseStore.complete(
                course, talentIDs: ids, on: req.clock.today, source: scope == .own ? "self" : "provider",
                evidence: shown, context: req.writeContext, on: db)
        }
        return (credited, Set(ids).count, scope == .own)
    }

    @Sendable package func listCompletions(req: Request) async throws -> ItemsDTO<CourseCompletionDTO> {
        let rows = try await req.scopedQuery(CourseCompletion.self).sort(\.$completedOn, .descending).limit(1_000).all()
        return ItemsDTO(items: try rows.map(CourseCompletionDTO.init))
    }

    // MARK: - Helpers

    private func create(_ input: CourseInput, _ req: Request) async throws -> Course {
        let (actor, scope) = try req.scope(.create, on: .course)
        switch try await input.validate(actor: actor, scope: scope, on: req.db) {
        case let .failure(errors): throw errors
        case let .success(valid):
            return try await req.db.writeTransaction { db in
                try await CourseStore.create(valid, context: req.writeContext, on: db)
            }
        }
    }

    private func find(_ req: Request) async throws -> Course {
        guard let id = req.parameters.get("id", as: UUID.self),
            let course = try await Course.query(on: req.db).with(\.$provider).filter(\.$id == id).first()
        else { throw Abort(.notFound) }
        return course
    }

    private func filter(_ req: Request) throws -> CourseQuery.Filter {
        var filter = CourseQuery.Filter()
        // LIKE wildcards removed, as the occupation search does: a typed `%` is not a pattern.
        filter.keyword = req.query[String.self, at: "q"].trimmedText
            .map { String($0.prefix(50)).filter { !"%_\\".contains($0) } }.flatMap { $0.isEmpty ? nil : $0 }
        if let code = req.query[String.self, at: "occupation"].trimmedText {
            filter.occupationCode = String(code.prefix(20))
        }
        return filter
    }

    private func renderCourse(_ req: Request, _ course: Course, errors: FieldErrors, status: HTTPStatus) async throws
        -> Response
    {
        let actor = try? req.requireActor()
        var completion: CourseCompletion?
        if let actor, actor.role == .talent,
            let talent = try await Talent.query(on: req.db).filter(\.$user.$id == actor.userID).first()
        {
            completion = try await CourseCompletion.query(on: req.db).filter(\.$course.$id == course.requireID())
                .filter(\.$talent.$id == talent.requireID()).first()
        }
        let canRecord =
            actor.map {
                Permissions.allows(
                    $0, .create, on: .courseCompletion, owner: ResourceOwner(organizationID: course.$provider.id))
            } ?? false
        let model = CoursePageModel(
            course: course,
            occupation: try await course.occupationCode.asyncFlatMap {
                try await Occupation.find($0, on: req.db)
            }, isTalent: actor?.role == .talent, signedIn: actor != nil,
            completion: completion, canRecord: canRecord,
            waitingForReview: canRecord
                ? try await CourseCompletion.query(on: req.db).filter(\.$course.$id == course.requireID())
                    .filter(\.$status == .pending).count() : 0,
            errors: errors,
            notice: req.query[String.self, at: "notice"],
            csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }

    private func renderForm(_ req: Request, input: CourseInput, errors: FieldErrors, status: HTTPStatus) async throws
        -> Response
    {
        let (_, scope) = try req.scope(.create, on: .course)
        let model = CourseFormPageModel(
            input: input, errors: errors,
            providers: scope == .any
                ? try await Organization.query(on: req.db).filter(\.$kind != .enterprise).sort(\.$name).all() : [],
            occupations: try await Occupation.query(on: req.db).filter(\.$isDigital == true).sort(\.$id).all(),
            csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }
}

package enum CourseQuery {
    package struct Filter {
        package var keyword: String?
        package var occupationCode: String?
    }

    package static func catalogue(_ filter: Filter, on db: any Database) async throws -> [Course] {
        let query = Course.query(on: db).with(\.$provider).filter(\.$listed == true)
        if let keyword = filter.keyword { query.filter(\.$title, .contains(inverse: false, .anywhere), keyword) }
        if let code = filter.occupationCode { query.filter(\.$occupationCode == code) }
        return try await query.sort(\.$createdAt, .descending).limit(500).all()
    }
}

package struct CourseDTO: Content {
    package var id: UUID
    package var providerID: UUID
    package var title: String
    package var occupationCode: String?
    package var level: String?
    package var minutes: Int
    package var link: String?
    package var content: String

    package init(_ course: Course) throws {
        id = try course.requireID()
        providerID = course.$provider.id
        title = course.title
        occupationCode = course.occupationCode
        level = course.level?.rawValue
        minutes = course.minutes
        link = course.link
        content = course.content
    }
}

package struct CourseCompletionDTO: Content {
    package var id: UUID
    package var courseID: UUID
    package var talentID: UUID
    package var completedOn: String
    package var minutes: Int
    package var source: String
    /// `pending`, `confirmed` or `returned`: only confirmed hours count.
    package var status: String
    package var evidence: String?
    package var reviewNote: String?

    package init(_ completion: CourseCompletion) throws {
        id = try completion.requireID()
        courseID = completion.$course.id
        talentID = completion.$talent.id
        completedOn = completion.completedOn
        minutes = completion.minutes
        source = completion.source
        status = completion.status.rawValue
        evidence = completion.evidence
        reviewNote = completion.reviewNote
    }
}

package struct CompletionResultDTO: Content {
    package var credited: Int
    package var alreadyCompleted: Int
    /// A talent's own report, recorded and waiting for the provider's confirmation.
    package var waitingForReview: Int
}

/// `POST /api/v1/courses/{id}/completions`: the profiles a provider credits with a
/// course, or what shows a talent's own completion.
package struct CourseCompletionInput: Content {
    /// The learners, one a line: names, ID numbers or profile ids (`TalentReferenceList`).
    @FormList package var talentIDs: String?
    /// A talent's: what shows the completion.
    @FormText package var evidence: String?

    package init() {}
}
