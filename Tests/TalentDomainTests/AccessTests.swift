import Foundation
import Testing

@testable import TalentDomain

@Suite("Authorization table")
struct PermissionsTests {
    /// The table as the design states it, written out independently of `Permissions`:
    /// resource → role → scopes of read, list, create, change, delete.
    static let expected: [ResourceKind: [Role: [AccessScope]]] = [
        .talent: [
            .admin: [.any, .any, .any, .any, .none],
            .officer: [.any, .any, .any, .any, .none],
            .provider: [.organization, .organization, .organization, .organization, .none],
            .employer: [.organization, .organization, .organization, .organization, .none],
            .talent: [.own, .none, .own, .own, .none],
        ],
        .user: [
            .admin: [.any, .any, .any, .any, .any],
            .officer: [.department, .department, .none, .own, .none],
            .provider: [.organization, .organization, .none, .own, .none],
            .employer: [.organization, .organization, .none, .own, .none],
            .talent: [.own, .none, .none, .own, .none],
        ],
        .organization: [
            .admin: [.any, .any, .any, .any, .any],
            .officer: [.any, .any, .none, .none, .none],
            .provider: [.organization, .organization, .none, .organization, .none],
            .employer: [.organization, .organization, .none, .organization, .none],
            .talent: [.none, .none, .none, .none, .none],
        ],
        .department: [
            .admin: [.any, .any, .none, .none, .none],
            .officer: [.any, .any, .none, .none, .none],
            .provider: [.any, .any, .none, .none, .none],
            .employer: [.any, .any, .none, .none, .none],
            .talent: [.any, .any, .none, .none, .none],
        ],
        .apiToken: [
            .admin: [.any, .any, .own, .none, .any],
            .officer: [.own, .own, .own, .none, .own],
            .provider: [.own, .own, .own, .none, .own],
            .employer: [.own, .own, .own, .none, .own],
            .talent: [.own, .own, .own, .none, .own],
        ],
        .talentImport: [
            .admin: [.any, .any, .any, .none, .none],
            .officer: [.own, .own, .any, .none, .none],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.none, .none, .none, .none, .none],
        ],
        .erasureRequest: [
            .admin: [.any, .any, .none, .any, .none],
            .officer: [.none, .none, .none, .none, .none],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.own, .none, .own, .none, .none],
        ],
        .program: [
            .admin: [.any, .any, .any, .any, .none],
            .officer: [.any, .any, .none, .none, .none],
            .provider: [.organization, .organization, .organization, .organization, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.none, .none, .none, .none, .none],
        ],
        .enrollment: [
            .admin: [.any, .any, .any, .any, .none],
            .officer: [.any, .any, .none, .none, .none],
            .provider: [.organization, .organization, .organization, .organization, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.own, .own, .own, .own, .none],
        ],
        .enrollmentImport: [
            .admin: [.any, .any, .any, .none, .none],
            .officer: [.any, .any, .none, .none, .none],
            .provider: [.organization, .organization, .organization, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.none, .none, .none, .none, .none],
        ],
        .certificate: [
            .admin: [.any, .any, .any, .any, .none],
            .officer: [.any, .any, .any, .any, .none],
            .provider: [.organization, .organization, .organization, .organization, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.own, .own, .none, .none, .none],
        ],
        .voucher: [
            .admin: [.any, .any, .any, .any, .none],
            .officer: [.any, .any, .any, .any, .none],
            .provider: [.organization, .organization, .none, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.own, .own, .none, .none, .none],
        ],
        .course: [
            .admin: [.any, .any, .any, .any, .none],
            .officer: [.any, .any, .none, .none, .none],
            .provider: [.any, .any, .organization, .organization, .none],
            .employer: [.any, .any, .none, .none, .none],
            .talent: [.any, .any, .none, .none, .none],
        ],
        .courseCompletion: [
            .admin: [.any, .any, .any, .none, .none],
            .officer: [.any, .any, .none, .none, .none],
            .provider: [.organization, .organization, .organization, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.own, .own, .own, .none, .none],
        ],
        .talentClassification: [
            .admin: [.any, .any, .any, .any, .any],
            .officer: [.any, .any, .any, .any, .any],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.none, .none, .none, .none, .none],
        ],
        // Computed, never written: read by the talent and the HR departments only.
        .eligibility: [
            .admin: [.any, .any, .none, .none, .none],
            .officer: [.any, .any, .none, .none, .none],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.own, .none, .none, .none, .none],
        ],
        // Routed to the department the policy names; the applicant's own.
        .application: [
            .admin: [.any, .any, .none, .any, .none],
            .officer: [.department, .department, .none, .department, .none],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.organization, .organization, .organization, .organization, .none],
            .talent: [.own, .own, .own, .own, .none],
        ],
        // Each person's own.
        .notification: [
            .admin: [.own, .own, .none, .own, .none],
            .officer: [.own, .own, .none, .own, .none],
            .provider: [.own, .own, .none, .own, .none],
            .employer: [.own, .own, .none, .own, .none],
            .talent: [.own, .own, .none, .own, .none],
        ],
        // A draft policy and the whole pool: administrators only.
        .policySimulation: [
            .admin: [.any, .any, .any, .none, .none],
            .officer: [.none, .none, .none, .none, .none],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.none, .none, .none, .none, .none],
        ],
        // The programme's department: its lists, drafts discarded; administrators any.
        .nomination: [
            .admin: [.any, .any, .any, .any, .any],
            .officer: [.department, .department, .department, .department, .department],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.none, .none, .none, .none, .none],
        ],
        .auditEvent: [
            .admin: [.any, .any, .none, .none, .none],
            .officer: [.none, .none, .none, .none, .none],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.none, .none, .none, .none, .none],
        ],
    ]

    static let actions: [Action] = [.read, .list, .create, .change, .delete]

    @Test func everyRoleResourceAndActionHasTheDesignedScope() {
        #expect(Action.allCases == Self.actions)
        for resource in ResourceKind.allCases {
            for role in Role.allCases {
                let row = Self.expected[resource]?[role]
                #expect(row != nil, "no expectation for \(role) on \(resource)")
                for (index, action) in Self.actions.enumerated() {
                    #expect(
                        Permissions.scope(for: role, action, on: resource) == row?[index],
                        "\(role) \(action) \(resource)")
                }
            }
        }
    }

    /// Issue 14: an administrator could turn a provider account into an administrator.
    @Test func onlyStaffAccountsChangeRoleAndOnlyBetweenAdministratorAndOfficer() {
        for from in Role.allCases {
            for to in Role.allCases {
                let staff: Set<Role> = [.admin, .officer]
                #expect(
                    Permissions.allowsRoleChange(from: from, to: to) == (staff.contains(from) && staff.contains(to)),
                    "\(from) → \(to)")
            }
        }
    }

    @Test func tableListsEveryEntryOnce() {
        // MUT
        let table = Permissions.table()
        // validate
        #expect(table.count == Role.allCases.count * ResourceKind.allCases.count * Action.allCases.count)
        #expect(Set(table.map { "\($0.0)/\($0.1)/\($0.2)" }).count == table.count)
        for (role, resource, action, scope) in table {
            #expect(Permissions.scope(for: role, action, on: resource) == scope)
        }
    }

    @Test func nobodyMayChangeOrDeleteAuditEventsOrCreateThem() {
        for role in Role.allCases {
            for action in [Action.create, .change, .delete] {
                #expect(Permissions.scope(for: role, action, on: .auditEvent) == AccessScope.none)
            }
        }
    }

    @Test func scopesAreOrderedByBreadth() {
        #expect(AccessScope.none < .own && AccessScope.own < .organization)
        #expect(AccessScope.organization < .department && AccessScope.department < .any)
    }
}

@Suite("Authorization of single rows")
struct AllowsTests {
    let me = UUID()
    let someoneElse = UUID()
    let myOrganization = UUID()
    let otherOrganization = UUID()

    @Test func ownScopeCoversOnlyTheActorsRows() {
        let talent = Actor(userID: me, role: .talent)
        #expect(Permissions.allows(talent, .read, on: .user, owner: ResourceOwner(userID: me)))
        #expect(!Permissions.allows(talent, .read, on: .user, owner: ResourceOwner(userID: someoneElse)))
        #expect(!Permissions.allows(talent, .read, on: .user, owner: ResourceOwner()))
        #expect(Permissions.allows(talent, .delete, on: .apiToken, owner: ResourceOwner(userID: me)))
        #expect(!Permissions.allows(talent, .delete, on: .apiToken, owner: ResourceOwner(userID: someoneElse)))
    }

    @Test func organizationScopeCoversRowsOfTheActorsOrganization() {
        let employer = Actor(userID: me, role: .employer, organizationID: myOrganization)
        #expect(
            Permissions.allows(
                employer, .read, on: .user,
                owner: ResourceOwner(userID: someoneElse, organizationID: myOrganization)))
        #expect(
            !Permissions.allows(
                employer, .read, on: .user,
                owner: ResourceOwner(userID: someoneElse, organizationID: otherOrganization)))
        #expect(
            Permissions.allows(
                employer, .change, on: .organization, owner: ResourceOwner(organizationID: myOrganization)))
        #expect(
            !Permissions.allows(
                employer, .change, on: .organization,
                owner: ResourceOwner(organizationID: otherOrganization)))
    }

    @Test func anEmployerWithoutOrganizationGetsNothingAtOrganizationScope() {
        let employer = Actor(userID: me, role: .employer)
        #expect(!Permissions.allows(employer, .read, on: .organization, owner: ResourceOwner()))
        #expect(!Permissions.allows(employer, .read, on: .user, owner: ResourceOwner(userID: someoneElse)))
    }

    @Test func departmentScopeCoversRowsOfTheActorsDepartment() {
        let officer = Actor(userID: me, role: .officer, departmentCode: "HRSS")
        #expect(
            Permissions.allows(
                officer, .list, on: .user,
                owner: ResourceOwner(userID: someoneElse, departmentCode: "HRSS")))
        #expect(
            !Permissions.allows(
                officer, .list, on: .user,
                owner: ResourceOwner(userID: someoneElse, departmentCode: "EDU")))
        #expect(!Permissions.allows(officer, .list, on: .user, owner: ResourceOwner(userID: someoneElse)))
    }

    @Test func anOfficerWithoutDepartmentGetsNothingAtDepartmentScope() {
        // setup
        let officer = Actor(userID: me, role: .officer)
        // MUT, validate: not even rows that have no department either
        for owner in [
            ResourceOwner(userID: someoneElse), ResourceOwner(userID: someoneElse, departmentCode: "HRSS"),
            ResourceOwner(userID: me), ResourceOwner(),
        ] {
            #expect(!Permissions.allows(officer, .read, on: .user, owner: owner))
            #expect(!Permissions.allows(officer, .list, on: .user, owner: owner))
        }
        // The own scope of `change` does not depend on the department.
        #expect(Permissions.allows(officer, .change, on: .user, owner: ResourceOwner(userID: me)))
    }

    @Test func anyScopeCoversEveryRow() {
        let admin = Actor(userID: me, role: .admin)
        #expect(Permissions.allows(admin, .delete, on: .user, owner: ResourceOwner(userID: someoneElse)))
        #expect(Permissions.allows(admin, .read, on: .auditEvent, owner: ResourceOwner()))
        #expect(
            Permissions.allows(
                Actor(userID: me, role: .talent), .read, on: .department,
                owner: ResourceOwner(departmentCode: "EDU")))
    }

    @Test func noneScopeCoversNoRowNotEvenOwn() {
        let talent = Actor(userID: me, role: .talent)
        #expect(!Permissions.allows(talent, .change, on: .apiToken, owner: ResourceOwner(userID: me)))
        #expect(!Permissions.allows(talent, .read, on: .auditEvent, owner: ResourceOwner(userID: me)))
        #expect(!Permissions.allows(Actor(userID: me, role: .admin), .change, on: .auditEvent, owner: ResourceOwner()))
    }
}

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
