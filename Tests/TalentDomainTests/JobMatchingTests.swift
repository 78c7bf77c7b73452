import Foundation
import Testing

@testable import TalentDomain

/// 人岗匹配 (M3 job zone): which reasons hold between a post and a talent, the points the
/// policy gives each, the score out of 100, and the life of posts and applications.
/// With the default weights the most a talent can win is 40 + 4 × 6 + 10 + 8 + 6 + 12 + 6
/// = 106 points, so a score is round(points × 100 / 106).
@Suite("Job zone: matching talents and posts")
struct JobMatchingTests {
    static let weights = MatchWeights.defaults

    static func need(
        occupation: String = "2-02-38-03", skills: [String] = [], education: EducationLevel? = nil,
        experience: Int? = nil, district: String = "370303"
    ) -> JobMatching.Need {
        JobMatching.Need(
            occupationCode: occupation, skills: skills, education: education, experienceYears: experience,
            districtCode: district)
    }

    static func seeker(
        occupations: [String] = ["2-02-38-03"], skills: [String] = [], education: EducationLevel? = nil,
        experience: Int? = nil, district: String = "370302", certified: [String] = [],
        skillLevel: SkillLevel? = nil, titleLevel: TitleLevel? = nil
    ) -> JobMatching.Seeker {
        JobMatching.Seeker(
            occupationCodes: occupations, skills: skills, education: education, experienceYears: experience,
            districtCode: district, certifiedOccupations: certified, skillLevel: skillLevel, titleLevel: titleLevel)
    }

    static func match(_ need: JobMatching.Need, _ seeker: JobMatching.Seeker) -> JobMatching.Match {
        JobMatching.match(need, seeker, weights: weights)
    }

    /// A post asking for an education and years no test seeker has, in a district they do
    /// not live in: only the reason under test holds.
    static let strict = JobMatchingTests.need(education: .doctorate, experience: 40)

    @Test func theDefaultWeightsAddUpTo106() {
        #expect(Self.weights.maximum == 106)
        #expect(
            Self.weights
                == MatchWeights(
                    occupation: 40, relatedOccupation: 15, skill: 6, maxSkills: 4, education: 10, experience: 8,
                    district: 6, certificate: 12, level: 6))
    }

    @Test func theSameOccupationOutranksOneOfItsSmallCategoryAndAnUnrelatedOneGivesNothing() {
        let same = Self.match(Self.strict, Self.seeker(occupations: ["2-02-10-01", "2-02-38-03"]))
        #expect(same.reasons.map(\.reason) == [.sameOccupation("2-02-38-03")])
        #expect(same.points == 40 && same.score == 38, "40 × 100 / 106 = 37.7")

        // 2-02-38-04 云计算 is in the small category 2-02-38 of 2-02-38-03 大数据
        let related = Self.match(Self.strict, Self.seeker(occupations: ["2-02-38-04"]))
        #expect(related.reasons.map(\.reason) == [.relatedOccupation("2-02-38-04")])
        #expect(related.points == 15 && related.score == 14, "15 × 100 / 106 = 14.2")

        // 2-02-10-01 shares the middle category 2-02 only: not related
        let unrelated = Self.match(Self.strict, Self.seeker(occupations: ["2-02-10-01"]))
        #expect(unrelated.reasons.isEmpty && unrelated.points == 0 && unrelated.score == 0)
        #expect(!JobMatching.isRelevant(unrelated))
    }

    @Test func theSameOccupationIsNotCountedAgainAsRelated() {
        let both = Self.match(Self.strict, Self.seeker(occupations: ["2-02-38-04", "2-02-38-03"]))
        #expect(both.reasons.map(\.reason) == [.sameOccupation("2-02-38-03")])
        #expect(both.points == 40)
    }

    @Test func theSmallCategoryIsTheCodeWithoutItsLastPart() {
        #expect(JobMatching.smallCategory("4-04-05-01") == "4-04-05")
        #expect(JobMatching.smallCategory("4-04-05-01") == JobMatching.smallCategory("4-04-05-03"))
        #expect(JobMatching.smallCategory("4-04-05-01") != JobMatching.smallCategory("4-04-06-01"))
        #expect(JobMatching.smallCategory("4") == "4")
    }

    @Test func skillsMatchWithoutCaseSpacesOrFullWidthLettersAndAreNamedAsThePostSpellsThem() {
        #expect(JobMatching.normalised(" Spark SQL ") == "sparksql")
        #expect(JobMatching.normalised("ＰＬＣ") == "plc")
        #expect(JobMatching.normalised("Ｐｙｔｈｏｎ３") == "python3")
        #expect(JobMatching.normalised("数据 分析") == "数据分析")

        let need = Self.need(occupation: "2-02-38-05", skills: ["Python", "Spark SQL", "ＰＬＣ", "Java"])
        let match = Self.match(
            need, Self.seeker(occupations: ["2-02-10-01"], skills: ["python ", "sparksql", "plc", "Go"]))
        #expect(
            match.reasons.first?.reason == .skills(["Python", "Spark SQL", "ＰＬＣ"]) && match.reasons.first?.points == 18)
        #expect(JobMatching.isRelevant(match), "a shared skill alone makes a talent worth showing")
    }

    @Test func skillsCountUpToMaxSkillsButAllAreNamed() {
        let six = ["Python", "SQL", "Spark", "Hadoop", "Flink", "Kafka"]
        let match = Self.match(
            Self.need(occupation: "2-02-38-05", skills: six, education: .doctorate, experience: 40),
            Self.seeker(occupations: ["2-02-10-01"], skills: six.map { $0.uppercased() }))
        #expect(match.reasons.map(\.reason) == [.skills(six)])
        #expect(match.points == 24, "4 × 6: the fifth and sixth skill add nothing")
        #expect(match.score == 23, "24 × 100 / 106 = 22.6")
    }

    @Test func educationCountsWhenItMeetsThePostsOrThePostAsksForNone() {
        let asks = Self.need(occupation: "2-02-38-05", education: .bachelor, experience: 40)
        let unrelated = ["2-02-10-01"]
        let master = Self.match(asks, Self.seeker(occupations: unrelated, education: .master))
        #expect(master.reasons.map(\.reason) == [.education(.master)] && master.points == 10)
        let bachelor = Self.match(asks, Self.seeker(occupations: unrelated, education: .bachelor))
        #expect(bachelor.reasons.map(\.reason) == [.education(.bachelor)])
        #expect(Self.match(asks, Self.seeker(occupations: unrelated, education: .associate)).reasons.isEmpty)
        #expect(Self.match(asks, Self.seeker(occupations: unrelated, education: nil)).reasons.isEmpty)

        let none = Self.need(occupation: "2-02-38-05", education: nil, experience: 40)
        let any = Self.match(none, Self.seeker(occupations: unrelated, education: nil))
        #expect(any.reasons.map(\.reason) == [.education(nil)] && any.points == 10)
    }

    @Test func experienceCountsWhenTheYearsMeetThePostsOrThePostAsksForNone() {
        let asks = Self.need(occupation: "2-02-38-05", education: .doctorate, experience: 3)
        let unrelated = ["2-02-10-01"]
        #expect(
            Self.match(asks, Self.seeker(occupations: unrelated, experience: 3)).reasons.map(\.reason) == [
                .experience(3)
            ])
        #expect(Self.match(asks, Self.seeker(occupations: unrelated, experience: 2)).reasons.isEmpty)
        #expect(Self.match(asks, Self.seeker(occupations: unrelated, experience: nil)).reasons.isEmpty)
        let none = Self.need(occupation: "2-02-38-05", education: .doctorate, experience: nil)
        let any = Self.match(none, Self.seeker(occupations: unrelated, experience: nil))
        #expect(any.reasons.map(\.reason) == [.experience(nil)] && any.points == 8)
    }

    @Test func districtCertificateAndLevelEachGiveTheirPoints() {
        let unrelated = ["2-02-10-01"]
        let district = Self.match(Self.strict, Self.seeker(occupations: unrelated, district: "370303"))
        #expect(district.reasons.map(\.reason) == [.sameDistrict("370303")] && district.points == 6)

        let certified = Self.match(
            Self.strict, Self.seeker(occupations: ["2-02-38-03"], certified: ["2-02-38-03", "2-02-38-04"]))
        #expect(certified.reasons.map(\.reason) == [.sameOccupation("2-02-38-03"), .certificate("2-02-38-03")])
        #expect(certified.points == 52 && certified.score == 49, "52 × 100 / 106 = 49.06")
        // a certificate for another occupation is not one for the post's
        let other = Self.match(Self.strict, Self.seeker(occupations: unrelated, certified: ["2-02-38-04"]))
        #expect(other.reasons.isEmpty)

        let skill = Self.match(Self.strict, Self.seeker(occupations: unrelated, skillLevel: .technician))
        #expect(skill.reasons.map(\.reason) == [.level(skill: .technician, title: nil)] && skill.points == 6)
        let both = Self.match(
            Self.strict, Self.seeker(occupations: unrelated, skillLevel: .senior, titleLevel: .intermediate))
        #expect(both.reasons.map(\.reason) == [.level(skill: .senior, title: .intermediate)])
        #expect(both.points == 6, "a skill level and a title together still give the level's points once")
    }

    @Test func aTalentWhoHoldsEveryReasonScores100() {
        let need = Self.need(
            skills: ["Python", "SQL", "Spark", "Hadoop", "Flink"], education: .bachelor, experience: 3)
        let seeker = Self.seeker(
            skills: ["Python", "SQL", "Spark", "Hadoop", "Flink"], education: .master, experience: 5,
            district: "370303", certified: ["2-02-38-03"], skillLevel: .technician, titleLevel: .intermediate)
        let match = Self.match(need, seeker)
        #expect(
            match.reasons.map(\.reason) == [
                .sameOccupation("2-02-38-03"), .skills(["Python", "SQL", "Spark", "Hadoop", "Flink"]),
                .education(.master), .experience(5), .sameDistrict("370303"), .certificate("2-02-38-03"),
                .level(skill: .technician, title: .intermediate),
            ])
        #expect(match.reasons.map(\.points) == [40, 24, 10, 8, 6, 12, 6])
        #expect(match.points == 106 && match.score == 100)
    }

    @Test func scoresAreRoundedFromThePointsWonOutOf106() {
        // related 15 + education (none asked) 10 + experience (none asked) 8 + district 6 = 39
        let related = Self.match(
            Self.need(), Self.seeker(occupations: ["2-02-38-04"], district: "370303"))
        #expect(related.points == 39 && related.score == 37, "39 × 100 / 106 = 36.8")
        // same 40 + one skill 6 + education 10 + district 6 = 62 (2 years asked, none known)
        let same = Self.match(
            Self.need(skills: ["Python", "SQL"], education: .bachelor, experience: 2),
            Self.seeker(skills: ["python"], education: .bachelor, district: "370303"))
        #expect(same.points == 62 && same.score == 58, "62 × 100 / 106 = 58.49")
        #expect(same.reasons.map(\.points) == [40, 6, 10, 6])
    }

    @Test func halfAPointOfScoreRoundsUpAndNoWeightsScoreNothing() {
        // a maximum of 8: one point is 12.5, shown as 13
        let eighths = MatchWeights(
            occupation: 1, relatedOccupation: 0, skill: 0, maxSkills: 0, education: 0, experience: 0, district: 0,
            certificate: 0, level: 7)
        #expect(eighths.maximum == 8)
        let one = JobMatching.match(Self.strict, Self.seeker(), weights: eighths)
        #expect(one.points == 1 && one.score == 13)
        let zero = MatchWeights(
            occupation: 0, relatedOccupation: 0, skill: 0, maxSkills: 0, education: 0, experience: 0, district: 0,
            certificate: 0, level: 0)
        #expect(JobMatching.match(Self.need(), Self.seeker(), weights: zero).score == 0)
    }

    @Test func educationAndDistrictAloneDoNotMakeAMatchWorthShowing() {
        let match = Self.match(
            Self.need(education: .bachelor, experience: 1),
            Self.seeker(occupations: ["2-02-10-01"], education: .master, experience: 9, district: "370303"))
        #expect(match.reasons.map(\.reason) == [.education(.master), .experience(9), .sameDistrict("370303")])
        #expect(match.points == 24 && match.score == 23)
        #expect(!JobMatching.isRelevant(match))
        // a certificate or a level for something else does not either
        let levels = Self.match(
            Self.need(), Self.seeker(occupations: ["2-02-10-01"], certified: ["2-02-10-01"], skillLevel: .senior))
        #expect(!JobMatching.isRelevant(levels))
        #expect(JobMatching.isRelevant(Self.match(Self.need(), Self.seeker(occupations: ["2-02-38-07"]))))
    }

    @Test func anEmployerMovesAnApplicationOnlyForwardAndSeesTheApplicantOnlyOnceTheyApplied() {
        typealias S = JobApplicationState
        #expect(S.received.employerMoves == [.interview, .offer, .notSelected])
        #expect(S.interview.employerMoves == [.offer, .notSelected])
        #expect(S.offer.employerMoves == [.hired, .notSelected])
        for done in [S.invited, .declined, .hired, .notSelected, .withdrawn] {
            #expect(done.employerMoves.isEmpty, "\(done)")
        }
        #expect(!S.received.employerMoves.contains(.hired), "hired only after an offer")
        #expect(S.allCases.filter { !$0.revealsApplicant } == [.invited, .declined])
        #expect(S.allCases.filter(\.isWithdrawable) == [.received, .interview, .offer])
        #expect(S.allCases.filter(\.isActive) == [.received, .interview, .offer])
        #expect(S.notSelected.rawValue == "not_selected")
    }

    @Test func aPostIsPublishedFromADraftAndClosedOnceOpen() {
        #expect(JobPostState.draft.employerMoves == [.published])
        #expect(JobPostState.published.employerMoves == [.closed])
        #expect(JobPostState.closed.employerMoves.isEmpty && JobPostState.takenDown.employerMoves.isEmpty)
        #expect(JobPostState.allCases.filter(\.isOpen) == [.published])
        #expect(JobPostState.takenDown.rawValue == "taken_down")
    }

    @Test func weightsLeftOutOfThePolicyKeepTheirDefaults() throws {
        let json = #"{"occupation": 50, "max_skills": 2, "related_occupation": 20, "level": -3}"#
        let weights = try JSONDecoder().decode(MatchWeights.self, from: Data(json.utf8))
        #expect(weights.occupation == 50 && weights.relatedOccupation == 20 && weights.maxSkills == 2)
        #expect(weights.level == 0, "a negative weight counts as none")
        #expect(weights.skill == 6 && weights.education == 10 && weights.experience == 8)
        #expect(weights.district == 6 && weights.certificate == 12)
        #expect(weights.maximum == 50 + 12 + 10 + 8 + 6 + 12 + 0)
        #expect(try JSONDecoder().decode(MatchWeights.self, from: Data("{}".utf8)) == .defaults)
        // camel-case keys are not the file's: they are ignored
        let camel = try JSONDecoder().decode(MatchWeights.self, from: Data(#"{"maxSkills": 9}"#.utf8))
        #expect(camel.maxSkills == 4)
    }

    @Test func theShippedPolicyGivesTheDefaultWeights() throws {
        let policy = try PolicyDocument.load(yaml: try Fixtures.shippedPolicy, file: "zibo-2025.yaml")
        #expect(policy.market?.matching == .defaults)
        let edited = try Fixtures.shippedPolicy.replacingOnce(
            "related_occupation: 15", with: "related_occupation: 25")
        let changed = try PolicyDocument.load(yaml: edited, file: "test.yaml")
        #expect(changed.market?.matching.relatedOccupation == 25)
        #expect(changed.market?.matching.maximum == 106, "the better occupation reason is still 40")
    }
}
