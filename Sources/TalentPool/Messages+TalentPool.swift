import SiteKit
import TalentDomain

/// The names of this capability's terms and refusals in the user's language.
extension Messages {

    package func education(_ level: EducationLevel) -> String {
        switch level {
        case .juniorSecondaryOrBelow: self(.educationJuniorSecondaryOrBelow)
        case .highSchool: self(.educationHighSchool)
        case .secondaryVocational: self(.educationSecondaryVocational)
        case .associate: self(.educationAssociate)
        case .bachelor: self(.educationBachelor)
        case .master: self(.educationMaster)
        case .doctorate: self(.educationDoctorate)
        }
    }

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

extension Message {
    /// A resident-ID problem as a field message (the expected check digit is not shown).
    package static func residentIDProblem(_ error: ResidentIDError) -> Message {
        switch error {
        case .wrongLength: .residentIDWrongLength
        case let .invalidCharacter(position): .residentIDInvalidCharacter(position: String(position))
        case .impossibleBirthDate: .residentIDImpossibleBirthDate
        case .birthDateInFuture: .residentIDBirthDateInFuture
        case .wrongCheckCharacter: .residentIDWrongCheck
        case .storedAsNumber: .residentIDStoredAsNumber
        }
    }
}
