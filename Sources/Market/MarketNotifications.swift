import Accounts
import Fluent
import Foundation
import SiteKit
import TalentDomain

/// Who hears of what the market's reviewers decide: the employer's active accounts.
enum MarketNotifications {
    static func declarationReturned(
        _ declaration: ShortageDeclaration, reason: String, at now: Date, on db: any Database
    ) async throws {
        let users = try await User.query(on: db).filter(\.$organization.$id == declaration.$organization.id)
            .filter(\.$isActive == true).all(\.$id)
        let year = declaration.year
        try await Notifier.notify(
            users, kind: "catalogue.declaration_returned",
            Message { m in m(.notifyDeclarationReturned(year: year, reason: reason)) },
            link: .catalogueDeclaration(try declaration.requireID()), at: now, on: db)
    }
}

/// Who hears of a job post's applications: its employer's active accounts.
enum JobNotifications {
    static func employerUsers(_ post: JobPost, on db: any Database) async throws -> [UUID] {
        try await User.query(on: db).filter(\.$organization.$id == post.$organization.id)
            .filter(\.$isActive == true).all(\.$id)
    }
}
