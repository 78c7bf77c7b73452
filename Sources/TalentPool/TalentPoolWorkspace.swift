import Fluent
import SiteKit
import TalentDomain
import Vapor

/// The pool on a workspace: erasure requests to decide and the person's imports still
/// running (待办); the profiles they may list — the whole pool for HR staff, their own
/// staff for an employer (数据概览).
package struct TalentPoolWorkspace: WorkspaceSource {
    package func load(for actor: Actor, _ req: Request) async throws -> WorkspacePart {
        var part = WorkspacePart()
        if Permissions.scope(for: actor.role, .list, on: .erasureRequest) == .any {
            let pending = try await req.scopedQuery(ErasureRequest.self).filter(\.$status == .pending).count()
            part.tasks.append(
                WorkspaceTask(.workspaceErasuresPending, count: pending, path: SiteURL.adminErasures.path))
        }
        if let imports = try? req.scopedQuery(TalentImport.self) {
            let running = try await imports.filter(\.$status == .running).count()
            part.tasks.append(WorkspaceTask(.workspaceImportsRunning, count: running, path: SiteURL.talentImports.path))
        }
        let scope = Permissions.scope(for: actor.role, .list, on: .talent)
        if scope == .any || scope == .organization {
            let profiles = try await req.scopedQuery(Talent.self).filter(\.$status == "active").count()
            part.figures.append(
                WorkspaceFigure(
                    scope == .any ? .workspacePoolSize : .workspaceStaffInPool, value: profiles.formatted(),
                    path: SiteURL.talents.path))
        }
        return part
    }
}
