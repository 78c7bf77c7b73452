import SiteKit
import TalentDomain

/// The names of this capability's terms and refusals in the user's language.
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
}
