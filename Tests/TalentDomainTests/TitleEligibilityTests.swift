import Testing

@testable import TalentDomain

/// M8 title rules (issue 16, the engine's first part), against the shipped policy file.
/// Each test quotes the sentence of the seed it checks.
@Suite("M8 title eligibility")
struct TitleEligibilityTests {
    static let policy = try! PolicyDocument.load(yaml: Fixtures.shippedPolicy, file: "zibo-2025.yaml")
    static let day = CalendarDate("2024-03-02")!

    static func ruling(_ id: String, _ facts: TitleEligibility.Facts) throws -> TitleEligibility.Ruling {
        try #require(TitleEligibility.evaluate(facts, policy: policy).first { $0.ruleID == id })
    }

    static func holding(_ kind: CertificateKind, _ level: CertificateLevel, years: Int?) -> TitleEligibility.Facts {
        TitleEligibility.Facts(certificates: [.init(kind: kind, level: level, issuedOn: day)], yearsInField: years)
    }

    /// 取得中级培训合格证书且从事本专业技术工作满3年的,可直接申报中级职称评审或考试
    @Test func anIntermediateTrainingCertificateNeedsThreeFullYearsInTheField() throws {
        let id = "training-intermediate-may-apply"
        let two = try Self.ruling(id, Self.holding(.trainingCompletion, .engineer(.intermediate), years: 2))
        let three = try Self.ruling(id, Self.holding(.trainingCompletion, .engineer(.intermediate), years: 3))
        let undeclared = try Self.ruling(id, Self.holding(.trainingCompletion, .engineer(.intermediate), years: nil))
        // 2 years: not yet, 3 needed; exactly 3: eligible; unknown: not decided as eligible
        #expect(two.decision.outcome == .notEligible)
        #expect(two.decision.reasons == [.yearsShort(have: 2, need: 3)])
        #expect(three.decision.isEligible)
        #expect(three.evidence?.issuedOn == Self.day)
        #expect(undeclared.decision.reasons == [.yearsNotDeclared(need: 3)])
        // Each ruling carries the measure and the seed's sentence.
        #expect(three.decision.measure == "M8")
        #expect(three.grant == .mayApplyFor(.intermediate))
        #expect(three.policyText.zh == "取得中级培训合格证书且从事本专业技术工作满3年的,可直接申报中级职称评审或考试")
    }

    /// 取得初、中级专业技术等级证书的,可直接认定相应级别职称
    @Test func aJuniorOrIntermediateGradeCertificateIsRecognisedAsTheTitle() throws {
        let junior = try Self.ruling(
            "grade-junior-recognized", Self.holding(.technicalGrade, .engineer(.junior), years: 0))
        let intermediate = try Self.ruling(
            "grade-intermediate-recognized", Self.holding(.technicalGrade, .engineer(.intermediate), years: nil))
        #expect(junior.decision.isEligible && junior.grant == .recognisedAs(.assistant))
        #expect(intermediate.decision.isEligible && intermediate.grant == .recognisedAs(.intermediate))
    }

    /// 取得高级专业技术等级证书的,可作为申报高级职称的业绩成果条件 — a condition, not a title.
    @Test func aSeniorGradeCertificateCountsTowardsASeniorTitleOnly() throws {
        let ruling = try Self.ruling(
            "grade-senior-achievement", Self.holding(.technicalGrade, .engineer(.senior), years: 0))
        #expect(ruling.decision.isEligible)
        #expect(ruling.grant == .countsTowards(.associateSenior))
    }

    /// A certificate of another kind or level does not stand in for the one a rule names.
    @Test func aRuleWithoutItsCertificateSaysWhichIsMissing() throws {
        let facts = Self.holding(.trainingCompletion, .engineer(.junior), years: 10)
        let ruling = try Self.ruling("training-intermediate-may-apply", facts)
        #expect(ruling.decision.reasons == [.certificateMissing(.trainingCompletion, .engineer(.intermediate))])
        #expect(ruling.evidence == nil)
        #expect(try Self.ruling("training-junior-may-apply", facts).decision.isEligible)
    }

    /// 数字技能人才可参加职称评审或考试 — 技师 (technician) may apply for an intermediate title
    /// under the crossover mapping of the policy file.
    @Test func aSkillTalentMayApplyForTheTitleTheCrossoverMapsTheirLevelTo() throws {
        let ruling = try Self.ruling("crossover-technician", Self.holding(.skillLevel, .skill(.technician), years: 0))
        #expect(ruling.decision.isEligible)
        #expect(ruling.grant == .mayApplyThroughCrossover(.intermediate))
        let other = try Self.ruling(
            "crossover-senior_technician", Self.holding(.skillLevel, .skill(.technician), years: 0))
        #expect(!other.decision.isEligible)
    }

    /// 支持业绩卓著、贡献突出的数字技术人才破格申报高级职称 — never decided by the platform.
    @Test func theExceptionalRouteAlwaysNeedsAPersonToReview() throws {
        for facts in [
            TitleEligibility.Facts(certificates: [], yearsInField: nil),
            Self.holding(.technicalGrade, .engineer(.senior), years: 30),
        ] {
            let ruling = try Self.ruling("exceptional-senior", facts)
            #expect(ruling.decision.outcome == .needsReview)
            #expect(ruling.decision.reasons == [.exceptionalNeedsReview])
        }
    }

    /// Every threshold comes from the policy file: a draft that asks for 4 years moves the
    /// boundary without a code change.
    @Test func theYearsComeFromThePolicyFile() throws {
        let draft = try PolicyDocument.load(
            yaml: try Fixtures.shippedPolicy.replacingOnce(
                "    level: intermediate\n    min_years_in_field: 3",
                with: "    level: intermediate\n    min_years_in_field: 4"),
            file: "draft.yaml")
        let facts = Self.holding(.trainingCompletion, .engineer(.intermediate), years: 3)
        let ruling = try #require(
            TitleEligibility.evaluate(facts, policy: draft).first { $0.ruleID == "training-intermediate-may-apply" })
        #expect(ruling.decision.reasons == [.yearsShort(have: 3, need: 4)])
    }

    @Test func everyRuleOfThePolicyIsRuledOnInTheFilesOrder() {
        let ids = TitleEligibility.evaluate(.init(certificates: [], yearsInField: nil), policy: Self.policy).map(
            \.ruleID)
        #expect(
            ids == Self.policy.titlePathways.map(\.id)
                + Self.policy.crossover.skillToTitle.map { "crossover-\($0.skillLevel.rawValue)" } + [
                    "exceptional-senior", "crossover-title-assistant", "crossover-title-intermediate",
                    "crossover-title-associate_senior",
                ])
        #expect(Set(ids) == Set(Self.policy.ruleIDs.filter { !$0.hasPrefix("subsidy-") && !$0.hasPrefix("loan-") }))
    }

    /// A title already held, or a higher one, is not applied for again: the review rule
    /// says so rather than "eligible".
    @Test func aTitleAlreadyHeldIsNotAppliedForAgain() throws {
        var facts = Self.holding(.skillLevel, .skill(.technician), years: 5)
        facts.titleLevel = .intermediate
        let ruling = try Self.ruling("crossover-technician", facts)
        #expect(ruling.decision.reasons == [.titleAlreadyHeld(.intermediate)])
        facts.titleLevel = .assistant
        #expect(try Self.ruling("crossover-technician", facts).decision.isEligible)
        // 破格 is for a senior title: one who holds it has nothing to apply for.
        facts.titleLevel = .associateSenior
        #expect(try Self.ruling("exceptional-senior", facts).decision.reasons == [.titleAlreadyHeld(.associateSenior)])
        // A title recognised directly is what the certificate is: it stays eligible.
        var grade = Self.holding(.technicalGrade, .engineer(.intermediate), years: 0)
        grade.titleLevel = .intermediate
        #expect(try Self.ruling("grade-intermediate-recognized", grade).decision.isEligible)
    }

    /// 数字技术人才可参加职业技能等级认定 — a technical title opens the skill-level
    /// certification the policy file maps it to (中级→技师 by default); one who holds that
    /// skill level already, or no title, is told why not.
    @Test func aTechnicalTalentMayTakeTheSkillCertificationTheirTitleMapsTo() throws {
        let id = "crossover-title-intermediate"
        let titled = TitleEligibility.Facts(certificates: [], yearsInField: nil, titleLevel: .intermediate)
        let ruling = try Self.ruling(id, titled)
        #expect(ruling.decision.isEligible)
        #expect(ruling.grant == .mayTakeSkillCertification(.technician))
        #expect(ruling.policyText.zh.contains("数字技术人才可参加职业技能等级认定"))
        // A higher title counts; a lower one does not.
        #expect(
            try Self.ruling(id, .init(certificates: [], yearsInField: nil, titleLevel: .senior)).decision.isEligible)
        #expect(
            try Self.ruling(id, .init(certificates: [], yearsInField: nil, titleLevel: .assistant)).decision.reasons
                == [.titleMissing(.intermediate)])
        #expect(
            try Self.ruling(
                id, .init(certificates: [], yearsInField: nil, titleLevel: .intermediate, skillLevel: .seniorTechnician)
            )
            .decision.reasons == [.skillAlreadyHeld(.seniorTechnician)])
    }

    /// The reverse mapping is policy data: a draft without it has no such rules, and a
    /// draft asking for 2 years moves the boundary.
    @Test func theReverseCrossoverComesFromThePolicyFile() throws {
        var draft = Self.policy
        draft.crossover.titleToSkill = [.init(titleLevel: .intermediate, skillLevel: .technician, minYears: 2)]
        let facts = TitleEligibility.Facts(certificates: [], yearsInField: 1, titleLevel: .intermediate)
        let rulings = TitleEligibility.evaluate(facts, policy: draft).filter { $0.ruleID.hasPrefix("crossover-title-") }
        #expect(rulings.map(\.decision.reasons) == [[.yearsShort(have: 1, need: 2)]])
        draft.crossover.titleToSkill = nil
        #expect(!TitleEligibility.evaluate(facts, policy: draft).contains { $0.ruleID.hasPrefix("crossover-title-") })
    }
}
