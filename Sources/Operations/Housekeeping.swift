import Fluent
import Foundation
import SiteKit
import Vapor

/// Work that no request asks for, done by every serving instance at start-up and every
/// half minute after (a sweep of the job runner's loop, `JobRunner.start`): rate-limit
/// events older than a day are removed. (Each importing capability expires its own
/// reports of refused rows in a sweep of its own; an import whose server died is the job
/// runner's: it is taken up again, or failed after its last attempt.)
package enum Housekeeping {
    package static func sweep(_ app: Application, now: Date) async throws {
        try await app.db.writeTransaction { db in
            try await RateLimit.prune(before: now.addingTimeInterval(-86_400), on: db)
        }
    }
}
