import Testing

@testable import TalentDomain

/// M10 subsidies (issue 16), against the shipped policy file. The Zibo text says only
/// "符合条件的数字人才可按规定落实职业培训补贴、职业技能评价补贴、失业保险技能提升补贴";
/// the numbers are the Shandong defaults the policy file carries (its `source` says so).
@Suite("M10 subsidy eligibility")
struct SubsidyEligibilityTests {
    static let policy = try! PolicyDocument.load(yaml: Fixtures.shippedPolicy, file: "zibo-2025.yaml")
    static let issued = CalendarDate("2024-03-02")!
    /// 大数据工程技术人员, in the training demand catalogue.
    static let catalogued = "2-02-38-03"

    static func certificate(
        _ id: String = "c1", level: SkillLevel = .intermediate, occupation: String = catalogued,
        issuedOn: CalendarDate = issued, enrollment: String? = nil
    ) -> SubsidyEligibility.Certificate {
        .init(
            id: id, kind: .skillLevel, level: .skill(level), occupationCode: occupation, issuedOn: issuedOn,
            enrollmentID: enrollment)
    }

    static func claim(
        _ kind: Subsidy.Kind = .skillUpgrade, basis: String, occupation: String = catalogued, level: String? = "junior",
        enrollment: String? = nil, on day: String = "2025-01-10"
    ) -> SubsidyEligibility.Claim {
        .init(
            kind: kind, basisID: basis, occupationCode: occupation, levelCode: level, enrollmentID: enrollment,
            claimedOn: CalendarDate(day)!)
    }

    static func upgrade(
        _ certificates: [SubsidyEligibility.Certificate], claims: [SubsidyEligibility.Claim] = [],
        insured: Int? = 24, on day: String = "2024-06-01"
    ) -> [SubsidyEligibility.Ruling] {
        let facts = SubsidyEligibility.Facts(
            certificates: certificates, trainings: [], claims: claims, insuredMonths: insured,
            today: CalendarDate(day)!)
        return SubsidyEligibility.evaluate(facts, policy: policy).filter { $0.subsidy == .skillUpgrade }
    }

    /// 初级1000元、中级1500元、高级2000元
    @Test func theSkillUpgradeAmountFollowsTheCertificateLevelToTheFen() throws {
        for (level, fen) in [(SkillLevel.junior, 100_000), (.intermediate, 150_000), (.senior, 200_000)] {
            let ruling = try #require(Self.upgrade([Self.certificate(level: level)]).first)
            #expect(ruling.decision.isEligible)
            #expect(ruling.amount == Money(fen: Int64(fen)))
            #expect(ruling.decision.measure == "M10")
        }
        // 技师 has no amount in the file: not claimable, and the reason says why
        let technician = try #require(Self.upgrade([Self.certificate(level: .technician)]).first)
        #expect(technician.decision.reasons == [.noAmountForLevel(.skill(.technician))])
    }

    /// 取得证书之日起12个月内申请: from 2024-03-02, up to and including 2025-03-01.
    @Test func theClaimWindowIsTwelveMonthsFromTheCertificateDate() throws {
        let last = try #require(Self.upgrade([Self.certificate()], on: "2025-03-01").first)
        let late = try #require(Self.upgrade([Self.certificate()], on: "2025-03-02").first)
        #expect(last.decision.isEligible)
        #expect(late.decision.reasons == [.windowClosed(lastDay: CalendarDate("2025-03-01")!)])
    }

    /// 每人每年最多享受3次: the third claim of a year is allowed, the fourth is not; last
    /// year's claims do not count.
    @Test func atMostThreeClaimsAPersonAYear() throws {
        let two = ["a", "b"].map {
            Self.claim(basis: $0, occupation: "2-02-38-0\($0 == "a" ? 1 : 2)", on: "2024-02-01")
        }
        let three = two + [Self.claim(basis: "c", occupation: "2-02-38-04", on: "2024-05-01")]
        let third = try #require(Self.upgrade([Self.certificate()], claims: two).first)
        let fourth = try #require(Self.upgrade([Self.certificate()], claims: three).first)
        let nextYear = try #require(Self.upgrade([Self.certificate()], claims: three, on: "2025-01-02").first)
        #expect(third.decision.isEligible)
        #expect(fourth.decision.reasons == [.yearlyLimitReached(claims: 3, max: 3)])
        #expect(nextYear.decision.isEligible)
    }

    /// 同一职业同一等级只能享受一次; the same certificate is never paid twice.
    @Test func theSameOccupationAndLevelIsPaidOnce() throws {
        let before = Self.claim(basis: "older", level: "intermediate", on: "2023-11-01")
        let again = try #require(Self.upgrade([Self.certificate()], claims: [before]).first)
        #expect(
            again.decision.reasons == [.occupationAndLevelClaimed(occupation: Self.catalogued, level: "intermediate")])
        let otherLevel = Self.claim(basis: "older", level: "junior", on: "2023-11-01")
        #expect(try #require(Self.upgrade([Self.certificate()], claims: [otherLevel]).first).decision.isEligible)
        let same = Self.claim(basis: "c1", level: "intermediate", on: "2024-04-01")
        #expect(
            try #require(Self.upgrade([Self.certificate()], claims: [same]).first).decision.reasons.contains(
                .alreadyClaimed))
    }

    /// 不得与职业培训补贴就同一培训重复享受
    @Test func notWithTheTrainingSubsidyForTheSameCourse() throws {
        let training = Self.claim(.training, basis: "e1", level: nil, enrollment: "e1", on: "2024-03-01")
        let sameCourse = try #require(
            Self.upgrade([Self.certificate(enrollment: "e1")], claims: [training]).first)
        let otherCourse = try #require(
            Self.upgrade([Self.certificate(enrollment: "e2")], claims: [training]).first)
        #expect(sameCourse.decision.reasons == [.excludedBy(.training)])
        #expect(otherCourse.decision.isEligible)
    }

    /// 最低参保月数 (a configurable default of 12): short is refused; unknown to the
    /// platform goes to a reviewer, who checks the social-insurance record.
    @Test func insuredMonthsShortRefuseAndUnknownNeedReview() throws {
        let eleven = try #require(Self.upgrade([Self.certificate()], insured: 11).first)
        let twelve = try #require(Self.upgrade([Self.certificate()], insured: 12).first)
        let unknown = try #require(Self.upgrade([Self.certificate()], insured: nil).first)
        #expect(eleven.decision.reasons == [.insuredMonthsShort(have: 11, need: 12)])
        #expect(twelve.decision.isEligible)
        #expect(unknown.decision.outcome == .needsReview)
        #expect(unknown.decision.reasons == [.insuredMonthsUnverified(need: 12)])
        // a refusal is not turned into a review by what is unknown
        let late = try #require(Self.upgrade([Self.certificate()], insured: nil, on: "2026-01-01").first)
        #expect(late.decision.outcome == .notEligible)
    }

    @Test func withoutACertificateThereIsOneRulingThatSaysSo() throws {
        let rulings = Self.upgrade([])
        #expect(rulings.count == 1)
        #expect(rulings[0].decision.reasons == [.noCertificate([.skillLevel])])
        #expect(rulings[0].basis == nil)
    }

    /// 职业培训补贴 (a completed training in a catalogue occupation, the program taking
    /// subsidies) and 职业技能评价补贴 (a skill-level certificate in a catalogue occupation).
    @Test func theTrainingAndEvaluationSubsidiesNeedACatalogueOccupation() throws {
        let facts = SubsidyEligibility.Facts(
            certificates: [Self.certificate(occupation: "2-02-10-01")],
            trainings: [
                .init(enrollmentID: "e1", occupationCode: Self.catalogued, subsidised: true, completedOn: Self.issued),
                .init(enrollmentID: "e2", occupationCode: Self.catalogued, subsidised: false, completedOn: Self.issued),
            ],
            claims: [], insuredMonths: nil, today: CalendarDate("2024-06-01")!)
        let rulings = SubsidyEligibility.evaluate(facts, policy: Self.policy)
        let training = rulings.filter { $0.subsidy == .training }
        #expect(training.map(\.decision.outcome) == [.eligible, .notEligible])
        #expect(training[1].decision.reasons == [.programNotSubsidised])
        #expect(training[0].amount == nil)  // the amount is the department's to set
        let evaluation = try #require(rulings.first { $0.subsidy == .evaluation })
        #expect(evaluation.decision.reasons == [.occupationNotInCatalogue("2-02-10-01")])
    }

    /// A draft policy that raises an amount changes the ruling, with no code changed.
    @Test func theAmountsComeFromThePolicyFile() throws {
        var draft = Self.policy
        let index = try #require(draft.subsidies.firstIndex { $0.kind == .skillUpgrade })
        draft.subsidies[index].amountsYuan?["intermediate"] = 1800
        let facts = SubsidyEligibility.Facts(
            certificates: [Self.certificate()], trainings: [], claims: [], insuredMonths: 24,
            today: CalendarDate("2024-06-01")!)
        let ruling = try #require(
            SubsidyEligibility.evaluate(facts, policy: draft).first { $0.subsidy == .skillUpgrade })
        #expect(ruling.amount == Money(yuan: 1800))
    }
}

@Suite("Calendar arithmetic")
struct CalendarArithmeticTests {
    @Test func addingMonthsKeepsTheDayOrTakesTheMonthsLast() {
        #expect(CalendarDate("2024-01-31")!.adding(months: 1).description == "2024-02-29")
        #expect(CalendarDate("2024-03-02")!.adding(months: 12).description == "2025-03-02")
        #expect(CalendarDate("2024-11-15")!.adding(months: 3).description == "2025-02-15")
    }

    @Test func dayNumbersRoundTripAcrossLeapYearsAndCenturies() {
        #expect(CalendarDate("1970-01-01")!.dayNumber == 0)
        #expect(CalendarDate("2000-03-01")!.adding(days: -1).description == "2000-02-29")
        #expect(CalendarDate("2100-03-01")!.adding(days: -1).description == "2100-02-28")
        #expect(CalendarDate("2025-12-31")!.adding(days: 1).description == "2026-01-01")
        var day = CalendarDate("1999-12-25")!
        for _ in 0..<800 {
            let next = day.adding(days: 1)
            #expect(next.dayNumber == day.dayNumber + 1)
            #expect(next > day)
            day = next
        }
    }
}
