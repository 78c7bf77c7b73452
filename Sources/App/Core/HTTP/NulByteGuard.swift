import Vapor

/// Refuses input that carries a NUL character — in the query string, a form or a JSON
/// body — with a 400. PostgreSQL cannot store NUL in text and would fail with a 5xx deep in
/// a query; no field of the platform has a use for it.
struct NulByteGuard: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        // An uploaded file may hold any byte; the importer refuses binaries by itself.
        let isUpload = request.headers.contentType?.subType == "form-data"
        if Self.containsNul(request.url.query ?? "") || Self.containsNul(request.url.path)
            || (!isUpload && request.body.data.map({ Self.containsNul(String(buffer: $0)) }) == true) {
            return request.eventLoop.makeFailedFuture(Abort(.badRequest, reason: request.messages(.errorControlCharacter)))
        }
        return next.respond(to: request)
    }

    /// A raw NUL, its percent-encoding or its JSON escape.
    static func containsNul(_ text: String) -> Bool {
        text.utf8.contains(0) || text.range(of: "%00", options: .caseInsensitive) != nil
            || text.range(of: "\\u0000", options: .caseInsensitive) != nil
    }
}
