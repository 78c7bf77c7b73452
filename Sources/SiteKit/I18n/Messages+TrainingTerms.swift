import TalentDomain

/// The names of training and certificate terms in the user's language.
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

extension Messages {
    package func voucherStatus(_ status: VoucherStatus) -> String {
        switch status {
        case .issued: self(.voucherStatusIssued)
        case .redeemed: self(.voucherStatusRedeemed)
        case .cancelled: self(.voucherStatusCancelled)
        }
    }

    package func voucherProblem(_ problem: VoucherRules.RedeemProblem) -> String {
        switch problem {
        case .notTheHolders: self(.voucherNotHolders)
        case .alreadyUsed: self(.voucherAlreadyUsed)
        case .cancelled: self(.voucherCancelled)
        case let .expired(date): self(.voucherExpired(date: date))
        case .programTakesNoVouchers: self(.voucherProgramTakesNone)
        case let .wrongOccupation(voucher, program):
            self(.voucherWrongOccupation(voucher: voucher, program: program ?? "—"))
        }
    }
}
