import SiteKit
import TalentDomain

/// The names of this capability's terms and refusals in the user's language.
extension Messages {
    package func programKind(_ kind: ProgramKind) -> String {
        switch kind {
        case .engineerTraining: self(.programKindEngineer)
        case .advancedSeminar: self(.programKindSeminar)
        case .exchange: self(.programKindExchange)
        case .skillTraining: self(.programKindSkill)
        case .orderTraining: self(.programKindOrder)
        }
    }

    package func programStatus(_ status: ProgramStatus) -> String {
        switch status {
        case .draft: self(.programStatusDraft)
        case .open: self(.programStatusOpen)
        case .running: self(.programStatusRunning)
        case .finished: self(.programStatusFinished)
        case .archived: self(.programStatusArchived)
        }
    }

    /// The button that moves a program to `status`.
    package func programMove(_ status: ProgramStatus) -> String {
        switch status {
        case .draft: self(.programMoveDraft)
        case .open: self(.programMoveOpen)
        case .running: self(.programMoveRunning)
        case .finished: self(.programMoveFinished)
        case .archived: self(.programMoveArchived)
        }
    }

    package func delivery(_ mode: DeliveryMode) -> String {
        switch mode {
        case .onSite: self(.deliveryOnSite)
        case .online: self(.deliveryOnline)
        case .blended: self(.deliveryBlended)
        }
    }

    package func enrollmentStatus(_ status: EnrollmentStatus) -> String {
        switch status {
        case .enrolled: self(.enrollmentEnrolled)
        case .waitlisted: self(.enrollmentWaitlisted)
        case .withdrawn: self(.enrollmentWithdrawn)
        case .completed: self(.enrollmentCompleted)
        case .notCompleted: self(.enrollmentNotCompleted)
        }
    }

    /// One alternative of an entry requirement, as a phrase.
    package func clause(_ clause: EntryRequirement.Clause) -> String {
        switch clause {
        case let .certificate(kind, minimum):
            let kindText = language == .zh ? certificateKind(kind) : certificateKind(kind).lowercased()
            let level =
                minimum.map {
                    language == .zh
                        ? self.level($0) + self(.clauseCertificateAnyLevel)
                        : self.level($0).lowercased() + " " + self(.clauseCertificateAnyLevel)
                } ?? ""
            return self(.clauseCertificate(level: level, kind: kindText))
        case let .yearsInField(years): return self(.clauseYears(years: String(years)))
        case let .education(level): return self(.clauseEducation(level: education(level)))
        case let .skillLevel(level): return self(.clauseSkill(level: skillLevel(level)))
        }
    }

    package func shortfall(_ shortfall: CompletionRule.Shortfall) -> String {
        switch shortfall {
        case let .attendance(attended, required):
            self(.shortfallAttendance(attended: attended.description, required: required.description))
        case .assessmentMissing: self(.shortfallAssessmentMissing)
        case .assessmentFailed: self(.shortfallAssessmentFailed)
        }
    }
}
