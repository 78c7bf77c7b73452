import Fluent
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// A provider confirms the completions its learners reported (or returns them with a
/// reason) before their hours count: `/courses/reviews` and
/// `POST /api/v1/course-completions/review`.
package struct CourseReviewController: RouteCollection {
    /// How many waiting reports the page lists at once, oldest first.
    static let listed = 200

    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.courseReviews.route, use: page)
        pages.post(SiteURL.courseReviews.route, use: reviewFromForm)
        routes.grouped("api", "v1", "course-completions").grouped(RequireSignIn()).post("review", use: reviewAPI)
    }

    @Sendable package func page(req: Request) async throws -> Response {
        try await render(req, errors: FieldErrors(), input: CourseReviewInput(), status: .ok)
    }

    @Sendable package func reviewFromForm(req: Request) async throws -> Response {
        let input = try req.content.decode(CourseReviewInput.self)
        do {
            let count = try await review(input, req)
            return req.redirect(to: SiteURL.courseReviews.path + "?reviewed=\(count)", redirectType: .normal)
        } catch let errors as FieldErrors {
            return try await render(req, errors: errors, input: input, status: .unprocessableEntity)
        }
    }

    @Sendable package func reviewAPI(req: Request) async throws -> CourseReviewResultDTO {
        CourseReviewResultDTO(reviewed: try await review(try req.content.decode(CourseReviewInput.self), req))
    }

    /// Checks the decision, the chosen reports (the reviewer's own, still waiting) and the
    /// reason a return needs, then reviews them in one transaction.
    private func review(_ input: CourseReviewInput, _ req: Request) async throws -> Int {
        try requireReviewer(req)
        let decision = input.decision.trimmedText
        var read = FieldReader()
        let note = decision == "return" ? read.text(input.note, "note", .courseReviewNote, max: 500) : nil
        var errors = read.errors
        if decision != "confirm" && decision != "return" {
            errors.refuse("decision", .errorInvalidParameter(name: "decision"))
        }
        let ids = ProfileIDList.parse(input.completionIDs ?? "", maximum: Self.listed) ?? []
        if ids.isEmpty { errors.refuse("completionIDs", .courseReviewChoose) }
        guard errors.isEmpty else { throw errors }
        let completions = try await req.scopedQuery(CourseCompletion.self, for: .create).filter(\.$id ~~ ids)
            .filter(\.$status == .pending).with(\.$course).all()
        guard !completions.isEmpty else { throw FieldErrors("completionIDs", .courseReviewChoose) }
        return try await req.db.writeTransaction { db in
            try await CourseStore.review(
                completions, confirm: decision == "confirm", note: note, context: req.writeContext, on: db)
        }
    }

    /// A course's provider or an administrator; a talent reports, never reviews.
    private func requireReviewer(_ req: Request) throws {
        let (_, scope) = try req.scope(.create, on: .courseCompletion)
        guard scope == .organization || scope == .any else {
            throw Abort(.forbidden, reason: req.messages(.errorForbidden))
        }
    }

    private func render(_ req: Request, errors: FieldErrors, input: CourseReviewInput, status: HTTPStatus)
        async throws -> Response
    {
        try requireReviewer(req)
        let waiting = try await req.scopedQuery(CourseCompletion.self, for: .create).filter(\.$status == .pending)
            .with(\.$course).with(\.$talent).sort(\.$createdAt).sort(\.$id).limit(Self.listed).all()
        let model = CourseReviewPageModel(
            waiting: waiting, chosen: Set(ProfileIDList.parse(input.completionIDs ?? "", maximum: Self.listed) ?? []),
            note: input.note, errors: errors, reviewed: req.query[Int.self, at: "reviewed"], csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }
}

/// The decision on the chosen reports: `confirm`, or `return` with a `note`.
package struct CourseReviewInput: Content {
    /// Completion ids (a form's ticked `completionIDs[]`, or a JSON list).
    @FormList package var completionIDs: String?
    @FormText package var decision: String?
    @FormText package var note: String?

    package init() {}
}

package struct CourseReviewResultDTO: Content {
    package var reviewed: Int
}
