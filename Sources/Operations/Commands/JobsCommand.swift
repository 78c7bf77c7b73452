import Fluent
import Foundation
import SiteKit
import Vapor

/// `talent jobs [--all]`: the jobs that wait or run (with `--all`, the last 50 of any
/// state), one line each: id, kind, state, progress, attempts, who holds it until when,
/// and why a failed one failed.
package struct JobsCommand: AsyncCommand {
    package struct Signature: CommandSignature {
        package init() {}

        @Flag(name: "all", help: "Also the jobs that ended (the last 50).")
        var all: Bool
    }

    package let help = "Lists background jobs: talent jobs [--all]"

    package init() {}

    package func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.prepare()
        var query = Job.query(on: app.db).sort(\.$createdAt, .descending).limit(50)
        if !signature.all { query = query.filter(\.$state ~~ [.queued, .running]) }
        let jobs = try await query.all()
        guard !jobs.isEmpty else {
            context.console.print(signature.all ? "No jobs." : "No job waits or runs.")
            return
        }
        for job in jobs {
            context.console.print(Self.line(job))
        }
    }

    static func line(_ job: Job) -> String {
        var parts = [
            job.id?.uuidString.lowercased() ?? "-", job.kind, job.state.rawValue,
            "\(job.phase.map { "\($0) " } ?? "")\(job.done)/\(job.total)", "attempt \(job.attempts)/\(job.maxAttempts)",
            "created \(job.createdAt.map(ZiboTime.timestamp) ?? "-")",
        ]
        if let owner = job.leaseOwner, let until = job.leaseExpiresAt {
            parts.append("held by \(owner) until \(ZiboTime.timestamp(until))")
        }
        if let error = job.errorText(.en) { parts.append("error: \(error)") }
        return parts.joined(separator: "  ")
    }
}
