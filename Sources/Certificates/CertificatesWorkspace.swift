import Fluent
import SiteKit
import TalentDomain
import Vapor

/// A talent's valid certificates on their workspace, linked to their profile where the
/// certificates are listed.
package struct CertificatesWorkspace: WorkspaceSource {
    package func load(for actor: Actor, _ req: Request) async throws -> WorkspacePart {
        guard actor.role == .talent, let certificates = try? req.scopedQuery(Certificate.self) else {
            return WorkspacePart()
        }
        let valid = try await certificates.filter(\.$revokedAt == nil).count()
        return WorkspacePart(figures: [
            WorkspaceFigure(.workspaceCertificatesHeld, value: valid.formatted(), path: SiteURL.myProfile.path)
        ])
    }
}
