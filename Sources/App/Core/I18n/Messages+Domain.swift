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
