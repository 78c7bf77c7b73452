import Testing

@testable import TalentDomain

@Suite("Decision: the one shape of every rule")
struct DecisionTests {
    @Test func nothingInTheWayIsEligibleAndKeepsNoReasons() {
        let decision = Decision<String>(under: "M2", refusing: [])
        #expect(decision.outcome == .eligible)
        #expect(decision.isEligible)
        #expect(decision.measure == "M2")
        #expect(Decision(.eligible, under: "M2", reasons: ["ignored"]).reasons.isEmpty)
    }

    @Test func everyReasonFoundIsKeptInOrder() {
        let decision = Decision(under: "M1", refusing: ["hours short", "no assessment"])
        #expect(decision.outcome == .notEligible)
        #expect(!decision.isEligible)
        #expect(decision.reasons == ["hours short", "no assessment"])
    }

    @Test func aReviewIsNeitherYesNorNoAndSaysWhy() {
        let decision = Decision(.needsReview, under: "M8", reasons: ["破格 route"])
        #expect(!decision.isEligible)
        #expect(decision.reasons == ["破格 route"])
        #expect(Decision<String>.Outcome.needsReview.rawValue == "needs_review")
    }

    @Test func theTrainingRulesCiteTheirMeasure() {
        let rule = CompletionRule()
        let hours = StudyHours(hoursText: "8")!
        #expect(rule.completion(attended: hours, scheduled: hours, passed: true, measure: "M2").measure == "M2")
        let voucher = VoucherRules.redeem(
            status: .issued, holderMatches: true, occupationCode: "x", expiresOn: CalendarDate("2026-12-31")!,
            programAcceptsVouchers: true, programOccupation: "x", today: CalendarDate("2026-06-01")!)
        #expect(voucher.isEligible && voucher.measure == "M2")
    }
}
