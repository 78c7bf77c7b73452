import TalentDomain

extension Messages {
    /// A credit-code problem as a field message. The expected check character is not shown:
    /// when the typo is elsewhere, copying it in would make a wrong code pass.
    func creditCodeProblem(_ error: CreditCodeError) -> String {
        switch error {
        case .wrongLength: self(.creditCodeWrongLength)
        case let .invalidCharacter(position): self(.creditCodeInvalidCharacter, ["position": String(position)])
        case .wrongCheckCharacter: self(.creditCodeWrongCheck)
        }
    }

    func organizationKind(_ kind: Organization.Kind) -> String {
        switch kind {
        case .enterprise: self(.orgKindEnterprise)
        case .provider: self(.orgKindProvider)
        case .university: self(.orgKindUniversity)
        case .institute: self(.orgKindInstitute)
        case .agency: self(.orgKindAgency)
        }
    }

    func role(_ role: Role) -> String {
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
    func residentIDProblem(_ error: ResidentIDError) -> String {
        switch error {
        case .wrongLength: self(.residentIDWrongLength)
        case let .invalidCharacter(position): self(.residentIDInvalidCharacter, ["position": String(position)])
        case .impossibleBirthDate: self(.residentIDImpossibleBirthDate)
        case .birthDateInFuture: self(.residentIDBirthDateInFuture)
        case .wrongCheckCharacter: self(.residentIDWrongCheck)
        }
    }

    func education(_ level: EducationLevel) -> String {
        switch level {
        case .secondaryVocational: self(.educationSecondaryVocational)
        case .associate: self(.educationAssociate)
        case .bachelor: self(.educationBachelor)
        case .master: self(.educationMaster)
        case .doctorate: self(.educationDoctorate)
        }
    }
}
