import TalentDomain

extension Messages {
    /// A credit-code problem as a field message. The expected check character is not shown:
    /// when the typo is elsewhere, copying it in would make a wrong code pass.
    package func creditCodeProblem(_ error: CreditCodeError) -> String {
        switch error {
        case .wrongLength: self(.creditCodeWrongLength)
        case let .invalidCharacter(position): self(.creditCodeInvalidCharacter(position: String(position)))
        case .wrongCheckCharacter: self(.creditCodeWrongCheck)
        }
    }

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

extension Messages {
    /// A resident-ID problem as a field message (the expected check digit is not shown).
    package func residentIDProblem(_ error: ResidentIDError) -> String {
        switch error {
        case .wrongLength: self(.residentIDWrongLength)
        case let .invalidCharacter(position): self(.residentIDInvalidCharacter(position: String(position)))
        case .impossibleBirthDate: self(.residentIDImpossibleBirthDate)
        case .birthDateInFuture: self(.residentIDBirthDateInFuture)
        case .wrongCheckCharacter: self(.residentIDWrongCheck)
        }
    }

    package func education(_ level: EducationLevel) -> String {
        switch level {
        case .secondaryVocational: self(.educationSecondaryVocational)
        case .associate: self(.educationAssociate)
        case .bachelor: self(.educationBachelor)
        case .master: self(.educationMaster)
        case .doctorate: self(.educationDoctorate)
        }
    }
}
