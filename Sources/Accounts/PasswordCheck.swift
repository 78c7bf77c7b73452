import SiteKit
import TalentDomain

/// The password rule of `TalentDomain`, with its reasons as texts.
package enum PasswordCheck {
    package static func problems(_ password: String, for user: User) -> [Message] {
        problems(password, email: user.email, mobile: user.mobile)
    }

    package static func problems(_ password: String, email: String?, mobile: String?) -> [Message] {
        PasswordRule().problems(in: password, email: email, mobile: mobile).map { problem in
            switch problem {
            case let .tooShort(minimum): .passwordTooShort(minimum: String(minimum))
            case let .tooFewCharacterClasses(required, length):
                .passwordTooSimple(classes: String(required), length: String(length))
            case .containsEmailName: .passwordContainsEmail
            case .containsMobileNumber: .passwordContainsMobile
            case .tooCommon: .passwordTooCommon
            }
        }
    }
}
