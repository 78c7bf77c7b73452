import Fluent
import SQLKit
import SiteKit
import TalentDomain
import Vapor

/// Applications on a workspace. A reviewer: the department's queue — overdue (urgent),
/// due within two working days, waiting. An applicant (a person, or an employer for its
/// organisation): applications sent back for correction (urgent) and drafts not yet
/// submitted, and those waiting for the department.
package struct ApplicationsWorkspace: WorkspaceSource {
    package func load(for actor: Actor, _ req: Request) async throws -> WorkspacePart {
        let scope = Permissions.scope(for: actor.role, .list, on: .application)
        let queue = SiteURL.applications.path + "?state=submitted"
        if scope >= .department {
            let today = req.clock.today
            let counts = try await ApplicationRequests.queueCounts(
                department: scope == .any ? nil : actor.departmentCode ?? "", today: today,
                soon: try req.policy.calendar.adding(workingDays: 2, to: today), on: req.db as! any SQLDatabase)
            return WorkspacePart(tasks: [
                WorkspaceTask(.workspaceApplicationsOverdue, count: counts.overdue, path: queue, urgent: true),
                WorkspaceTask(.workspaceApplicationsDueSoon, count: counts.soon, path: queue),
                WorkspaceTask(.workspaceApplicationsWaiting, count: counts.waiting, path: queue),
            ])
        }
        guard scope != .none else { return WorkspacePart() }
        let mine = SiteURL.applications.path
        let returned = try await req.scopedQuery(PolicyApplication.self).filter(\.$state == .returned).count()
        let drafts = try await req.scopedQuery(PolicyApplication.self).filter(\.$state == .draft).count()
        let waiting = try await req.scopedQuery(PolicyApplication.self).filter(\.$state == .submitted).count()
        return WorkspacePart(
            tasks: [
                WorkspaceTask(
                    .workspaceApplicationsReturned, count: returned, path: mine + "?state=returned", urgent: true),
                WorkspaceTask(.workspaceApplicationsDrafts, count: drafts, path: mine + "?state=draft"),
            ],
            figures: [WorkspaceFigure(.workspaceApplicationsSubmitted, value: waiting.formatted(), path: mine)])
    }
}
