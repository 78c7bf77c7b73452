import Testing

@testable import TalentDomain

@Suite("Education levels (学历), from 初中及以下 to 博士")
struct EducationLevelTests {
    @Test func theLevelsBelowSecondaryVocationalComeFirst() {
        #expect(EducationLevel.juniorSecondaryOrBelow < .highSchool)
        #expect(EducationLevel.highSchool < .secondaryVocational)
        #expect(EducationLevel.allCases.first == .juniorSecondaryOrBelow)
    }

    @Test(arguments: [
        ("初中及以下", EducationLevel.juniorSecondaryOrBelow), ("初中", .juniorSecondaryOrBelow),
        ("高中", .highSchool), ("普通高中", .highSchool), ("High School", .highSchool),
        ("high_school", .highSchool), ("中专", .secondaryVocational),
    ])
    func anImportReadsTheLevelAsOfficesWriteIt(name: String, level: EducationLevel) {
        #expect(TalentImportValidator.educationNames[name.lowercased()] == level)
    }
}
