import Accounts
import Fluent
import Foundation
import Reference
import SiteKit
import TalentDomain
import Vapor

/// The job that makes a large export: the search read a thousand rows at a time with its
/// progress reported, the file sealed onto the export's row, and the export audited as a
/// request's export is. It writes nothing else, so an attempt broken off by a crash
/// simply starts again.
package struct TalentExportHandler: JobHandler {
    package static let kind = "talent-export"
    package var kind: String { Self.kind }

    package struct Payload: Codable, Sendable {
        package var exportID: UUID
        /// What the requester could see and read when they asked: their scope of the pool,
        /// whether full identifiers, in which language.
        package var scope: TalentSearchScope
        package var reveals: Bool
        package var language: DisplayLanguage
        package var requestID: String?
    }

    package func run(_ job: JobContext) async throws {
        let payload = try job.decode(Payload.self)
        let app = job.app
        guard let run = try await TalentExportRun.find(payload.exportID, on: app.db), run.status == .running else {
            return
        }
        let outcome: Result<[[String]], any Error>
        do {
            guard let policy = app.activePolicy?.document else { throw Interrupted() }
            let messages = Messages(language: payload.language)
            var query = try TalentSearchQuery(parameters: run.parameterPairs, messages: messages)
            query.after = nil
            outcome = .success(
                try await TalentExport.table(
                    query, scope: payload.scope, reveals: payload.reveals,
                    context: .init(messages: messages, policy: policy, cipher: app.personalData, db: app.db(.bulk)),
                    today: app.clock.today
                ) { done, total in try await job.report(done: done, total: total, on: app.db) })
        } catch let lost as JobQueue.LeaseLost {
            throw lost
        } catch {
            outcome = .failure(error)
        }
        try await Self.record(outcome, of: run, payload: payload, app: app)
        if case let .failure(error) = outcome { throw error }
    }

    package func abandon(_ job: JobContext) async throws {
        let payload = try job.decode(Payload.self)
        guard let run = try await TalentExportRun.find(payload.exportID, on: job.app.db) else { return }
        try await Self.record(.failure(Interrupted()), of: run, payload: payload, app: job.app)
    }

    package struct Interrupted: JobFailure {
        package func message(_ m: Messages) -> String { m(.talentExportInterrupted) }
    }

    /// Keeps the file (or why there is none) on the export's row, if it is still running,
    /// and audits a made file as the requester's export.
    private static func record(
        _ outcome: Result<[[String]], any Error>, of run: TalentExportRun, payload: Payload, app: Application
    ) async throws {
        let actor = try await User.find(run.requestedBy, on: app.db)?.actor
        try await app.db.writeTransaction { db in
            guard let run = try await TalentExportRun.find(payload.exportID, on: db), run.status == .running else {
                return
            }
            run.finishedAt = app.clock.now
            switch outcome {
            case let .success(table):
                run.status = .done
                run.rowCount = table.count - 1
                run.sealed = try app.personalData.sealedBox(Data(TalentExport.bytes(table, format: run.format)))
                // Who took which slice of the pool, and how big it was (never the values).
                try await app.writeContext(actor: actor, requestID: payload.requestID).record(
                    AuditEntry(
                        .talentExport, entityID: nil,
                        changedFields: run.parameterPairs.map(\.0) + [
                            "format:\(run.format.rawValue)", "rows:\(table.count - 1)", "background",
                        ]), on: db)
            case let .failure(error):
                run.status = .failed
                run.problem = JobRunner.errorText { m in
                    (error as? any JobFailure)?.message(m) ?? (error as? Abort)?.reason ?? m(.errorServerTitle)
                }
            }
            try await run.save(on: db)
        }
    }
}
