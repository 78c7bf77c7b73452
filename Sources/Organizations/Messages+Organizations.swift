import SiteKit
import TalentDomain

/// This capability's refusals as texts.
extension Message {
    /// A credit-code problem as a field message. The expected check character is not shown:
    /// when the typo is elsewhere, copying it in would make a wrong code pass.
    package static func creditCodeProblem(_ error: CreditCodeError) -> Message {
        switch error {
        case .wrongLength: .creditCodeWrongLength
        case let .invalidCharacter(position): .creditCodeInvalidCharacter(position: String(position))
        case .wrongCheckCharacter: .creditCodeWrongCheck
        }
    }
}
