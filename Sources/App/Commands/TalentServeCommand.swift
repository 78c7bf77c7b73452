import Accounts
import SiteKit
import Vapor

/// `talent serve`: migrates, loads the policy and reference data, then serves — so the
/// README's single run command works on an empty data folder.
struct TalentServeCommand: AsyncCommand {
    typealias Signature = ServeCommand.Signature

    let help = "Migrates the database, loads the policy and reference data, then serves."

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.prepare()
        try await CreateAdminCommand.adviseOnAdministrator(context.application)
        // Jobs a stopped server left half-done are taken up again before anyone looks.
        context.application.jobs.start(context.application)
        // Last added, first stopped: on SIGTERM `/readyz` fails before anything stops.
        context.application.lifecycle.use(Draining())
        try await context.application.servers.asyncCommand.run(using: context, signature: signature)
    }
}
