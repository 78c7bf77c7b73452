import Fluent
import SiteKit
import TalentDomain
import Vapor

/// An application or a provider's enrolment: the provider names the talent (by profile
/// id); a talent applies for themself. Years in the field are declared for requirements.
struct EnrollmentInput: Content {
    @LenientText var talentID: String?
    @LenientText var yearsInField: String?
    /// A voucher of the talent's to pay with (optional).
    @LenientText var voucherID: String?
}

struct AttendanceInput: Content {
    @LenientText var sessionID: String?
    @LenientText var hours: String?
}

struct ResultInput: Content {
    @LenientText var score: String?
    /// `pass` or `fail` (a form's radio buttons), or a JSON boolean.
    @LenientText var passed: String?

    func validate(messages m: Messages) -> Result<(score: Int?, passed: Bool), FieldErrors> {
        var read = FieldReader(messages: m)
        let score = read.integer(self.score, "score", .resultScore, in: 0...100, fallback: -1)
        var passed: Bool?
        switch self.passed.trimmedText?.lowercased() {
        case "pass", "true", "1", "yes": passed = true
        case "fail", "false", "0", "no": passed = false
        default: read.fail("passed", m(.fieldChoose, ["field": m(.resultPassed)]))
        }
        guard read.errors.isEmpty, let score, let passed else { return .failure(read.errors) }
        return .success((score < 0 ? nil : score, passed))
    }
}

struct IssueInput: Content {
    @LenientText var kind: String?
    @LenientText var number: String?
    @LenientText var issuedOn: String?
}

struct CapacityInput: Content {
    @LenientText var capacity: String?
}
