import SiteKit
import TalentDomain

/// The names of this capability's terms and refusals in the user's language.
extension Messages {
    package func role(_ role: Role) -> String {
        switch role {
        case .admin: self(.roleAdmin)
        case .officer: self(.roleOfficer)
        case .provider: self(.roleProvider)
        case .employer: self(.roleEmployer)
        case .talent: self(.roleTalent)
        }
    }
}
