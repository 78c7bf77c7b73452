import Fluent
import SiteKit
import TalentDomain
import Vapor

/// An application or a provider's enrolment: the provider names the talent (by profile
/// id); a talent applies for themself. Years in the field are declared for requirements.
package struct EnrollmentInput: Content {
    @FormText package var talentID: String?
    @FormNumber package var yearsInField: String?
    /// A voucher of the talent's to pay with (optional).
    @FormText package var voucherID: String?
}

package struct AttendanceInput: Content {
    @FormText package var sessionID: String?
    @FormNumber package var hours: String?
}

/// One session's attendance for the whole cohort (`POST /api/v1/sessions/{id}/attendance`):
/// those present, with their hours; everyone in progress who is not listed is absent.
package struct SessionAttendanceInput: Content {
    package var entries: [Entry]?

    package struct Entry: Content {
        @FormText package var enrollmentID: String?
        @FormNumber package var hours: String?
    }
}

package struct ResultInput: Content {
    @FormNumber package var score: String?
    /// `pass` or `fail` (a form's radio buttons), or a JSON boolean.
    @FormFlag package var passed: String?

    package func validate() -> Result<(score: Int?, passed: Bool), FieldErrors> {
        var read = FieldReader()
        let score = read.integer(self.score, "score", .resultScore, in: 0...100, fallback: -1)
        var passed: Bool?
        switch self.passed.trimmedText?.lowercased() {
        case "pass", "true", "1", "yes": passed = true
        case "fail", "false", "0", "no": passed = false
        default: read.fail("passed", Message { m in m(.fieldChoose(field: m(.resultPassed))) })
        }
        guard read.errors.isEmpty, let score, let passed else { return .failure(read.errors) }
        return .success((score < 0 ? nil : score, passed))
    }
}

package struct IssueInput: Content {
    @FormText package var kind: String?
    @FormText package var number: String?
    @FormText package var issuedOn: String?
}

package struct CapacityInput: Content {
    @FormNumber package var capacity: String?
}
