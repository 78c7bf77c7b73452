import Certificates
import SiteKit
import TalentDomain
import TalentPool

/// The rules' vocabulary in the user's language: outcomes, grants and every reason.
extension Messages {
    package func outcome(_ outcome: RuleOutcome) -> String {
        switch outcome {
        case .eligible: self(.outcomeEligible)
        case .notEligible: self(.outcomeNotEligible)
        case .needsReview: self(.outcomeNeedsReview)
        }
    }

    package func applicationState(_ state: ApplicationState) -> String {
        switch state {
        case .draft: self(.applicationStateDraft)
        case .submitted: self(.applicationStateSubmitted)
        case .returned: self(.applicationStateReturned)
        case .approved: self(.applicationStateApproved)
        case .rejected: self(.applicationStateRejected)
        case .withdrawn: self(.applicationStateWithdrawn)
        }
    }

    package func grant(_ grant: TitleEligibility.Grant) -> String {
        switch grant {
        case let .recognisedAs(level): self(.grantRecognisedAs(title: titleLevel(level)))
        case let .mayApplyFor(level): self(.grantMayApplyFor(title: titleLevel(level)))
        case let .mayApplyThroughCrossover(level): self(.grantMayApplyThroughCrossover(title: titleLevel(level)))
        case let .countsTowards(level): self(.grantCountsTowards(title: titleLevel(level)))
        case let .mayApplyExceptionally(level): self(.grantMayApplyExceptionally(title: titleLevel(level)))
        case let .mayTakeSkillCertification(level): self(.grantMayTakeSkillCertification(level: skillLevel(level)))
        }
    }

    /// "中级培训合格证书": a certificate by its level and kind.
    package func certificate(_ kind: CertificateKind, _ level: CertificateLevel?) -> String {
        let name = certificateKind(kind)
        guard let level else { return name }
        return language == .zh ? certificateLevel(level) + name : "\(certificateLevel(level)) \(name.lowercased())"
    }

    package func reason(_ reason: TitleEligibility.Reason) -> String {
        switch reason {
        case let .certificateMissing(kind, level):
            self(.reasonCertificateMissing(certificate: certificate(kind, level)))
        case let .yearsShort(have, need): self(.reasonYearsShort(have: String(have), need: String(need)))
        case let .yearsNotDeclared(need): self(.reasonYearsNotDeclared(need: String(need)))
        case .exceptionalNeedsReview: self(.reasonExceptional)
        case let .titleAlreadyHeld(level): self(.reasonTitleAlreadyHeld(title: titleLevel(level)))
        case let .titleMissing(level): self(.reasonTitleMissing(title: titleLevel(level)))
        case let .skillAlreadyHeld(level): self(.reasonSkillAlreadyHeld(level: skillLevel(level)))
        }
    }

    package func reason(_ reason: LoanEligibility.Reason) -> String {
        switch reason {
        case .notDigitalTalent: self(.reasonNotDigitalTalent)
        case .notInKeyGroup: self(.reasonNotInKeyGroup)
        case .notAnEnterprise: self(.reasonNotAnEnterprise)
        case let .staffOver(have, max): self(.reasonStaffOver(have: String(have), max: String(max)))
        case let .revenueOver(have, max): self(.reasonRevenueOver(have: have.formatted, max: max.formatted))
        case let .newHireShareShort(have, need): self(.reasonNewHireShareShort(have: String(have), need: String(need)))
        case let .unverified(fact): self(.reasonLoanFactUnverified(fact: self(Self.loanFact(fact))))
        case let .capReached(cap): self(.reasonLoanCapReached(cap: cap.formatted))
        case let .amountOverAvailable(asked, available):
            self(.reasonLoanOverAvailable(asked: asked.formatted, available: available.formatted))
        }
    }

    private static func loanFact(_ fact: LoanEligibility.LoanFact) -> Message {
        switch fact {
        case .staff: .loanFactStaff
        case .revenue: .loanFactRevenue
        case .newHireShare: .loanFactNewHireShare
        }
    }

    /// `subsidyName`: a subsidy's name by its kind, from the policy file.
    package func reason(_ reason: SubsidyEligibility.Reason, subsidyName: (Subsidy.Kind) -> String) -> String {
        switch reason {
        case let .noCertificate(kinds):
            self(
                .reasonNoCertificate(certificates: kinds.map(certificateKind).joined(separator: language.listSeparator))
            )
        case .noCompletedTraining: self(.reasonNoCompletedTraining)
        case let .noAmountForLevel(level): self(.reasonNoAmountForLevel(level: level.map(certificateLevel) ?? "—"))
        case let .occupationNotInCatalogue(code): self(.reasonNotInCatalogue(occupation: code ?? "—"))
        case .programNotSubsidised: self(.reasonProgramNotSubsidised)
        case let .windowClosed(lastDay): self(.reasonWindowClosed(lastDay: lastDay.description))
        case .alreadyClaimed: self(.reasonAlreadyClaimed)
        case .occupationAndLevelClaimed: self(.reasonOccupationAndLevelClaimed)
        case let .yearlyLimitReached(claims, max): self(.reasonYearlyLimit(claims: String(claims), max: String(max)))
        case let .excludedBy(kind): self(.reasonExcludedBy(subsidy: subsidyName(kind)))
        case let .insuredMonthsShort(have, need): self(.reasonInsuredShort(have: String(have), need: String(need)))
        case let .insuredMonthsUnverified(need): self(.reasonInsuredUnverified(need: String(need)))
        }
    }
}

extension DisplayLanguage {
    /// Between the items of a list written out: 、 in Chinese, a comma in English.
    package var listSeparator: String { self == .zh ? "、" : ", " }
}
