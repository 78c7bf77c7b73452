import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import Vapor

/// The job that runs a policy simulation: streams the pool through
/// `PolicySimulation.Accumulator`, reporting progress batch by batch, and keeps the
/// report on the simulation's row. It writes nothing else, so an attempt broken off by a
/// crash simply starts again.
package struct PolicySimulationHandler: JobHandler {
    package static let kind = "policy-simulation"
    package var kind: String { Self.kind }

    package struct Payload: Codable, Sendable {
        package var simulationID: UUID
    }

    package func run(_ job: JobContext) async throws {
        let payload = try job.decode(Payload.self)
        let app = job.app
        guard let run = try await PolicySimulationRun.find(payload.simulationID, on: app.db), run.status == .running
        else { return }
        let outcome: Result<PolicySimulation.Report, any Error>
        do {
            guard let active = app.activePolicy?.document else { throw Problem.noActivePolicy }
            let draft = try PolicyDocument.load(yaml: run.draft, file: run.fileName)
            outcome = .success(
                try await Self.simulate(active: active, draft: draft, today: app.clock.today, on: app.db(.bulk)) {
                    done, total, db in try await job.report(done: done, total: total, on: db)
                })
        } catch let lost as JobQueue.LeaseLost {
            throw lost
        } catch {
            outcome = .failure(error)
        }
        try await Self.record(outcome, of: payload.simulationID, app: app)
        if case let .failure(error) = outcome { throw error }
    }

    package func abandon(_ job: JobContext) async throws {
        let payload = try job.decode(Payload.self)
        try await Self.record(.failure(Problem.interrupted), of: payload.simulationID, app: job.app)
    }

    /// Judges everyone in the pool, then every organisation, under both policies;
    /// `progress` after each batch.
    package static func simulate(
        active: PolicyDocument, draft: PolicyDocument, today: CalendarDate, on db: any Database,
        progress: (Int, Int, any Database) async throws -> Void
    ) async throws -> PolicySimulation.Report {
        let subjects = try await SimulationSubjects.open(db: db as! any SQLDatabase, today: today, policy: active)
        let total = try await subjects.count()
        var accumulator = PolicySimulation.Accumulator(active: active, draft: draft)
        var done = 0
        // The next batch is read while this one is judged: the database's thread and the
        // rules each keep a core busy.
        var next = Task { try await subjects.batch(after: nil) }
        defer { next.cancel() }
        while true {
            let batch = try await next.value
            guard let tail = batch.last else { break }
            let last = UUID(uuidString: tail.id)
            next = Task { try await subjects.batch(after: last) }
            for subject in batch { accumulator.add(subject) }
            done += batch.count
            try await progress(done, max(total, done), db)
        }
        // A few thousand organisations: read and judged in turn.
        var after: UUID?
        while case let batch = try await subjects.organisations(after: after), let tail = batch.last {
            for subject in batch { accumulator.add(subject) }
            after = UUID(uuidString: tail.id)
            done += batch.count
            try await progress(done, max(total, done), db)
        }
        return accumulator.report
    }

    package enum Problem: JobFailure {
        case noActivePolicy, interrupted

        package func message(_ m: Messages) -> String {
            switch self {
            case .noActivePolicy: m(.errorServerTitle)
            case .interrupted: m(.simulationInterrupted)
            }
        }
    }

    private static func record(
        _ outcome: Result<PolicySimulation.Report, any Error>, of id: UUID, app: Application
    ) async throws {
        try await app.db.writeTransaction { db in
            guard let run = try await PolicySimulationRun.find(id, on: db), run.status == .running else { return }
            run.finishedAt = app.clock.now
            switch outcome {
            case let .success(report):
                run.status = .done
                run.reportJSON = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
            case let .failure(error):
                run.status = .failed
                run.problem = JobRunner.errorText { m in
                    (error as? any JobFailure)?.message(m) ?? m(.errorServerTitle)
                }
            }
            try await run.save(on: db)
        }
    }
}
