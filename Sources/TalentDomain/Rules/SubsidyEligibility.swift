/// M10 (资金保障): which subsidies a person may claim, and for what — each certificate or
/// completed training a claim could be made for, judged against the policy file's
/// subsidies: the certificates or training they are claimed for, the amount by level,
/// the application window, the yearly limit, once per occupation and level, the subsidies
/// that exclude each other for the same course, the minimum insured months. Every
/// number and switch comes from the policy file; a subsidy the file adds or changes
/// needs no code. Pure: the caller gathers the facts, including the claims already made.
public enum SubsidyEligibility {
    /// What the rules look at.
    public struct Facts: Hashable, Sendable {
        /// Valid (not revoked) certificates.
        public var certificates: [Certificate]
        /// Enrolments completed (passed).
        public var trainings: [Training]
        /// Subsidies granted or being decided: the ledger and the open applications.
        public var claims: [Claim]
        /// Months of unemployment-insurance contributions when the platform knows them;
        /// nil when only the social-insurance records can tell (a reviewer checks).
        public var insuredMonths: Int?
        /// The day the claim would be made: the window and the year's claims count to it.
        public var today: CalendarDate

        public init(
            certificates: [Certificate], trainings: [Training], claims: [Claim], insuredMonths: Int?,
            today: CalendarDate
        ) {
            (self.certificates, self.trainings, self.claims) = (certificates, trainings, claims)
            (self.insuredMonths, self.today) = (insuredMonths, today)
        }
    }

    public struct Certificate: Hashable, Sendable {
        /// The certificate's id, which a claim made for it refers to.
        public var id: String
        public var kind: CertificateKind
        public var level: CertificateLevel?
        public var occupationCode: String?
        public var issuedOn: CalendarDate
        /// The enrolment it was issued for, when the training ran on the platform: the
        /// course that subsidies excluding each other share.
        public var enrollmentID: String?

        public init(
            id: String, kind: CertificateKind, level: CertificateLevel?, occupationCode: String?,
            issuedOn: CalendarDate, enrollmentID: String? = nil
        ) {
            (self.id, self.kind, self.level, self.occupationCode) = (id, kind, level, occupationCode)
            (self.issuedOn, self.enrollmentID) = (issuedOn, enrollmentID)
        }
    }

    public struct Training: Hashable, Sendable {
        public var enrollmentID: String
        public var occupationCode: String?
        /// The program takes training subsidies (its provider said so, an officer agreed).
        public var subsidised: Bool
        public var completedOn: CalendarDate

        public init(enrollmentID: String, occupationCode: String?, subsidised: Bool, completedOn: CalendarDate) {
            (self.enrollmentID, self.occupationCode) = (enrollmentID, occupationCode)
            (self.subsidised, self.completedOn) = (subsidised, completedOn)
        }
    }

    /// A subsidy already claimed.
    public struct Claim: Hashable, Sendable {
        public var kind: Subsidy.Kind
        /// The certificate or enrolment it was claimed for.
        public var basisID: String
        public var occupationCode: String?
        /// `CertificateLevel.code` of the certificate, for certificate claims.
        public var levelCode: String?
        /// The course behind it, when known.
        public var enrollmentID: String?
        public var claimedOn: CalendarDate

        public init(
            kind: Subsidy.Kind, basisID: String, occupationCode: String?, levelCode: String?,
            enrollmentID: String?, claimedOn: CalendarDate
        ) {
            (self.kind, self.basisID, self.occupationCode, self.levelCode) = (kind, basisID, occupationCode, levelCode)
            (self.enrollmentID, self.claimedOn) = (enrollmentID, claimedOn)
        }
    }

    /// Why a claim cannot (yet) be made, as data the edge puts into words.
    public enum Reason: Hashable, Sendable {
        /// No valid certificate of the kinds the subsidy is claimed for.
        case noCertificate([CertificateKind])
        /// No completed training to claim it for.
        case noCompletedTraining
        /// The policy fixes amounts by level, and none for this one.
        case noAmountForLevel(CertificateLevel?)
        /// The occupation is not in the training demand catalogue.
        case occupationNotInCatalogue(String?)
        /// The program does not take training subsidies.
        case programNotSubsidised
        /// Claimed after the window: the last day it could be.
        case windowClosed(lastDay: CalendarDate)
        /// This certificate or training was claimed already.
        case alreadyClaimed
        /// Once per occupation and level: claimed before for another certificate.
        case occupationAndLevelClaimed(occupation: String?, level: String?)
        /// At most `max` claims a person a year, and `claims` made this year.
        case yearlyLimitReached(claims: Int, max: Int)
        /// The other subsidy was claimed for the same course.
        case excludedBy(Subsidy.Kind)
        case insuredMonthsShort(have: Int, need: Int)
        /// The platform does not know the insured months; a reviewer checks them.
        case insuredMonthsUnverified(need: Int)
    }

    public struct Ruling: Hashable, Sendable {
        /// `subsidy-<kind>`.
        public var ruleID: String
        public var subsidy: Subsidy.Kind
        public var label: LocalizedText
        /// What the policy says of this subsidy and where its numbers come from.
        public var policyText: LocalizedText
        public var decision: Decision<Reason>
        /// The certificate or training the claim would be made for; nil when there is none.
        public var basis: Basis?
        /// The amount the policy fixes for it; nil when the department sets it.
        public var amount: Money?
    }

    public enum Basis: Hashable, Sendable {
        case certificate(Certificate)
        case training(Training)

        public var id: String {
            switch self {
            case let .certificate(certificate): certificate.id
            case let .training(training): training.enrollmentID
            }
        }
    }

    /// Every subsidy of `policy` under `measure` for every certificate or training it
    /// could be claimed for, newest first; one not-eligible ruling for a subsidy with
    /// nothing to claim it for.
    public static func evaluate(_ facts: Facts, policy: PolicyDocument) -> [Ruling] {
        policy.subsidies.flatMap { subsidy -> [Ruling] in
            let bases: [Basis] =
                switch subsidy.basis {
                case .certificate:
                    facts.certificates.filter { (subsidy.certificateKinds ?? []).contains($0.kind) }
                        .sorted { $0.issuedOn > $1.issuedOn }.map(Basis.certificate)
                case .completedTraining:
                    facts.trainings.sorted { $0.completedOn > $1.completedOn }.map(Basis.training)
                }
            guard !bases.isEmpty else {
                let missing: Reason =
                    subsidy.basis == .certificate
                    ? .noCertificate(subsidy.certificateKinds ?? []) : .noCompletedTraining
                return [ruling(subsidy, basis: nil, amount: nil, Decision(under: subsidy.measure, refusing: [missing]))]
            }
            return bases.map { judge(subsidy, $0, facts, policy) }
        }
    }

    private static func judge(_ subsidy: Subsidy, _ basis: Basis, _ facts: Facts, _ policy: PolicyDocument) -> Ruling {
        var reasons: [Reason] = []
        let occupation: String?
        var amount: Money?
        var course: String?
        switch basis {
        case let .certificate(certificate):
            occupation = certificate.occupationCode
            course = certificate.enrollmentID
            if subsidy.amountsYuan != nil {
                amount = certificate.level.flatMap(subsidy.amount(for:))
                if amount == nil { reasons.append(.noAmountForLevel(certificate.level)) }
            }
            if let months = subsidy.applyWithinMonths {
                // 取得证书之日起12个月内: from 2024-03-02, up to and including 2025-03-01.
                let lastDay = certificate.issuedOn.adding(months: months).adding(days: -1)
                if facts.today > lastDay { reasons.append(.windowClosed(lastDay: lastDay)) }
            }
            if subsidy.oncePerOccupationAndLevel == true,
                facts.claims.contains(where: {
                    $0.kind == subsidy.kind && $0.basisID != certificate.id && $0.occupationCode == occupation
                        && $0.levelCode == certificate.level?.code
                })
            {
                reasons.append(.occupationAndLevelClaimed(occupation: occupation, level: certificate.level?.code))
            }
        case let .training(training):
            occupation = training.occupationCode
            course = training.enrollmentID
            if !training.subsidised { reasons.append(.programNotSubsidised) }
        }
        if subsidy.catalogueOnly == true, !(occupation.map(policy.demandOccupations.contains) ?? false) {
            reasons.append(.occupationNotInCatalogue(occupation))
        }
        let mine = facts.claims.filter { $0.kind == subsidy.kind }
        if mine.contains(where: { $0.basisID == basis.id }) { reasons.append(.alreadyClaimed) }
        if let max = subsidy.maxClaimsPerYear {
            let thisYear = mine.filter { $0.claimedOn.year == facts.today.year }.count
            if thisYear >= max { reasons.append(.yearlyLimitReached(claims: thisYear, max: max)) }
        }
        if let course {
            for other in subsidy.exclusiveWith ?? []
            where facts.claims.contains(where: { $0.kind == other && $0.enrollmentID == course }) {
                reasons.append(.excludedBy(other))
            }
        }
        var review: [Reason] = []
        if let need = subsidy.minInsuredMonths, need > 0 {
            switch facts.insuredMonths {
            case nil: review.append(.insuredMonthsUnverified(need: need))
            case let have? where have < need: reasons.append(.insuredMonthsShort(have: have, need: need))
            default: break
            }
        }
        // Anything that refuses it decides; what only a reviewer can check comes after.
        let decision =
            reasons.isEmpty && !review.isEmpty
            ? Decision(.needsReview, under: subsidy.measure, reasons: review)
            : Decision(under: subsidy.measure, refusing: reasons.isEmpty ? [] : reasons + review)
        return ruling(subsidy, basis: basis, amount: amount, decision)
    }

    private static func ruling(_ subsidy: Subsidy, basis: Basis?, amount: Money?, _ decision: Decision<Reason>)
        -> Ruling
    {
        Ruling(
            ruleID: "subsidy-\(subsidy.kind.rawValue)", subsidy: subsidy.kind, label: subsidy.label,
            policyText: subsidy.source, decision: decision, basis: basis, amount: amount)
    }
}
