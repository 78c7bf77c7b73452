import SiteKit
import TalentDomain

/// The password rule of `TalentDomain`, with its reasons in the user's language.
package enum PasswordCheck {
    package static func problems(_ password: String, for user: User, messages m: Messages) -> [String] {
        problems(password, email: user.email, mobile: user.mobile, messages: m)
    }

    package static func problems(_ password: String, email: String?, mobile: String?, messages m: Messages) -> [String]
    {
        PasswordRule().problems(in: password, email: email, mobile: mobile).map { problem in
            switch problem {
            case let .tooShort(minimum): m(.passwordTooShort(minimum: String(minimum)))
            case let .tooFewCharacterClasses(required, length):
                m(.passwordTooSimple(classes: String(required), length: String(length)))
            case .containsEmailName: m(.passwordContainsEmail)
            case .containsMobileNumber: m(.passwordContainsMobile)
            case .tooCommon: m(.passwordTooCommon)
            }
        }
    }
}
