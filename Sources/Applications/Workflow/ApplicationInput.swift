import SiteKit
import TalentDomain
import Vapor

/// A new application as a form or the API sends it: the kind, what it is claimed for,
/// the amount asked where the department sets it.
package struct ApplicationInput: Content {
    /// `ApplicationKind.id`.
    @FormText package var kind: String? = nil
    /// The certificate or enrolment a subsidy is claimed for.
    @FormText package var basisID: String? = nil
    /// In yuan, at most two decimals; only where the policy fixes no amount.
    @FormText package var amountAsked: String? = nil

    package init(kind: String? = nil, basisID: String? = nil, amountAsked: String? = nil) {
        self.kind = kind
        self.basisID = basisID
        self.amountAsked = amountAsked
    }
}

/// Revoking the title an approval recognised: why, shown with it.
package struct RecognitionRevokeInput: Content {
    @FormText package var reason: String? = nil

    package init(reason: String? = nil) { self.reason = reason }
}

/// A step on an application: the applicant's submit or withdraw, the reviewer's return,
/// approval or rejection, with the reasons and the amount granted.
package struct ApplicationStepInput: Content {
    /// Required to return or reject: what the applicant must correct, or why not.
    @FormText package var comment: String? = nil
    /// In yuan, on approval, where the department sets the amount.
    @FormText package var amountGranted: String? = nil

    package init(comment: String? = nil, amountGranted: String? = nil) {
        self.comment = comment
        self.amountGranted = amountGranted
    }
}
