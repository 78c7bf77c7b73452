import TalentDomain

/// The names of the levels a talent holds, as the pool and training show them.
extension Messages {
    package func skillLevel(_ level: SkillLevel) -> String {
        switch level {
        case .apprentice: self(.skillApprentice)
        case .junior: self(.skillJunior)
        case .intermediate: self(.skillIntermediate)
        case .senior: self(.skillSenior)
        case .technician: self(.skillTechnician)
        case .seniorTechnician: self(.skillSeniorTechnician)
        case .principalTechnician: self(.skillPrincipalTechnician)
        case .chiefTechnician: self(.skillChiefTechnician)
        }
    }

    package func titleLevel(_ level: TitleLevel) -> String {
        switch level {
        case .technician: self(.titleTechnician)
        case .assistant: self(.titleAssistant)
        case .intermediate: self(.titleIntermediate)
        case .associateSenior: self(.titleAssociateSenior)
        case .senior: self(.titleSenior)
        }
    }

    /// A profile's status (`active`, `archived`, `erased`) as shown.
    package func talentStatus(_ status: String) -> String {
        switch status {
        case "archived": self(.statusArchived)
        case "erased": self(.statusErased)
        default: self(.statusActive)
        }
    }
}
