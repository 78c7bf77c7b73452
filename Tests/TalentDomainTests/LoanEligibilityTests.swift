import Testing

@testable import TalentDomain

/// M4 loans (issue 16), against the shipped policy file: "小微企业可申请最高400万元的创业
/// 担保贷款或最高1000万元的“创业提振贷”；符合条件的数字人才可申请最高30万元的个人创业担保
/// 贷款或最高50万元的“创业提振贷”".
@Suite("M4 loan eligibility")
struct LoanEligibilityTests {
    static let policy = try! PolicyDocument.load(yaml: Fixtures.shippedPolicy, file: "zibo-2025.yaml")

    static func person(digital: Bool = true, groups: [String] = ["college_graduates"]) -> LoanEligibility.Borrower {
        .individual(.init(hasDigitalOccupation: digital, keyGroups: groups))
    }

    static func ruling(_ id: String, _ rulings: [LoanEligibility.Ruling]) throws -> LoanEligibility.Ruling {
        try #require(rulings.first { $0.ruleID == id })
    }

    @Test func aDigitalTalentInAKeyGroupMayAskForBothIndividualLoansUpToTheirCaps() throws {
        let rulings = LoanEligibility.evaluate(Self.person(), policy: Self.policy)
        #expect(rulings.map(\.ruleID) == ["loan-guaranteed-individual", "loan-boost-individual"])
        #expect(rulings.allSatisfy { $0.decision.isEligible })
        #expect(rulings.map(\.available) == [Money(yuan: 300_000), Money(yuan: 500_000)])
        #expect(rulings.allSatisfy { $0.decision.measure == "M4" })
    }

    /// The key-group condition is the guaranteed loan's; the boost loan asks only for a
    /// digital talent.
    @Test func outsideTheKeyGroupsOnlyTheBoostLoanRemains() throws {
        let rulings = LoanEligibility.evaluate(Self.person(groups: []), policy: Self.policy)
        #expect(try Self.ruling("loan-guaranteed-individual", rulings).decision.reasons == [.notInKeyGroup])
        #expect(try Self.ruling("loan-boost-individual", rulings).decision.isEligible)
        let notDigital = LoanEligibility.evaluate(Self.person(digital: false), policy: Self.policy)
        #expect(notDigital.allSatisfy { $0.decision.reasons.contains(.notDigitalTalent) })
    }

    /// The amount asked ≤ the cap less what is held, to the fen.
    @Test func theAmountIsTheCapLessWhatIsHeldToTheFen() throws {
        let held = ["guaranteed-individual": Money(yuan: 100_000)]
        let exact = try Self.ruling(
            "loan-guaranteed-individual",
            LoanEligibility.evaluate(Self.person(), held: held, asked: Money(yuan: 200_000), policy: Self.policy))
        #expect(exact.decision.isEligible)
        #expect(exact.available == Money(yuan: 200_000))
        let oneFenMore = try Self.ruling(
            "loan-guaranteed-individual",
            LoanEligibility.evaluate(Self.person(), held: held, asked: Money(fen: 20_000_001), policy: Self.policy))
        #expect(
            oneFenMore.decision.reasons == [
                .amountOverAvailable(asked: Money(fen: 20_000_001), available: Money(yuan: 200_000))
            ])
        let full = try Self.ruling(
            "loan-guaranteed-individual",
            LoanEligibility.evaluate(
                Self.person(), held: ["guaranteed-individual": Money(yuan: 300_000)], policy: Self.policy))
        #expect(full.decision.reasons == [.capReached(cap: Money(yuan: 300_000))])
    }

    @Test func aSmallEnterpriseIsJudgedOnStaffRevenueAndNewHiresAndWhatIsUnknownGoesToReview() throws {
        let small = LoanEligibility.Borrower.enterprise(
            .init(staff: 100, revenue: Money(yuan: 10_000_000), newHireKeyGroupPercent: 15))
        let rulings = LoanEligibility.evaluate(small, policy: Self.policy)
        #expect(rulings.map(\.ruleID) == ["loan-guaranteed-enterprise", "loan-boost-enterprise"])
        #expect(rulings.allSatisfy { $0.decision.isEligible })
        #expect(rulings.map(\.available) == [Money(yuan: 4_000_000), Money(yuan: 10_000_000)])

        let big = LoanEligibility.evaluate(
            .enterprise(.init(staff: 101, revenue: Money(fen: 1_000_000_001), newHireKeyGroupPercent: 14)),
            policy: Self.policy)
        #expect(
            try Self.ruling("loan-guaranteed-enterprise", big).decision.reasons == [
                .staffOver(have: 101, max: 100),
                .revenueOver(have: Money(fen: 1_000_000_001), max: Money(yuan: 10_000_000)),
                .newHireShareShort(have: 14, need: 15),
            ])
        // the new-hire share is the guaranteed loan's condition only
        #expect(
            !(try Self.ruling("loan-boost-enterprise", big).decision.reasons.contains(
                .newHireShareShort(have: 14, need: 15))))

        let unknown = LoanEligibility.evaluate(
            .enterprise(.init(staff: nil, revenue: nil, newHireKeyGroupPercent: nil)), policy: Self.policy)
        #expect(unknown.allSatisfy { $0.decision.outcome == .needsReview })
        #expect(
            try Self.ruling("loan-guaranteed-enterprise", unknown).decision.reasons == [
                .unverified(.staff), .unverified(.revenue), .unverified(.newHireShare),
            ])
    }

    @Test func theValidatorRefusesAnUnknownKeyGroupAndAShareOverAHundred() {
        var draft = Self.policy
        draft.loanBorrowers?.individual?.keyGroups?.append("astronauts")
        draft.loanBorrowers?.enterprise?.minNewHireSharePercent = 101
        let paths = PolicyValidator.problems(in: draft).map(\.path)
        #expect(paths.contains("loan_borrowers.individual.key_groups[7]"))
        #expect(paths.contains("loan_borrowers.enterprise.min_new_hire_share_percent"))
        #expect(PolicyValidator.problems(in: Self.policy).isEmpty)
    }
}
