import Accounts
import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool

/// Who hears of an outcome: the person recommended (through their account, if they have
/// one) or the organisation's accounts. The text names the programme and the year,
/// never the person.
enum NominationNotifications {
    static func outcome(
        _ outcome: NominationCandidate.Outcome, of candidate: NominationCandidate, programme: NominationProgramme,
        year: Int, at now: Date, on db: any Database
    ) async throws {
        let name = programme.name
        let message = Message { m in
            m(
                outcome == .selected
                    ? .notifyNominationSelected(programme: name.text(m.language), year: year)
                    : .notifyNominationNotSelected(programme: name.text(m.language), year: year))
        }
        if let talentID = candidate.$talent.id {
            guard let user = try await Talent.find(talentID, on: db)?.$user.id else { return }
            try await Notifier.notify([user], kind: "nomination.outcome", message, link: .myProfile, at: now, on: db)
        } else if let organizationID = candidate.$organization.id {
            let users = try await User.query(on: db).filter(\.$organization.$id == organizationID)
                .filter(\.$isActive == true).all(\.$id)
            try await Notifier.notify(users, kind: "nomination.outcome", message, link: .account, at: now, on: db)
        }
    }
}
