import Testing

@testable import TalentDomain

@Suite("Money, levels and target arithmetic")
struct RulesTests {
    @Test(arguments: [
        (Int64(0), "¥0.00"), (5, "¥0.05"), (100, "¥1.00"), (123_456, "¥1,234.56"),
        (400_000_000, "¥4,000,000.00"), (-150_000, "-¥1,500.00"),
    ])
    func moneyIsFormattedInGroupedYuanWithFen(fen: Int64, expected: String) {
        #expect(Money(fen: fen).formatted == expected)
    }

    /// A simulation's change in money can be under a yuan and negative: `fen / 100` lost the sign.
    @Test(arguments: [(Int64(120_000), "1200"), (120_050, "1200.50"), (5, "0.05"), (-50, "-0.50"), (-30_000, "-300")])
    func yuanTextKeepsTheSignAndTwoDecimals(fen: Int64, expected: String) {
        #expect(Money(fen: fen).yuanText == expected)
    }

    @Test func yuanAreStoredAsFen() {
        #expect(Money(yuan: 300_000).fen == 30_000_000)
    }

    @Test func atLeastTargetIsMetAtItsValue() {
        let target = Target(
            id: "t", measure: "M1", metric: .engineersTrained, label: LocalizedText(zh: "目标", en: "target"),
            comparison: .atLeast, value: 200, unit: .person, period: .year, departments: ["HRSS"])
        #expect(target.isMet(by: 200))
        #expect(!target.isMet(by: 199))
    }

    @Test func nominationShareUsesExactIntegerArithmetic() {
        let rule = NominationRule(
            measure: "M8", minDigitalSharePercent: 20, scope: .district,
            description: LocalizedText(zh: "规则", en: "rule"))
        #expect(rule.isSatisfied(digital: 1, total: 5))
        #expect(!rule.isSatisfied(digital: 1, total: 6))
        #expect(rule.isSatisfied(digital: 0, total: 0))
    }

    @Test func highSkillStartsAtTechnician() {
        #expect(!SkillLevel.senior.isHighSkill)
        #expect(SkillLevel.technician.isHighSkill)
        #expect(SkillLevel.chiefTechnician.isHighSkill)
        #expect(SkillLevel.allCases.count == 8)
    }

    @Test(arguments: ["2024-02-29", "2025-04-11", "2000-02-29"])
    func validCalendarDatesParse(text: String) {
        #expect(CalendarDate(text)?.description == text)
    }

    @Test(arguments: ["2025-02-29", "1900-02-29", "2025-13-01", "2025-4-11", "20250411", ""])
    func invalidCalendarDatesAreRejected(text: String) {
        #expect(CalendarDate(text) == nil)
    }
}

@Suite("Amounts typed in yuan")
struct MoneyTextTests {
    @Test(arguments: [
        ("1200", Int64(120_000)), ("1,200.5", 120_050), ("¥1,200.50", 120_050), ("0", 0),
        ("0.05", 5), ("￥ 30", 3_000),
    ])
    func yuanTextIsReadExactlyAsFen(text: String, fen: Int64) {
        #expect(Money(yuanText: text)?.fen == fen)
    }

    @Test(arguments: ["", "-5", "1.234", "abc", "1.", ".5", "１２", "1e3", "999999999999999"])
    func anythingElseIsNotAnAmount(text: String) {
        #expect(Money(yuanText: text) == nil)
    }

    @Test func anAmountIsTypedBackAsItWouldBeEntered() {
        #expect(Money(fen: 120_050).yuanText == "1200.50")
        #expect(Money(fen: 120_000).yuanText == "1200")
    }
}
