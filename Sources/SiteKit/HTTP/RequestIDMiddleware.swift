import Vapor

/// Gives every request an id — the caller's `X-Request-ID` when it is a sane token,
/// otherwise a new UUID — puts it on every log line of the request and on the response.
///
/// Like every middleware that does no I/O it works on futures: an `AsyncMiddleware` starts
/// a task per request, and eight of them were most of what a request cost.
package struct RequestIDMiddleware: Middleware {
    package static let header = "X-Request-ID"

    package func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        // Without the header Vapor has made the request a fresh UUID already (`request.id`);
        // another would cost another open of /dev/urandom (Foundation's UUID() on Linux).
        let id: String
        if let incoming = request.headers.first(name: Self.header) {
            id = Self.isAcceptable(incoming) ? incoming : UUID().uuidString
        } else {
            id = request.id
        }
        request.storage[RequestIDKey.self] = id
        request.logger[metadataKey: "request-id"] = .string(id)
        request.logger.logLevel = max(request.logger.logLevel, PersonalDataSafeLogging.minimumLevel)
        return next.respond(to: request).map { response in
            response.headers.replaceOrAdd(name: Self.header, value: id)
            return response
        }
    }

    /// 1–64 characters of letters, digits, `-`, `_`, `.`: nothing that could forge a log line.
    package static func isAcceptable(_ value: String) -> Bool {
        (1...64).contains(value.count)
            && value.unicodeScalars.allSatisfy {
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0))
            }
    }

    package init() {

    }
}

/// Fluent logs every query with its filter values at `debug` (an ID number searched for,
/// a phone number being saved), so no logger that can see them runs below `info`,
/// whatever `LOG_LEVEL` says: personal data never reaches a log.
package enum PersonalDataSafeLogging {
    package static let minimumLevel = Logger.Level.info
}

private struct RequestIDKey: StorageKey {
    package typealias Value = String
}

extension Request {
    package var requestID: String { storage[RequestIDKey.self] ?? id }
}
