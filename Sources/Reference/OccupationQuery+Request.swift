import SiteKit
import Vapor

extension OccupationQuery {
    /// Reads `q`, `digital`, `limit` and `cursor`; a bad value is a 400 naming the parameter
    /// in the user's language.
    package init(request: Request) throws {
        let messages = request.messages
        keyword = request.query[String.self, at: "q"]
        let digital = request.query[String.self, at: "digital"]?.lowercased()
        digitalOnly = ["true", "1", "on", "yes"].contains(digital ?? "")
        if let rawLimit = request.query[String.self, at: "limit"] {
            guard let value = Int(rawLimit), (1...Self.maxLimit).contains(value) else {
                throw Abort(.badRequest, reason: messages(.errorInvalidLimit(max: String(Self.maxLimit))))
            }
            limit = value
        } else {
            limit = Self.defaultLimit
        }
        if let rawCursor = request.query[String.self, at: "cursor"], !rawCursor.isEmpty {
            guard let cursor = Cursor(rawCursor) else {
                throw Abort(.badRequest, reason: messages(.errorInvalidCursor))
            }
            after = cursor
        } else {
            after = nil
        }
    }
}
