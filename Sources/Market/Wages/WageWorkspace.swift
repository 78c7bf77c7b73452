import Fluent
import SiteKit
import TalentDomain
import Vapor

/// Pay reports on a workspace: an employer's report of last year still to send; for the
/// wage departments, the reports submitted for years not yet published.
package struct WageWorkspace: WorkspaceSource {
    package func load(for actor: Actor, _ req: Request) async throws -> WorkspacePart {
        let year = req.clock.today.year - 1
        switch actor.role {
        case .employer:
            guard let organizationID = actor.organizationID, try await WageYear.find(year, on: req.db) == nil else {
                return WorkspacePart()
            }
            let report = try await WageReport.query(on: req.db).filter(\.$organization.$id == organizationID)
                .filter(\.$year == year).first()
            guard report?.state != .submitted else { return WorkspacePart() }
            return WorkspacePart(tasks: [
                WorkspaceTask(
                    .workspaceWageReport, count: 1,
                    path: report.flatMap(\.id).map { SiteURL.wageReport($0).path } ?? SiteURL.wageReports.path)
            ])
        case .admin, .officer:
            guard WageOffice.includes(actor, policy: try req.policy) else { return WorkspacePart() }
            let published = try await WageYear.query(on: req.db).all().compactMap(\.id)
            let submitted = try await WageReport.query(on: req.db).filter(\.$state == .submitted)
                .filter(\.$year !~ published).count()
            return WorkspacePart(tasks: [
                WorkspaceTask(.workspaceWageReportsSubmitted, count: submitted, path: SiteURL.wageYears.path)
            ])
        case .provider, .talent:
            return WorkspacePart()
        }
    }
}
