import Accounts
import Certificates
import Fluent
import Foundation
import Organizations
import Reference
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// The workflow's pages: "我的申报" and a department's queue, one application with its
/// steps, and the forms behind them. The same use cases as the API
/// (`ApplicationRequests`); a refused step shows the page again with the reasons.
package struct ApplicationPagesController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.applications.route, use: list)
        pages.post(SiteURL.applications.route, use: create)
        pages.get(SiteURL.routeByID(SiteURL.application), use: show)
        pages.on(
            .POST, SiteURL.routeByID(SiteURL.applicationAttachments), body: .collect(maxSize: "11mb"), use: attach)
        pages.get(SiteURL.routeByID(SiteURL.applicationAttachment), use: download)
        pages.post(SiteURL.routeByID(SiteURL.applicationRevokeRecognition), use: revokeRecognition)
        pages.post(SiteURL.routeByID(SiteURL.applicationLoanRepaid), use: recordRepayment)
        for action in ApplicationAction.allCases {
            pages.post(SiteURL.route(SiteURL.applicationStep, action)) { req in try await step(action, req) }
        }
    }

    @Sendable package func list(req: Request) async throws -> Response {
        let (actor, scope) = try req.scope(.list, on: .application)
        let policy = try req.policy
        let state = req.query[String.self, at: "state"].trimmedText.flatMap(ApplicationState.init(rawValue:))
        let kind = req.query[String.self, at: "kind"].trimmedText.flatMap { policy.applicationKind($0)?.id }
        // The applicant's own: a person's, or an employer's for its organisation.
        let mine = scope <= .organization
        let cursor = try ApplicationRequests.cursor(req)
        // Only the columns the list shows: decoding whole rows was a third of the page's time.
        let fetched = try await ApplicationRequests.list(req, state: state, kind: kind, after: cursor)
            .field(\.$id).field(\.$kind).field(\.$state).field(\.$talent.$id).field(\.$organization.$id).field(
                \.$submittedAt
            ).field(\.$dueOn)
            .limit(mine ? 200 : ApplicationListPageModel.pageSize + 1).all()
        let (page, next) = mine ? (fetched, nil) : QueueCursor.page(fetched, size: ApplicationListPageModel.pageSize)
        var names = try await Talent.query(on: req.db).filter(\.$id ~~ Set(page.compactMap(\.$talent.id)))
            .field(\.$id).field(\.$name).all()
            .reduce(into: [UUID: String]()) { names, talent in talent.id.map { names[$0] = talent.name } }
        // Organisations only when one applied: the queue is read in a few queries.
        let organizations = Set(page.compactMap(\.$organization.id))
        if !organizations.isEmpty {
            for organization in try await Organization.query(on: req.db).filter(\.$id ~~ organizations)
                .field(\.$id).field(\.$name).all()
            {
                if let id = organization.id { names[id] = organization.name }
            }
        }
        let rows = page.map {
            ApplicationListPageModel.Row(
                application: $0, applicantName: ($0.$talent.id ?? $0.$organization.id).flatMap { names[$0] } ?? "")
        }
        let today = req.clock.today
        let soon = policy.calendar.adding(workingDays: 2, to: today)
        var counts: (Int, Int, Int)?
        if !mine, scope >= .department {
            counts = try await ApplicationRequests.queueCounts(
                department: scope == .any ? nil : actor.departmentCode ?? "", today: today, soon: soon,
                on: req.db as! any SQLDatabase)
        }
        let model = ApplicationListPageModel(
            mine: mine, rows: rows, state: state, kind: kind, counts: counts, today: today, soon: soon,
            paged: cursor != nil,
            next: next?.text)
        return htmlResponse(model.render(layout: Layout(request: req, policy: policy)))
    }

    /// From a "开始申报" button on the eligibility page.
    /// A refusal shows the page again, the reasons in the card the button was in.
    @Sendable package func create(req: Request) async throws -> Response {
        let input = try req.content.decode(ApplicationInput.self)
        do {
            let application = try await ApplicationRequests.start(input, req)
            return req.redirect(to: SiteURL.application(try application.requireID()).path + "?notice=created")
        } catch let errors as FieldErrors {
            let failed = EligibilityPageModel.FailedStart(input: input, errors: errors)
            if let page = try await EligibilityController.ownPage(req, failed: failed) { return page }
            if let page = try await OrganizationEligibilityController.ownPage(req, failed: failed) { return page }
            throw errors
        }
    }

    @Sendable package func show(req: Request) async throws -> Response {
        let application = try await ApplicationRequests.find(req, for: .read, on: req.db)
        let notice: String? =
            switch req.query[String.self, at: "notice"] {
            case "created": req.messages(.applicationCreatedNotice)
            case "attached": req.messages(.applicationAttached)
            case "moved": req.messages(.applicationMoved(state: req.messages.applicationState(application.state)))
            case "revoked": req.messages(.applicationRecognitionRevokedNotice)
            case "repaid": req.messages(.loanRepaidNotice)
            default: nil
            }
        return try await render(application, req, notice: notice)
    }

    @Sendable package func attach(req: Request) async throws -> Response {
        do {
            let attachment = try await ApplicationRequests.attach(req)
            return req.redirect(to: SiteURL.application(attachment.$application.id).path + "?notice=attached")
        } catch let errors as FieldErrors {
            let application = try await ApplicationRequests.find(req, for: .read, on: req.db)
            return try await render(application, req, errors: errors, status: .unprocessableEntity)
        }
    }

    @Sendable package func download(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: UUID.self),
            let attachment = try await ApplicationAttachment.query(on: req.db).filter(\.$id == id)
                .field(\.$id).field(\.$application.$id).first(),
            let application = try await req.scopedQuery(PolicyApplication.self, for: .read)
                .filter(\.$id == attachment.$application.id).first()
        else { throw Abort(.notFound) }
        return try await ApplicationRequests.download(id, of: application, req)
    }

    @Sendable package func revokeRecognition(req: Request) async throws -> Response {
        let input = try req.content.decode(RecognitionRevokeInput.self)
        do {
            let application = try await ApplicationRequests.revokeRecognition(input, req)
            return req.redirect(to: SiteURL.application(try application.requireID()).path + "?notice=revoked")
        } catch let errors as FieldErrors {
            let application = try await ApplicationRequests.find(req, for: .read, on: req.db)
            return try await render(
                application, req, errors: errors, revokeReason: input.reason, status: .unprocessableEntity)
        }
    }

    @Sendable package func recordRepayment(req: Request) async throws -> Response {
        let input = try req.content.decode(LoanRepaymentInput.self)
        do {
            let application = try await ApplicationRequests.recordRepayment(input, req)
            return req.redirect(to: SiteURL.application(try application.requireID()).path + "?notice=repaid")
        } catch let errors as FieldErrors {
            let application = try await ApplicationRequests.find(req, for: .read, on: req.db)
            return try await render(
                application, req, errors: errors, repaidOn: input.repaidOn, status: .unprocessableEntity)
        }
    }

    private func step(_ action: ApplicationAction, _ req: Request) async throws -> Response {
        let input = try req.content.decode(ApplicationStepInput.self)
        do {
            let application = try await ApplicationRequests.step(action, input, req)
            return req.redirect(to: SiteURL.application(try application.requireID()).path + "?notice=moved")
        } catch let errors as FieldErrors {
            let application = try await ApplicationRequests.find(req, for: .read, on: req.db)
            return try await render(application, req, errors: errors, step: input, status: .unprocessableEntity)
        }
    }

    private func render(
        _ application: PolicyApplication, _ req: Request, notice: String? = nil, errors: FieldErrors = FieldErrors(),
        step: ApplicationStepInput = ApplicationStepInput(), revokeReason: String? = nil, repaidOn: String? = nil,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let actor = try req.requireActor()
        let policy = try req.policy
        let m = req.messages
        let id = try application.requireID()
        let applicantName = try await ApplicationRequests.applicantName(application, on: req.db)
        let history = try await ApplicationRequests.history(of: id, on: req.db)
        let actors = try await User.query(on: req.db).filter(\.$id ~~ Set(history.compactMap(\.actorID))).all()
        let names = Dictionary(actors.compactMap { user in user.id.map { ($0, user.displayName) } }) { a, _ in a }
        let reviews = Permissions.scope(for: actor.role, .change, on: .application) >= .department
        let isApplicant = try await ApplicationRequests.isApplicant(actor, application, on: req.db)
        let model = ApplicationPageModel(
            application: application, applicantName: applicantName,
            basis: try await basis(of: application, policy, m, on: req.db),
            recognition: try await TitleRecognitions.of(application: id, on: req.db), revokeReason: revokeReason,
            loan: try await LoanGrant.query(on: req.db).filter(\.$applicationID == id).first(), repaidOn: repaidOn,
            attachments: try await ApplicationRequests.attachments(of: id, on: req.db),
            history: history.map { event in (event, event.actorID.flatMap { names[$0] } ?? m(.applicationByPlatform)) },
            isApplicant: isApplicant, isReviewer: reviews && !isApplicant, csrf: CSRF.token(for: req), errors: errors,
            step: step, notice: notice,
            reviewerSetsAmount: policy.applicationKind(application.kind).map { policy.amountIsAsked(for: $0) } ?? false)
        return htmlResponse(model.render(layout: Layout(request: req, policy: policy)), status: status)
    }

    /// "中级工职业技能等级证书 · 2-02-38-03 大数据工程技术人员 · 2026-10-27", the training, for
    /// a title application what its rule gives ("直接申报中级职称评审或考试"), for a loan its
    /// product.
    private func basis(of application: PolicyApplication, _ policy: PolicyDocument, _ m: Messages, on db: any Database)
        async throws -> String?
    {
        guard let text = application.basisID else { return nil }
        guard let id = UUID(uuidString: text) else {
            // A rule's own id: a title rule says what it gives, a loan names its product.
            if let product = policy.loanProducts.first(where: { $0.ruleID == text }) {
                return product.label.text(m.language)
            }
            return TitleEligibility.grant(ofRule: text, policy: policy).map(m.grant) ?? text
        }
        let occupation = try await application.occupationCode.asyncFlatMap { try await Occupation.find($0, on: db) }
        let occupationName = occupation?.codedName(m.language) ?? application.occupationCode ?? "—"
        if let certificate = try await Certificate.find(id, on: db) {
            return m(
                .subsidyForCertificate(
                    certificate: m.certificate(certificate.kind, certificate.certificateLevel),
                    occupation: occupationName, date: certificate.issuedOn))
        }
        return m(.subsidyForTraining(occupation: occupationName, date: "—"))
    }
}
