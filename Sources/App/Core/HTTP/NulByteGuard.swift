import Vapor

/// Refuses input that carries a NUL character — in the query string, a form or a JSON
/// body — with a 400. PostgreSQL cannot store NUL in text and would fail with a 5xx deep in
/// a query; no field of the platform has a use for it.
struct NulByteGuard: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        // An uploaded file (a form's, or a CSV or workbook sent as the body of an API
        // import) may hold any byte; the importers refuse binaries by themselves.
        let isUpload = Self.fileTypes.contains(request.headers.contentType?.subType ?? "")
        if Self.containsNul(request.url.query ?? "") || Self.containsNul(request.url.path)
            || (!isUpload && request.body.data.map({ Self.containsNul(String(buffer: $0)) }) == true) {
            return request.eventLoop.makeFailedFuture(Abort(.badRequest, reason: request.messages(.errorControlCharacter)))
        }
        return next.respond(to: request)
    }

    static let fileTypes: Set<String> = ["form-data", "csv", "octet-stream", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"]

    /// A raw NUL, its percent-encoding or its JSON escape.
    static func containsNul(_ text: String) -> Bool {
        text.utf8.contains(0) || text.range(of: "%00", options: .caseInsensitive) != nil
            || text.range(of: "\\u0000", options: .caseInsensitive) != nil
    }
}
