import Foundation
import Testing

@testable import TalentDomain

@Suite("Password rule")
struct PasswordRuleTests {
    let rule = PasswordRule()

    @Test(arguments: ["Talent-pool9", "zibo Digital 7", "correct horse battery staple", "数字人才Abc12345"])
    func strongPasswordsHaveNoProblems(password: String) {
        #expect(rule.problems(in: password, email: "wang.fang@example.cn", mobile: "13800138000").isEmpty)
    }

    @Test func shortPasswordsAreTooShort() {
        #expect(rule.problems(in: "Ab1!xyz9q").contains(.tooShort(minimum: 10)))
        #expect(!rule.problems(in: "Ab1!xyz9qr").contains(.tooShort(minimum: 10)))
    }

    @Test func fewerThanThreeClassesIsRefusedUnderSixteenCharacters() {
        let problem = PasswordProblem.tooFewCharacterClasses(required: 3, passphraseLength: 16)
        #expect(rule.problems(in: "abcdefghij12") == [problem])
        #expect(rule.problems(in: "abcdefghijklmno1") == [])
        #expect(rule.problems(in: "abcdefghijklmnop") == [])
        #expect(rule.problems(in: "abcdefghij1X") == [])
    }

    @Test func passwordsContainingTheAccountAreRefused() {
        #expect(rule.problems(in: "Wang.Fang2025!", email: "wang.fang@example.cn").contains(.containsEmailName))
        #expect(rule.problems(in: "x13800138000Y", mobile: "+86 138-0013-8000").contains(.containsMobileNumber))
        // A one- or two-letter email name would match almost any password.
        #expect(rule.problems(in: "Lighthouse-42", email: "li@example.cn").isEmpty)
    }

    @Test(arguments: ["password123", "Password123", "zibo2025", "ADMIN123", "1qaz2wsx3edc"])
    func commonPasswordsAreRefusedWhateverTheirCase(password: String) {
        #expect(rule.problems(in: password).contains(.tooCommon))
    }

    @Test func everyProblemIsListedAtOnce() {
        #expect(
            rule.problems(in: "admin123", email: "admin@example.cn") == [
                .tooShort(minimum: 10), .tooFewCharacterClasses(required: 3, passphraseLength: 16),
                .containsEmailName, .tooCommon,
            ])
    }

    @Test func commonListHasAboutThirtyEntriesInLowerCase() {
        #expect((30...40).contains(PasswordRule.commonPasswords.count))
        #expect(PasswordRule.commonPasswords.allSatisfy { $0 == $0.lowercased() })
    }
}

@Suite("Login throttle")
struct LoginThrottleTests {
    let throttle = LoginThrottle()
    let now = Date(timeIntervalSince1970: 1_750_000_000)

    func failures(secondsAgo: [TimeInterval]) -> [Date] {
        secondsAgo.map { now.addingTimeInterval(-$0) }
    }

    @Test func fourFailuresInTheWindowAreAllowed() {
        #expect(throttle.decision(failures: failures(secondsAgo: [1, 2, 3, 4]), now: now) == .allowed)
    }

    @Test func fiveFailuresInTheWindowBlockUntilTheOldestLeaves() {
        // setup: the oldest failure leaves the window 900 − 600 = 300 s from now
        let recent = failures(secondsAgo: [600, 10, 20, 30, 40])
        // MUT, validate
        #expect(throttle.decision(failures: recent, now: now) == .blocked(retryAfter: 300))
    }

    @Test func onlyTheMostRecentFiveDecideTheWait() {
        let recent = failures(secondsAgo: [890, 800, 100, 50, 40, 30, 20])
        #expect(throttle.decision(failures: recent, now: now) == .blocked(retryAfter: 800))
    }

    @Test func aFailureExactlyAWindowOldNoLongerCounts() {
        #expect(throttle.decision(failures: failures(secondsAgo: [900, 1, 2, 3, 4]), now: now) == .allowed)
        #expect(
            throttle.decision(failures: failures(secondsAgo: [899, 1, 2, 3, 4]), now: now)
                == .blocked(retryAfter: 1))
    }

    @Test func retryAfterIsRoundedUpToWholeSeconds() {
        #expect(
            throttle.decision(failures: failures(secondsAgo: [899.999, 1, 2, 3, 4]), now: now)
                == .blocked(retryAfter: 1))
        #expect(
            throttle.decision(failures: failures(secondsAgo: [598.5, 1, 2, 3, 4]), now: now)
                == .blocked(retryAfter: 302))
    }

    @Test func blockedEndsExactlyWhenRetryAfterHasPassed() {
        // setup
        let recent = failures(secondsAgo: [598.5, 1, 2, 3, 4])
        guard case let .blocked(wait) = throttle.decision(failures: recent, now: now) else {
            Issue.record("expected blocked")
            return
        }
        // MUT, validate
        #expect(throttle.decision(failures: recent, now: now.addingTimeInterval(wait)) == .allowed)
        #expect(throttle.decision(failures: recent, now: now.addingTimeInterval(wait - 2)) != .allowed)
    }

    @Test func failuresStampedAfterNowByAnotherClockStillCount() {
        #expect(throttle.decision(failures: failures(secondsAgo: [-2, 1, 2, 3, 4]), now: now) != .allowed)
    }

    @Test func customLimitsAreHonoured() {
        let strict = LoginThrottle(maxFailures: 3, window: 60)
        #expect(strict.decision(failures: failures(secondsAgo: [10, 20, 30]), now: now) == .blocked(retryAfter: 30))
        #expect(strict.decision(failures: failures(secondsAgo: [10, 20, 60]), now: now) == .allowed)
        #expect(strict.windowStart(now: now) == now.addingTimeInterval(-60))
    }
}
