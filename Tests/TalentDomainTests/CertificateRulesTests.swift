import DemoData
import Testing

@testable import TalentDomain

@Suite("Certificates: public codes, canonical payload, masked names")
struct CertificateRulesTests {
    @Test func aRandomCodeIsSixteenUnambiguousCharactersShownInGroups() {
        var generator = SeededGenerator(seed: 1)
        let code = CertificateCode.random(using: &generator)
        #expect(code.value.count == 16)
        #expect(code.value.allSatisfy { CertificateCode.alphabet.contains($0) })
        #expect(code.description.split(separator: "-").map(\.count) == [4, 4, 4, 4])
        #expect(CertificateCode(code.description) == code)
    }

    @Test func typedCodesAreReadForgivingly() {
        #expect(CertificateCode("7k3m-q9tx 2hcv-8rwp")?.value == "7K3MQ9TX2HCV8RWP")
        #expect(CertificateCode("OIL0-0000-0000-0000")?.value == "0110000000000000")
    }

    @Test(arguments: [
        "", "7K3M", "7K3M-Q9TX-2HCV-8RWPX", "7K3M-Q9TX-2HCV-8RWU", "<script>", "7K3M-Q9TX-2HCV-8RW!",
        String(repeating: "0", count: 100),
    ])
    func anythingElseIsNotACode(text: String) {
        #expect(CertificateCode(text) == nil)
    }

    static let payload = CertificatePayload(
        code: CertificateCode("7K3M-Q9TX-2HCV-8RWP")!, kind: .skillLevel, level: .skill(.technician),
        occupationCode: "2-02-38-03", issuerName: "淄博数智职业培训学校", number: "ZB2026-0001",
        issuedOn: "2026-06-30", holderMasked: "张*明")

    @Test func theCanonicalTextIsFixedLinesInAFixedOrder() {
        #expect(
            Self.payload.canonicalText == """
                zibo-talent-certificate/v1
                code=7K3MQ9TX2HCV8RWP
                kind=skill_level
                level=technician
                occupation=2-02-38-03
                issuer=淄博数智职业培训学校
                number=ZB2026-0001
                issued=2026-06-30
                holder=张*明
                """)
    }

    @Test func aLineBreakInAFieldCannotAddAField() {
        var payload = Self.payload
        payload.issuerName = "学校\nnumber=FAKE"
        #expect(payload.canonicalText.split(separator: "\n").count == 9)
    }

    @Test(arguments: [
        ("张三明", "张*明"), ("李四", "李*"), ("欧阳小华", "欧**华"),
        ("王", "*"), ("", ""),
    ])
    func namesAreMaskedKeepingTheFirstAndLastCharacter(name: String, masked: String) {
        #expect(MaskedName.of(name) == masked)
    }

    @Test func levelsAreReadBackOnlyWhenTheyFitTheKind() {
        #expect(CertificateLevel(kind: .skillLevel, code: "technician") == .skill(.technician))
        #expect(CertificateLevel(kind: .technicalGrade, code: "technician") == nil)
        #expect(CertificateLevel(kind: .trainingCompletion, code: "junior") == .engineer(.junior))
        #expect(CertificateLevel(kind: .trainingCompletion, code: nil) == nil)
    }
}

@Suite("Levels derived from certificates")
struct DerivedLevelsTests {
    static let pathways = try! PolicyDocument.load(yaml: Fixtures.shippedPolicy, file: "zibo-2025.yaml").titlePathways

    @Test func theHighestSkillLevelCertificateGivesTheSkillLevel() {
        let levels = DerivedLevels(
            certificates: [
                (.skillLevel, .skill(.senior)), (.skillLevel, .skill(.technician)),
                (.skillLevel, .skill(.junior)),
            ], pathways: Self.pathways)
        #expect(levels == DerivedLevels(skillLevel: .technician, titleLevel: nil))
    }

    @Test func juniorAndIntermediateGradeCertificatesAreRecognisedAsTitlesButSeniorIsNot() {
        #expect(
            DerivedLevels(certificates: [(.technicalGrade, .engineer(.junior))], pathways: Self.pathways).titleLevel
                == .assistant)
        #expect(
            DerivedLevels(
                certificates: [(.technicalGrade, .engineer(.intermediate)), (.technicalGrade, .engineer(.junior))],
                pathways: Self.pathways
            ).titleLevel == .intermediate)
        #expect(
            DerivedLevels(certificates: [(.technicalGrade, .engineer(.senior))], pathways: Self.pathways).titleLevel
                == nil)
    }

    @Test func aTrainingCertificateOnlyOpensAnApplicationSoGivesNoTitle() {
        #expect(
            DerivedLevels(
                certificates: [(.trainingCompletion, .engineer(.intermediate))],
                pathways: Self.pathways) == DerivedLevels())
    }

    @Test func raisingKeepsTheHigherOfEach() {
        let raised = DerivedLevels(skillLevel: .technician, titleLevel: nil)
            .raised(to: DerivedLevels(skillLevel: .senior, titleLevel: .assistant))
        #expect(raised == DerivedLevels(skillLevel: .technician, titleLevel: .assistant))
    }
}
