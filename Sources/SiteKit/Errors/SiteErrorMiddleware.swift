import Fluent
import TalentDomain
import Vapor

/// Turns every error into a response the caller can use: `application/problem+json`
/// under `/api`, an HTML page in the user's language elsewhere. A 5xx never shows
/// internals; it is logged (without personal data) with the request id the page shows.
package struct SiteErrorMiddleware: Middleware {
    /// The page frame for an error page (nil while no policy is active: a bare page).
    package let layout: @Sendable (Request) -> Layout?

    package init(layout: @escaping @Sendable (Request) -> Layout?) {
        self.layout = layout
    }

    package func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).recover { error in response(for: error, to: request) }
    }

    private func response(for error: any Error, to request: Request) -> Response {
        let status: HTTPResponseStatus
        let detail: String?
        var fieldProblems: [Problem.FieldProblem]?
        var measure: String?
        switch error {
        case let fields as FieldErrors:
            status = .unprocessableEntity
            let shown = fields.shown(in: request.messages)
            detail = shown.messages.joined(separator: " ")
            fieldProblems = shown.items.map { Problem.FieldProblem(field: $0.field, code: $0.code, message: $0.text) }
            measure = fields.measure
        case let abort as any AbortError:
            status = abort.status
            detail = abort.status.code < 500 ? abort.reason : nil
        case is DecodingError:
            // Swift's description names internal types; the user gets a plain sentence.
            status = .badRequest
            detail = request.messages(.errorMalformedRequest)
        case let conflict as WriteConflict:
            status = .conflict
            detail = request.messages(conflict.message ?? .errorConflict)
        case let database as any DatabaseError where database.isConstraintFailure:
            // Two submissions raced past the form's own duplicate check; the database kept
            // the first. Nothing was written for this one.
            status = .conflict
            detail = request.messages(.errorConflict)
        default:
            status = .internalServerError
            detail = nil
        }
        if status.code >= 500 {
            request.logger.error("request failed", metadata: ["error": "\(String(reflecting: type(of: error)))"])
        }
        let headers = (error as? any AbortError)?.headers ?? [:]
        let response =
            request.isAPI
            ? problem(status: status, detail: detail, fields: fieldProblems, measure: measure, request: request)
            : page(status: status, detail: detail, request: request)
        for (name, value) in headers where name.lowercased() != "content-type" {
            response.headers.replaceOrAdd(name: name, value: value)
        }
        return response
    }

    private func problem(
        status: HTTPResponseStatus, detail: String?, fields: [Problem.FieldProblem]?, measure: String?,
        request: Request
    ) -> Response {
        let body = Problem(
            type: "about:blank", title: status.reasonPhrase, status: Int(status.code),
            detail: detail, instance: request.url.path, requestID: request.requestID, measure: measure,
            errors: fields)
        let response = Response(status: status)
        response.headers.contentType = HTTPMediaType(
            type: "application", subType: "problem+json",
            parameters: ["charset": "utf-8"])
        response.body = .init(data: (try? JSONEncoder.sortedKeys.encode(body)) ?? Data())
        return response
    }

    private func page(status: HTTPResponseStatus, detail: String?, request: Request) -> Response {
        let messages = request.messages
        let (title, text): (String, String) =
            switch status.code {
            case 404: (messages(.errorNotFoundTitle), messages(.errorNotFoundText))
            case 403:
                (
                    messages(.errorForbiddenTitle),
                    messages(.errorForbiddenText(detail: detail ?? messages(.errorForbidden)))
                )
            case 500...: (messages(.errorServerTitle), messages(.errorServerText(requestID: request.requestID)))
            default: (messages(.errorRequestTitle), detail ?? status.reasonPhrase)
            }
        let html: String
        if let layout = layout(request) {
            html = ErrorPage(status: Int(status.code), title: title, text: text).render(layout: layout)
        } else {
            html =
                "<!doctype html><html lang=\"\(messages.language.tag)\"><title>\(title)</title><h1>\(title)</h1><p>\(text)</p></html>"
        }
        let response = Response(status: status, body: .init(string: html))
        response.headers.contentType = .html
        return response
    }
}

/// RFC 9457 problem details.
package struct Problem: Content {
    package var type: String
    package var title: String
    package var status: Int
    package var detail: String?
    package var instance: String
    package var requestID: String
    /// Under 422, when a rule refused: the measure whose rule it is.
    package var measure: String? = nil
    /// Under 422: every invalid field with why (its code) and its message.
    package var errors: [FieldProblem]? = nil

    package struct FieldProblem: Content {
        package var field: String
        package var code: RefusalCode
        package var message: String
    }
}
