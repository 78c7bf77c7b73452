import Accounts
import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool

/// Who hears of a move (issue 16): the applicant of every change of state, the reviewers
/// of the department of every application that arrives or comes back, or leaves their
/// queue. The texts name the kind and the state, never the person: they outlive an erasure.
enum ApplicationNotifications {
    static func follow(_ moved: ApplicationMoved, on db: any Database) async throws {
        guard let from = moved.from else { return }  // a new draft concerns nobody else yet
        let link = SiteURL.application(moved.applicationID)
        let kind = moved.kindLabel
        let state = moved.to
        let applicants: [UUID] =
            switch moved.applicant {
            case let .talent(id): try await Talent.find(id, on: db)?.$user.id.map { [$0] } ?? []
            case let .organization(id):
                try await User.query(on: db).filter(\.$organization.$id == id).filter(\.$role == .employer)
                    .filter(\.$isActive == true).all(\.$id)
            }
        try await Notifier.notify(
            applicants, kind: "application.\(state.rawValue)",
            Message { m in m(.notifyApplicant(kind: kind.text(m.language), state: m.applicationState(state))) },
            link: link, at: moved.at, on: db)
        let toReviewers: Message? =
            switch (from, state) {
            case (.draft, .submitted): Message { m in m(.notifyNewApplication(kind: kind.text(m.language))) }
            case (.returned, .submitted): Message { m in m(.notifyResubmitted(kind: kind.text(m.language))) }
            case (.submitted, .withdrawn): Message { m in m(.notifyWithdrawn(kind: kind.text(m.language))) }
            default: nil
            }
        guard let toReviewers else { return }
        let reviewers = try await User.query(on: db).filter(\.$role == .officer)
            .filter(\.$departmentCode == moved.departmentCode).filter(\.$isActive == true).all(\.$id)
        try await Notifier.notify(
            reviewers.filter { $0 != moved.actorID }, kind: "application.review", toReviewers, link: link, at: moved.at,
            on: db)
    }
}
