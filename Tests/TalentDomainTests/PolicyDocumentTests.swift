import Foundation
import Testing

@testable import TalentDomain

@Suite("Policy file")
struct PolicyDocumentTests {
    private func load(_ text: String) throws(PolicyFileError) -> PolicyDocument {
        try PolicyDocument.load(yaml: text, file: "test.yaml")
    }

    private func problems(_ text: String) -> [PolicyProblem] {
        do {
            _ = try load(text)
            return []
        } catch {
            return error.problems
        }
    }

    @Test func shippedPolicyEncodesTheTwelveMeasuresAndElevenDepartments() throws {
        // MUT
        let policy = try load(try Fixtures.shippedPolicy)
        // validate
        #expect(policy.measures.map(\.code) == (1...12).map { "M\($0)" })
        #expect(
            policy.departments.map(\.code)
                == ["HRSS", "ORG", "CAC", "NDRC", "EDU", "SCI", "MIIT", "FIN", "SASAC", "DATA", "UNION"])
        #expect(policy.departments.filter(\.lead).map(\.code) == ["HRSS"])
    }

    @Test func shippedPolicyHasEveryYearlyTargetOfTheText() throws {
        let policy = try load(try Fixtures.shippedPolicy)
        let targets = Dictionary(uniqueKeysWithValues: policy.targets.map { ($0.id, $0) })
        #expect(targets["m1-engineers-trained"]?.value == 200)
        #expect(targets["m1-engineers-trained"]?.comparison == .atLeast)
        let byMeasure = Dictionary(grouping: policy.targets, by: \.measure).mapValues { $0.map(\.value).sorted() }
        #expect(byMeasure["M1"] == [2, 60, 200])
        #expect(byMeasure["M2"] == [30, 100])
        #expect(byMeasure["M6"] == [5])
        #expect(byMeasure["M8"] == [20])
    }

    @Test func shippedPolicyHasTheFourLoanCapsInFen() throws {
        let policy = try load(try Fixtures.shippedPolicy)
        let caps = Dictionary(
            uniqueKeysWithValues: policy.loanProducts.map {
                ("\($0.product.rawValue)/\($0.borrower.rawValue)", $0.cap)
            })
        #expect(
            caps == [
                "guaranteed/enterprise": Money(yuan: 4_000_000),
                "boost/enterprise": Money(yuan: 10_000_000),
                "guaranteed/individual": Money(yuan: 300_000),
                "boost/individual": Money(yuan: 500_000),
            ])
    }

    @Test func shippedPolicyEncodesTheM8TitlePathways() throws {
        let policy = try load(try Fixtures.shippedPolicy)
        let intermediateTraining = policy.titlePathways.first {
            $0.certificate == .trainingCompletion && $0.level == .intermediate
        }
        #expect(intermediateTraining?.minYearsInField == 3)
        #expect(intermediateTraining?.outcome == .mayApplyReviewOrExam)
        let seniorGrade = policy.titlePathways.first { $0.certificate == .technicalGrade && $0.level == .senior }
        #expect(seniorGrade?.outcome == .countsAsSeniorAchievement)
        #expect(policy.exceptionalSenior.requiresReview)
        #expect(policy.nominationRule.minDigitalSharePercent == 20)
    }

    @Test func unknownDepartmentCodeIsReportedAtItsKeyPath() throws {
        // setup
        let text = try Fixtures.shippedPolicy.replacingOnce("departments: [HRSS]", with: "departments: [XYZ]")
        // MUT
        let found = problems(text)
        // validate
        #expect(
            found.contains { $0.message == "unknown department code \"XYZ\"" && $0.path.hasSuffix("departments[0]") })
        #expect(found.allSatisfy { $0.path.hasPrefix("measures[") || $0.path.hasPrefix("targets[") })
    }

    @Test func negativeLoanCapIsRejected() throws {
        let text = try Fixtures.shippedPolicy.replacingOnce("cap_yuan: 4000000", with: "cap_yuan: -4000000")
        let found = problems(text)
        #expect(found.contains { $0.path.hasPrefix("loan_products[") && $0.path.hasSuffix(".cap_yuan") })
    }

    @Test func duplicateTargetIdIsReportedWithTheFirstPlace() throws {
        let text = try Fixtures.shippedPolicy.replacingOnce(
            "id: m1-advanced-seminars", with: "id: m1-engineers-trained")
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("duplicate id \"m1-engineers-trained\"") == true)
    }

    @Test func missingFieldNamesTheFullKeyPath() throws {
        let text = try Fixtures.shippedPolicy.replacingOnce("  - code: M3\n    number: 3\n", with: "  - code: M3\n")
        let found = problems(text)
        #expect(found == [PolicyProblem(path: "measures[2].number", message: "missing field")])
    }

    @Test func unknownEnumValueIsReportedAtItsKeyPath() throws {
        let text = try Fixtures.shippedPolicy.replacingOnce("comparison: at_least", with: "comparison: more_than")
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.path == "targets[0].comparison")
    }

    @Test func unknownTargetMetricIsReportedAtItsKeyPathNamingTheKnownOnes() throws {
        let text = try Fixtures.shippedPolicy.replacingOnce(
            "metric: engineers_trained", with: "metric: engineers_trainde")
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.path == "targets[0].metric")
        #expect(found.first?.message.contains("unknown metric \"engineers_trainde\"") == true)
        #expect(found.first?.message.contains("engineers_trained") == true)
    }

    @Test func emptyTranslationIsRejected() {
        let found = problems(
            """
            id: x
            version: 1
            effective_date: "2025-04-11"
            title: {zh: 标题, en: ""}
            """)
        #expect(found == [PolicyProblem(path: "title.en", message: "must not be empty")])
    }

    @Test func everyProblemIsListedNotOnlyTheFirst() throws {
        let text = try Fixtures.shippedPolicy
            .replacingOnce("cap_yuan: 4000000", with: "cap_yuan: 0")
            .replacingOnce("effective_date: \"2025-04-11\"", with: "effective_date: \"2025-02-30\"")
            .replacingOnce("min_digital_share_percent: 20", with: "min_digital_share_percent: 120")
        let paths = Set(problems(text).map(\.path))
        #expect(paths.contains("effective_date"))
        #expect(paths.contains("nomination_rule.min_digital_share_percent"))
        #expect(paths.contains { $0.hasSuffix(".cap_yuan") })
    }

    @Test func errorMessageListsFileAndProblems() {
        let error = PolicyFileError(
            file: "p.yaml",
            problems: [
                PolicyProblem(path: "a.b", message: "bad"), PolicyProblem(path: "c", message: "worse"),
            ])
        #expect(error.description == "p.yaml: 2 problems\n  - a.b: bad\n  - c: worse")
    }

    @Test func notYAMLAtAllIsOneProblem() {
        let found = problems("id: [unclosed")
        #expect(found.count == 1)
    }
}
