import Testing

@testable import TalentDomain

/// Nominations (issue 16): M8 "各区县推荐高技能人才申报淄博英才计划相关项目,数字领域技能人才
/// 占比不低于20%", and the programmes the seed names, as the shipped policy file has them.
@Suite("Nominations: programmes and the digital share")
struct NominationRulesTests {
    static let policy = try! PolicyDocument.load(yaml: Fixtures.shippedPolicy, file: "zibo-2025.yaml")

    static func share(_ digital: Int, of total: Int) -> NominationShare {
        NominationShare(digital: digital, total: total, rule: policy.nominationRule)
    }

    /// 不低于20%: exactly a fifth meets it, one candidate fewer does not.
    @Test func exactlyTwentyPercentMeetsTheRuleAndLessDoesNot() {
        #expect(Self.share(1, of: 5).isSatisfied && Self.share(1, of: 5).percent == 20)
        #expect(Self.share(4, of: 20).isSatisfied)
        #expect(!Self.share(3, of: 16).isSatisfied)  // 18.75 %
        #expect(Self.share(3, of: 16).percent == 18)
        #expect(!Self.share(0, of: 1).isSatisfied)
        #expect(Self.share(0, of: 0).isSatisfied && Self.share(0, of: 0).percent == 0)
    }

    /// The count a refusal names: the fewest digital candidates to add, or others to take off.
    @Test func theCountNeededIsTheFewestThatMeetTheRule() {
        // 3 of 16: one more digital makes 4 of 17 = 23.5 %
        #expect(Self.share(3, of: 16).digitalNeeded == 1)
        #expect(Self.share(3, of: 16).othersToRemove == 1)  // 3 of 15 = 20 %
        // 0 of 10: 3 of 13 = 23 %, 2 of 12 = 16.7 %
        #expect(Self.share(0, of: 10).digitalNeeded == 3)
        #expect(Self.share(0, of: 10).othersToRemove == 10)
        // 1 of 9: 2 of 10 = 20 % exactly
        #expect(Self.share(1, of: 9).digitalNeeded == 1)
        #expect(Self.share(1, of: 9).othersToRemove == 4)
        #expect(Self.share(2, of: 10).digitalNeeded == 0)
        // whatever the numbers, adding what is named meets the rule, one fewer does not
        for total in 1...40 {
            for digital in 0...total {
                let share = Self.share(digital, of: total)
                let needed = share.digitalNeeded ?? -1
                #expect(Self.share(digital + needed, of: total + needed).isSatisfied)
                if needed > 0 { #expect(!Self.share(digital + needed - 1, of: total + needed - 1).isSatisfied) }
            }
        }
    }

    /// A rule of 100 %: no number of digital candidates makes up for another one.
    @Test func aRuleOfAHundredPercentCanOnlyBeMetByTakingOthersOff() {
        var rule = Self.policy.nominationRule
        rule.minDigitalSharePercent = 100
        let share = NominationShare(digital: 3, total: 4, rule: rule)
        #expect(!share.isSatisfied && share.digitalNeeded == nil && share.othersToRemove == 1)
    }

    /// The programmes the seed names, each under its department and measure.
    @Test func theShippedPolicyHasTheProgrammesTheSeedNames() throws {
        let programmes = try #require(Self.policy.nominationProgrammes)
        #expect(
            programmes.map(\.id) == [
                "zibo-elite-high-skill", "taishan", "special-allowance", "provincial-flexible", "overseas-study",
                "first-version-software", "returnee-startup", "tech-sme", "high-tech-enterprise", "rd-subsidy",
                "natural-science-fund",
            ])
        let elite = try #require(Self.policy.nominationProgramme("zibo-elite-high-skill"))
        #expect(elite.measure == "M8" && elite.department == "HRSS" && elite.perDistrict)
        #expect(elite.followsNominationRule && elite.minSkillLevel == .senior && elite.selectedCategory == "zibo_elite")
        #expect(elite.source.zh.contains("数字领域技能人才占比不低于20%"))
        let fund = try #require(Self.policy.nominationProgramme("natural-science-fund"))
        #expect(fund.candidates == .organization && fund.asksProject && fund.measure == "M10")
        #expect(Self.policy.nominationProgramme("tech-sme")?.organizationKinds == ["enterprise"])
        #expect(programmes.filter { $0.selectedCategory != nil }.count == 4)
    }

    @Test func aProgrammeWithAnUnknownCategoryOrTalentOnlyFlagsOnOrganisationsIsRefused() throws {
        let unknown = try Fixtures.shippedPolicy.replacingOnce(
            "selected_category: zibo_elite", with: "selected_category: zibo_star")
        #expect(problems(unknown).contains { $0.path == "nomination_programmes[0].selected_category" })
        let mixed = try Fixtures.shippedPolicy.replacingOnce(
            "candidates: organization\n    organization_kinds: [enterprise]\n    asks_project: true",
            with: "candidates: organization\n    per_district: true")
        #expect(problems(mixed).contains { $0.path == "nomination_programmes[5].candidates" })
        let twice = try Fixtures.shippedPolicy.replacingOnce("id: taishan", with: "id: zibo-elite-high-skill")
        #expect(problems(twice).contains { $0.message.contains("duplicate id \"zibo-elite-high-skill\"") })
    }

    private func problems(_ text: String) -> [PolicyProblem] {
        do {
            _ = try PolicyDocument.load(yaml: text, file: "test.yaml")
            return []
        } catch {
            return error.problems
        }
    }
}
