import Foundation
import Testing

@testable import TalentDomain

@Suite("Reference data")
struct ReferenceDataTests {
    private func shipped() throws -> ReferenceData {
        try ReferenceData.load(
            occupations: (
                "occupations.yaml", try Fixtures.text("Sources/Reference/Resources/reference/occupations.yaml")
            ),
            districts: ("districts.yaml", try Fixtures.text("Sources/Reference/Resources/reference/districts.yaml")),
            industryChains: (
                "chains.yaml", try Fixtures.text("Sources/Reference/Resources/reference/industry-chains.yaml")
            ))
    }

    @Test func shippedOccupationsCoverTheGroupsThePolicyNames() throws {
        let codes = Set(try shipped().occupations.occupations.map(\.code))
        for group in ["2-02-38", "2-02-10", "4-04-04", "4-04-05", "6-31-07"] {
            #expect(codes.contains(group), "group \(group)")
        }
        #expect(codes.contains("2-06-07-13"))
        #expect(codes.contains("4-04-05-05"))
        #expect((1...13).allSatisfy { codes.contains(String(format: "2-02-38-%02d", $0)) })
    }

    @Test func artificialIntelligenceEngineerKeepsItsOldCodeAsAlias() throws {
        let entry = try shipped().occupations.occupations.first { $0.code == "2-02-38-01" }
        #expect(entry?.aliases.contains("2-02-10-09") == true)
        #expect(entry?.isDigital == true)
    }

    @Test func shippedDistrictsAreZibosEightPlusThreeZones() throws {
        let districts = try shipped().districts.districts
        #expect(
            districts.filter { $0.kind != .zone }.map(\.code).sorted()
                == ["370302", "370303", "370304", "370305", "370306", "370321", "370322", "370323"])
        #expect(districts.filter { $0.kind == .zone }.count == 3)
    }

    @Test func aliasThatRepeatsAnotherCodeIsRejected() {
        let catalog = OccupationCatalog(
            edition: "2022",
            occupations: [
                OccupationEntry(
                    code: "2-02-38-01", name: LocalizedText(zh: "甲", en: "A"), kind: .occupation,
                    isDigital: true, aliases: [], verified: true),
                OccupationEntry(
                    code: "2-02-38-02", name: LocalizedText(zh: "乙", en: "B"), kind: .occupation,
                    isDigital: true, aliases: ["2-02-38-01"], verified: true),
            ])
        let problems = ReferenceData.validate(catalog)
        #expect(
            problems == [
                PolicyProblem(
                    path: "occupations[1].aliases[0]",
                    message: "code \"2-02-38-01\" already used at occupations[0]")
            ])
    }

    @Test func malformedOccupationCodeIsRejected() {
        let catalog = OccupationCatalog(
            edition: "2022",
            occupations: [
                OccupationEntry(
                    code: "2-2-38-01", name: LocalizedText(zh: "甲", en: "A"), kind: .occupation,
                    isDigital: true, aliases: [], verified: true)
            ])
        #expect(ReferenceData.validate(catalog).map(\.path) == ["occupations[0].code"])
    }
}
