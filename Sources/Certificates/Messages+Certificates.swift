import SiteKit
import TalentDomain

/// The names of this capability's terms and refusals in the user's language.
extension Messages {
    package func certificateKind(_ kind: CertificateKind) -> String {
        switch kind {
        case .trainingCompletion: self(.certificateKindTraining)
        case .technicalGrade: self(.certificateKindGrade)
        case .skillLevel: self(.certificateKindSkill)
        }
    }

    package func certificateLevel(_ level: CertificateLevel) -> String {
        switch level {
        case let .engineer(level): self.level(level)
        case let .skill(level): skillLevel(level)
        }
    }

    /// The confirmation after a training action, by the `notice` the redirect carries.
    package func trainingNotice(_ notice: String) -> String? {
        switch notice {
        case "created": self(.noticeCreated)
        case "enrolled": self(.noticeEnrolled)
        case "waitlisted": self(.noticeWaitlisted)
        case "withdrawn", EnrollmentAction.withdraw.rawValue: self(.noticeWithdrawn)
        case "status": self(.noticeStatus)
        case "recorded": self(.noticeRecorded)
        case "completed": self(.courseCompletedNotice)
        case "revoked": self(.noticeRevoked)
        case "deleted": self(.noticeDeleted)
        case EnrollmentAction.certificate.rawValue: self(.noticeCertificate)
        case "saved", "session", "capacity", EnrollmentAction.attendance.rawValue, EnrollmentAction.result.rawValue,
            EnrollmentAction.complete.rawValue, EnrollmentAction.notCompleted.rawValue:
            self(.noticeSaved)
        default: nil
        }
    }
}
