import Fluent
import Foundation
import Synchronization
import Vapor

/// Work that no request asks for, done by every serving instance at start-up and every
/// half minute after (issue 14):
/// - an import whose lease ran out — its server died or was stopped — is taken back and
///   marked failed with the reason, never left "running" (any instance may do this: the
///   first to claim the lease does);
/// - reports of refused rows older than `TALENT_IMPORT_REPORT_DAYS` are removed, and
///   rate-limit events older than a day.
enum Housekeeping {
    static let interval: Duration = .seconds(30)

    struct Outcome: Equatable {
        var importsTakenBack = 0
        var reportsExpired = 0
    }

    @discardableResult
    static func sweep(_ app: Application, now: Date = Date()) async throws -> Outcome {
        var outcome = Outcome()
        let running = try await TalentImportJob.query(on: app.db).filter(\.$status == .running).all()
        let stranded = running.filter { isStranded($0, app: app, now: now) }.compactMap(\.id)
        for id in stranded where try await claim(id, app: app, now: now) {
            try await takeBack(id, app: app)
            outcome.importsTakenBack += 1
        }
        let cutoff = now.addingTimeInterval(-Double(app.importReportDays) * 86_400)
        outcome.reportsExpired = try await app.db.writeTransaction { db in
            try await ImportReports.expire(before: cutoff, on: db)
        }
        try await RateLimit.prune(before: now.addingTimeInterval(-86_400), on: app.db)
        return outcome
    }

    /// Its lease ran out, or the process that held it is certainly gone.
    private static func isStranded(_ job: TalentImportJob, app: Application, now: Date) -> Bool {
        (job.leaseExpiresAt.map { $0 < now } ?? true) || ImportLease.ownerIsGone(job.leaseOwner, me: app.instanceID)
    }

    /// Takes the lease of a stranded import, so that one instance alone takes it back.
    private static func claim(_ id: UUID, app: Application, now: Date) async throws -> Bool {
        try await app.db.writeTransaction { db in
            guard
                let job = try await TalentImportJob.query(on: db).filter(\.$id == id).filter(\.$status == .running)
                    .first(),
                isStranded(job, app: app, now: now)
            else { return false }
            (job.leaseOwner, job.leaseExpiresAt) = (app.instanceID, now.addingTimeInterval(ImportLease.duration))
            try await job.save(on: db)
            return true
        }
    }

    private static func takeBack(_ id: UUID, app: Application) async throws {
        let kept = try await TalentImportUndo.revert(id, cipher: app.personalData, on: app.db(.bulk))
        try await app.db.writeTransaction { db in
            guard let job = try await TalentImportJob.find(id, on: db) else { return }
            job.status = .failed
            job.finishedAt = Date()
            (job.leaseOwner, job.leaseExpiresAt) = (nil, nil)
            job.problem = try ImportLease.problemText { $0(.importInterrupted) }
            try await job.save(on: db)
            try await AuditLog.append(
                AuditEntry(
                    action: "talent.import.revert", entityType: "talent", entityID: id.uuidString,
                    changedFields: ["kept:\(kept)"]),
                actor: nil, requestID: "housekeeping", key: app.secrets.audit, on: db)
        }
        app.logger.notice("import taken back", metadata: ["import": "\(id)", "kept": "\(kept)"])
    }
}

/// Runs `Housekeeping.sweep` while the server serves, and stops with it.
final class HousekeepingLoop: LifecycleHandler, Sendable {
    private let task = Mutex<Task<Void, Never>?>(nil)

    func start(_ app: Application) {
        task.withLock { running in
            running?.cancel()
            running = Task {
                while !Task.isCancelled {
                    do { try await Housekeeping.sweep(app) } catch {
                        app.logger.error("housekeeping failed: \(String(reflecting: type(of: error)))")
                    }
                    try? await Task.sleep(for: Housekeeping.interval)
                }
            }
        }
    }

    func shutdownAsync(_ application: Application) async {
        task.withLock { $0?.cancel() }
    }
}

extension Application {
    private struct HousekeepingKey: StorageKey {
        typealias Value = HousekeepingLoop
    }

    private struct ReportDaysKey: StorageKey {
        typealias Value = Int
    }

    /// Created at configuration; started by `talent serve` only.
    var housekeeping: HousekeepingLoop {
        if let loop = storage[HousekeepingKey.self] { return loop }
        let loop = HousekeepingLoop()
        storage[HousekeepingKey.self] = loop
        return loop
    }

    /// `TALENT_IMPORT_REPORT_DAYS`.
    var importReportDays: Int {
        get { storage[ReportDaysKey.self] ?? 30 }
        set { storage[ReportDaysKey.self] = newValue }
    }
}
