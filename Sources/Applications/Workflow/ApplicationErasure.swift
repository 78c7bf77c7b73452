import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool

/// What an erased person leaves in the workflow (issue 16, following `TalentErased`):
/// their documents are deleted (certificate scans, bank details), the comments on their
/// applications cleared, and the applications still open withdrawn. The ledger keeps the
/// amounts paid — public money must stay accounted for — against the erased profile.
enum ApplicationErasure {
    static func forget(talent talentID: UUID, at now: Date, on db: any Database) async throws {
        let ids = try await PolicyApplication.query(on: db).filter(\.$talent.$id == talentID).all(\.$id)
        guard !ids.isEmpty else { return }
        try await ApplicationAttachment.query(on: db).filter(\.$application.$id ~~ ids).delete()
        try await ApplicationEvent.query(on: db).filter(\.$application.$id ~~ ids).set(\.$comment, to: nil).update()
        let open = try await PolicyApplication.query(on: db).filter(\.$id ~~ ids)
            .filter(\.$state ~~ [.draft, .submitted, .returned]).all()
        for application in open {
            let from = application.state
            application.state = .withdrawn
            try await application.save(on: db)
            try await ApplicationEvent(
                applicationID: try application.requireID(), actorID: nil, at: now, from: from, to: .withdrawn,
                comment: nil
            ).create(on: db)
        }
    }
}
