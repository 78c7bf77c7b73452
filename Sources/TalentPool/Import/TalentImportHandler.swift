import Accounts
import Fluent
import Foundation
import Reference
import SiteKit
import TalentDomain
import Vapor

/// The web talent import as a job (`TalentImporter.runInBatches`): any instance may run
/// it, its progress is on the job's row, and one broken off by a crash is taken back and
/// run again, or failed with its reason after its last attempt.
package struct TalentImportHandler: JobHandler {
    package static let kind = "talent-import"
    package var kind: String { Self.kind }

    package func run(_ job: JobContext) async throws {
        let payload = try job.decode(ImportJobPayload.self)
        let app = job.app
        guard let record = try await TalentImport.find(payload.importID, on: app.db), record.status == .running else {
            return
        }
        // An earlier attempt died half-way: what it wrote goes, and the file starts again.
        if job.attempt > 1 {
            try await TalentImportUndo.revert(
                payload.importID, cipher: app.personalData, events: app.events, on: app.db(.bulk))
        }
        let outcome: Result<TalentImporter.Summary, any Error>
        do {
            guard let bytes = try await job.file(), let policy = app.activePolicy?.document else {
                throw ImportFileProblem.empty
            }
            let actor = try await User.find(record.createdBy, on: app.db)?.actor
            let importer = TalentImporter(
                options: .init(partial: record.partial, upsert: record.upsert),
                cipher: app.personalData, policy: policy, today: app.clock.today, now: app.clock.now)
            outcome = .success(
                try await importer.runInBatches(
                    try TalentImportSource(bytes: bytes), importID: payload.importID, on: app.db(.bulk),
                    context: app.writeContext(actor: actor, requestID: payload.requestID),
                    progress: { [estimated = record.estimatedRows] progress, db in
                        if progress.written > 0 {
                            try await job.report(
                                done: progress.written, total: progress.checked, phase: Phase.write.rawValue, on: db)
                        } else {
                            try await job.report(
                                done: progress.checked, total: estimated, phase: Phase.check.rawValue, on: db)
                        }
                    }))
        } catch let lost as JobQueue.LeaseLost {
            throw lost
        } catch {
            outcome = .failure(error)
        }
        try await Self.record(outcome, of: payload.importID, app: app)
        if case let .failure(error) = outcome { throw error }
    }

    /// The last attempt died too: nothing of the file stays, and the import says why.
    package func abandon(_ job: JobContext) async throws {
        let payload = try job.decode(ImportJobPayload.self)
        let kept = try await TalentImportUndo.revert(
            payload.importID, cipher: job.app.personalData, events: job.app.events, on: job.app.db(.bulk))
        try await Self.record(.failure(Interrupted()), of: payload.importID, app: job.app)
        try await job.app.writeContext(requestID: "jobs").record(
            AuditEntry(
                .talentImportRevert, entityID: payload.importID.uuidString, changedFields: ["kept:\(kept)"]),
            on: job.app.db)
    }

    /// What the progress counts: the rows checked, then the rows written.
    package enum Phase: String {
        case check, write
    }

    package struct Interrupted: JobFailure {
        package func message(_ m: Messages) -> String { m(.importInterrupted) }
    }

    /// Keeps the outcome on the import's row, if it is still running.
    private static func record(
        _ outcome: Result<TalentImporter.Summary, any Error>, of importID: UUID,
        app: Application
    ) async throws {
        try await app.db.writeTransaction { db in
            guard let record = try await TalentImport.find(importID, on: db), record.status == .running else { return }
            record.finishedAt = app.clock.now
            switch outcome {
            case let .success(summary):
                record.rows = summary.rows
                (record.createdCount, record.updatedCount, record.rejectedCount) =
                    (summary.created, summary.updated, summary.rejected)
                record.status = summary.problems.isEmpty || record.partial ? .done : .rejected
                record.ignoredColumns = ImportIgnoredColumns.encode(summary.header.ignored)
                if !summary.problems.isEmpty {
                    try await TalentImportReport.store(summary, in: record, cipher: app.personalData, on: db)
                }
            case let .failure(error):
                record.status = .failed
                record.problem = JobRunner.errorText { m in
                    (error as? any JobFailure)?.message(m) ?? m(.errorServerTitle)
                }
            }
            try await record.save(on: db)
        }
    }
}

extension ImportFileProblem: JobFailure {}
