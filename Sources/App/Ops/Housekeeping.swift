import Fluent
import Foundation
import SiteKit
import Vapor

/// Work that no request asks for, done by every serving instance at start-up and every
/// half minute after (a sweep of the job runner's loop, `JobRunner.start`): reports of refused import
/// rows older than `TALENT_IMPORT_REPORT_DAYS` are removed (issue 14), and rate-limit
/// events older than a day. (An import whose server died is the job runner's: it is
/// taken up again, or failed after its last attempt.)
enum Housekeeping {
    /// How many reports expired.
    @discardableResult
    static func sweep(_ app: Application, now: Date) async throws -> Int {
        let cutoff = now.addingTimeInterval(-Double(app.importReportDays) * 86_400)
        let expired = try await app.db.writeTransaction { db in try await ImportReports.expire(before: cutoff, on: db) }
        try await app.db.writeTransaction { db in
            try await RateLimit.prune(before: now.addingTimeInterval(-86_400), on: db)
        }
        return expired
    }
}

extension Application {
    private struct ReportDaysKey: StorageKey {
        typealias Value = Int
    }

    /// `TALENT_IMPORT_REPORT_DAYS`.
    var importReportDays: Int {
        get { storage[ReportDaysKey.self] ?? 30 }
        set { storage[ReportDaysKey.self] = newValue }
    }
}
