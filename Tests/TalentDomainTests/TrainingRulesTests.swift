import Foundation
import Testing

@testable import TalentDomain

@Suite("Training: program life, entry requirements, completion, study hours")
struct TrainingRulesTests {
    @Test func aProgramMovesOnlyForwardExceptAnOpenOneBackToDraft() {
        #expect(ProgramStatus.draft.canMove(to: .open))
        #expect(ProgramStatus.open.canMove(to: .running))
        #expect(ProgramStatus.open.canMove(to: .draft))
        #expect(ProgramStatus.running.canMove(to: .finished))
        #expect(ProgramStatus.finished.canMove(to: .archived))
        #expect(!ProgramStatus.running.canMove(to: .open))
        #expect(!ProgramStatus.archived.canMove(to: .draft))
        #expect(!ProgramStatus.draft.canMove(to: .finished))
        #expect(ProgramStatus.allCases.filter(\.takesApplications) == [.open])
    }

    @Test func eachKindServesItsMeasureAndAsksForWhatDefinesIt() {
        #expect(ProgramKind.engineerTraining.defaultMeasure == "M1")
        #expect(ProgramKind.skillTraining.defaultMeasure == "M2")
        #expect(ProgramKind.orderTraining.defaultMeasure == "M3")
        #expect(ProgramKind.engineerTraining.needsOccupation && ProgramKind.engineerTraining.needsEngineerLevel)
        #expect(ProgramKind.skillTraining.needsSkillLevel && !ProgramKind.skillTraining.needsEngineerLevel)
        #expect(ProgramKind.advancedSeminar.needsTheme && !ProgramKind.advancedSeminar.needsOccupation)
    }

    static let intermediateTraining = EntryRequirement(anyOf: [
        .certificate(kind: .trainingCompletion, minimum: .junior), .yearsInField(2),
    ])

    @Test func aJuniorCertificateInTheSameOccupationMeetsTheIntermediateRequirement() {
        let holder = EntryRequirement.Applicant(certificates: [
            .init(kind: .trainingCompletion, level: .engineer(.junior), occupationCode: "2-02-38-03")
        ])
        #expect(Self.intermediateTraining.check(holder, occupationCode: "2-02-38-03", measure: "M1").isEligible)
    }

    @Test func aCertificateInAnotherOccupationOrOfAnotherKindDoesNot() {
        let other = EntryRequirement.Applicant(
            certificates: [
                .init(kind: .trainingCompletion, level: .engineer(.senior), occupationCode: "2-02-38-01"),
                .init(kind: .skillLevel, level: .skill(.technician), occupationCode: "2-02-38-03"),
            ], yearsInField: 1)
        #expect(
            Self.intermediateTraining.check(other, occupationCode: "2-02-38-03", measure: "M1")
                == Decision(.notEligible, under: "M1", reasons: Self.intermediateTraining.anyOf))
    }

    @Test func yearsInTheFieldAreTheOtherWayIn() {
        #expect(
            Self.intermediateTraining.check(.init(yearsInField: 2), occupationCode: "2-02-38-03", measure: "M1")
                .isEligible)
        #expect(
            Self.intermediateTraining.check(.init(yearsInField: nil), occupationCode: "2-02-38-03", measure: "M1")
                .isEligible == false)
    }

    @Test func aLowerLevelCertificateDoesNotMeetAHigherMinimum() {
        let requirement = EntryRequirement(anyOf: [.certificate(kind: .technicalGrade, minimum: .intermediate)])
        let junior = EntryRequirement.Applicant(certificates: [
            .init(kind: .technicalGrade, level: .engineer(.junior), occupationCode: nil)
        ])
        #expect(requirement.check(junior, occupationCode: nil, measure: "M1").isEligible == false)
    }

    @Test func skillLevelAndEducationAreMinimums() {
        let requirement = EntryRequirement(anyOf: [.skillLevel(.senior), .education(.bachelor)])
        #expect(requirement.check(.init(skillLevel: .technician), occupationCode: nil, measure: "M1").isEligible)
        #expect(requirement.check(.init(education: .master), occupationCode: nil, measure: "M1").isEligible)
        #expect(
            requirement.check(
                .init(skillLevel: .intermediate, education: .associate), occupationCode: nil, measure: "M1"
            ).isEligible == false)
    }

    @Test func aProgramWithoutRequirementsTakesEveryone() {
        #expect(EntryRequirement().check(.init(), occupationCode: "x", measure: "M1").isEligible)
    }

    @Test func requirementsSurviveStorageAsJSON() throws {
        let data = try JSONEncoder().encode(Self.intermediateTraining)
        #expect(try JSONDecoder().decode(EntryRequirement.self, from: data) == Self.intermediateTraining)
    }

    @Test(arguments: [("3", 180), ("1.5", 90), ("0.5", 30), (" 2 ", 120), ("0", 0)])
    func hoursAreReadAsMinutes(text: String, minutes: Int) {
        #expect(StudyHours(hoursText: text)?.minutes == minutes)
    }

    @Test(arguments: ["", "-1", "1.25", "abc", "1,5", "１", "1.", ".5", "1001", "-0.5", "+2", "1.-"])
    func badHoursAreRefused(text: String) {
        #expect(StudyHours(hoursText: text) == nil)
    }

    @Test func hoursAddExactlyAndPrintWithOneDecimal() {
        let total = StudyHours(hoursText: "1.5")! + StudyHours(hoursText: "0.5")!
        #expect(total.description == "2")
        #expect(StudyHours(minutes: 90).description == "1.5")
    }

    @Test func completionNeedsAPassAndEnoughHoursRoundedUpToTheMinute() {
        let rule = CompletionRule()
        let scheduled = StudyHours(hoursText: "7")!
        #expect(
            rule.completion(attended: StudyHours(minutes: 336), scheduled: scheduled, passed: true, measure: "M1")
                .reasons.isEmpty)
        #expect(
            rule.completion(attended: StudyHours(minutes: 335), scheduled: scheduled, passed: true, measure: "M1")
                .reasons
                == [.attendance(attended: StudyHours(minutes: 335), required: StudyHours(minutes: 336))])
        #expect(
            rule.completion(attended: scheduled, scheduled: scheduled, passed: nil, measure: "M1").reasons == [
                .assessmentMissing
            ])
        #expect(
            rule.completion(attended: scheduled, scheduled: scheduled, passed: false, measure: "M1").reasons == [
                .assessmentFailed
            ])
    }

    @Test func onlyEnrolmentsHoldingASeatCountAgainstCapacity() {
        #expect(EnrollmentStatus.allCases.filter(\.holdsSeat) == [.enrolled, .completed, .notCompleted])
        #expect(EnrollmentStatus.allCases.filter(\.canWithdraw) == [.enrolled, .waitlisted])
    }
}

@Suite("Training vouchers: who gets them and what they pay for")
struct VoucherRulesTests {
    static let policy = try! PolicyDocument.load(yaml: Fixtures.shippedPolicy, file: "zibo-2025.yaml")
    static let day = CalendarDate("2026-06-01")!

    @Test func theShippedCatalogueListsTheDigitalEngineeringOccupations() {
        #expect(Self.policy.demandOccupations.contains("2-02-38-03"))
        #expect(Self.policy.demandOccupations.contains("4-04-05-05"))
    }

    @Test func aVoucherPaysOnceBeforeItsExpiryForItsOwnOccupationInAProgramThatTakesVouchers() {
        func problems(
            status: VoucherStatus = .issued, holder: Bool = true, expires: String = "2026-06-01",
            accepts: Bool = true, programOccupation: String? = "2-02-38-03"
        ) -> [VoucherRules.RedeemProblem] {
            VoucherRules.redeem(
                status: status, holderMatches: holder, occupationCode: "2-02-38-03",
                expiresOn: CalendarDate(expires)!, programAcceptsVouchers: accepts,
                programOccupation: programOccupation, today: Self.day
            ).reasons
        }
        #expect(problems().isEmpty)
        #expect(problems(status: .redeemed) == [.alreadyUsed])
        #expect(problems(expires: "2026-05-31") == [.expired(on: "2026-05-31")])
        #expect(problems(accepts: false) == [.programTakesNoVouchers])
        #expect(
            problems(programOccupation: "2-02-38-01") == [
                .wrongOccupation(voucher: "2-02-38-03", program: "2-02-38-01")
            ])
        #expect(problems(status: .redeemed, holder: false) == [.notTheHolders])
    }
}

@Suite("Target figures computed from records")
struct TargetMetricTests {
    @Test func completionsCountTowardTheM1Figures() {
        #expect(TargetMetric.forCompletion(of: .engineerTraining) == [.engineersTrained])
        #expect(TargetMetric.forCompletion(of: .advancedSeminar) == [.seminarTrainees, .advancedSeminarsHeld])
        #expect(TargetMetric.forCompletion(of: .skillTraining).isEmpty)
    }

    @Test func digitalSkillCertificatesCountTowardM2AndTechnicianOrAboveIsHighSkill() {
        #expect(
            TargetMetric.forCertificate(kind: .skillLevel, level: .skill(.senior), digitalOccupation: true)
                == [.digitalSkillTalents])
        #expect(
            TargetMetric.forCertificate(kind: .skillLevel, level: .skill(.technician), digitalOccupation: true)
                == [.digitalSkillTalents, .highSkillTalents])
        #expect(
            TargetMetric.forCertificate(kind: .skillLevel, level: .skill(.chiefTechnician), digitalOccupation: false)
                .isEmpty)
        #expect(
            TargetMetric.forCertificate(kind: .trainingCompletion, level: .engineer(.senior), digitalOccupation: true)
                .isEmpty)
    }

    @Test func everyTargetMetricIsATargetOfTheShippedPolicy() throws {
        let policy = try PolicyDocument.load(yaml: Fixtures.shippedPolicy, file: "zibo-2025.yaml")
        for metric in TargetMetric.allCases {
            #expect(policy.targets.contains { $0.metric == metric }, "\(metric)")
        }
    }

    @Test func progressIsRoundedDownAndMayPassAHundred() {
        let target = Target(
            id: "t", measure: "M1", metric: .engineersTrained, label: LocalizedText(zh: "a", en: "a"),
            comparison: .atLeast, value: 200, unit: .person, period: .year, departments: ["HRSS"])
        #expect(target.progressPercent(actual: 199) == 99)
        #expect(target.progressPercent(actual: 250) == 125)
    }
}
