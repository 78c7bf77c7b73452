import Testing

@testable import TalentDomain

/// The application workflow's pure parts (issue 16): the moves an application may make,
/// and deadlines in working days under the policy file's calendar.
@Suite("Application states and working-day deadlines")
struct ApplicationRulesTests {
    static let policy = try! PolicyDocument.load(yaml: Fixtures.shippedPolicy, file: "zibo-2025.yaml")

    @Test func everyLegalMoveAndNoOther() {
        let legal: [ApplicationAction: [ApplicationState: ApplicationState]] = [
            .submit: [.draft: .submitted, .returned: .submitted],
            .withdraw: [.draft: .withdrawn, .submitted: .withdrawn, .returned: .withdrawn],
            .return: [.submitted: .returned],
            .approve: [.submitted: .approved],
            .reject: [.submitted: .rejected],
        ]
        for action in ApplicationAction.allCases {
            for state in ApplicationState.allCases {
                #expect(action.next(from: state) == legal[action]?[state], "\(action) from \(state)")
            }
        }
        // nothing leaves a final state
        for state in ApplicationState.allCases where state.isFinal {
            #expect(ApplicationAction.allCases.allSatisfy { $0.next(from: state) == nil })
        }
        #expect(ApplicationAction.allCases.filter(\.needsComment) == [.return, .reject])
        #expect(ApplicationAction.allCases.filter(\.byReviewer) == [.return, .approve, .reject])
    }

    @Test func weekdaysAreComputedFromTheDate() {
        #expect(CalendarDate("2026-12-06")!.weekday == 0)  // a Sunday
        #expect(CalendarDate("2025-01-01")!.weekday == 3)
        #expect(CalendarDate("1970-01-01")!.weekday == 4)
        #expect(CalendarDate("1969-12-28")!.weekday == 0)
    }

    /// 国庆节 2025: 10月1日至8日放假调休，9月28日（周日）、10月11日（周六）上班.
    @Test func aDeadlineSkipsPublicHolidaysAndCountsAdjustedWorkdays() {
        let calendar = Self.policy.calendar
        #expect(calendar.isWorkingDay(CalendarDate("2025-09-28")!))  // Sunday worked
        #expect(!calendar.isWorkingDay(CalendarDate("2025-10-08")!))  // Wednesday off
        // Submitted on Tuesday 30 September: the 1st working day after is Thursday 9 October,
        // the 2nd Friday 10, the 3rd Saturday 11 (worked).
        let start = CalendarDate("2025-09-30")!
        #expect(calendar.adding(workingDays: 1, to: start).description == "2025-10-09")
        #expect(calendar.adding(workingDays: 3, to: start).description == "2025-10-11")
        #expect(calendar.adding(workingDays: 4, to: start).description == "2025-10-13")
        #expect(calendar.workingDays(after: start, through: CalendarDate("2025-10-13")!) == 4)
        // Without a calendar only weekends are skipped: Friday + 1 is Monday.
        #expect(WorkingCalendar().adding(workingDays: 1, to: CalendarDate("2026-12-04")!).description == "2026-12-07")
    }

    /// 春节 2026: 2月15日至23日放假调休，2月14日（周六）、2月28日（周六）上班.
    @Test func fifteenWorkingDaysAcrossTheSpringFestival() {
        let due = Self.policy.calendar.adding(workingDays: 15, to: CalendarDate("2026-02-10")!)
        // 11,12,13,14(Sat worked) = 4; 24,25,26,27,28(Sat worked) = 9; Mar 2–6 = 14; Mar 9 = 15
        #expect(due.description == "2026-03-09")
    }

    @Test func theShippedKindsNameKnownRulesAndDepartments() throws {
        let kinds = try #require(Self.policy.applicationKinds)
        #expect(
            kinds.map(\.id) == [
                "skill-upgrade-subsidy", "skill-evaluation-subsidy", "training-subsidy", "title-review",
                "title-exceptional", "individual-guaranteed-loan", "individual-boost-loan",
                "enterprise-guaranteed-loan", "enterprise-boost-loan",
            ])
        #expect(Self.policy.applicationKind(forRule: "loan-boost-enterprise")?.id == "enterprise-boost-loan")
        #expect(
            kinds.allSatisfy {
                Set($0.rules).isSubset(of: Self.policy.applicableRuleIDs)
                    && Self.policy.department($0.department) != nil
            })
        #expect(Self.policy.applicationKind(forRule: "crossover-technician")?.id == "title-review")
        #expect(Self.policy.applicationKind(forRule: "exceptional-senior")?.id == "title-exceptional")
        #expect(PolicyValidator.problems(in: Self.policy).isEmpty)
    }

    /// A kind is one line of the file with `rule:` (one) or `rules:` (several): a file
    /// written before `rules:` existed still loads.
    @Test func aKindNamesOneRuleOrSeveral() throws {
        let kinds = try #require(Self.policy.applicationKinds)
        #expect(kinds.first { $0.id == "skill-upgrade-subsidy" }?.rules == ["subsidy-skill_upgrade"])
        #expect(kinds.first { $0.id == "title-review" }?.rules.count == 5)
    }

    /// An approval does one thing: a rule in two kinds, a rule nobody applies under (a
    /// title recognised directly) and a subsidy kind with a second rule are refused.
    @Test func theValidatorRefusesRulesThatCannotBeAppliedUnderOrAreInTwoKinds() throws {
        var draft = Self.policy
        draft.applicationKinds?[3].rules.append("grade-junior-recognized")
        draft.applicationKinds?[4].rules.append("crossover-technician")
        draft.applicationKinds?[0].rules.append("exceptional-senior")
        let problems = PolicyValidator.problems(in: draft)
        #expect(
            problems.contains {
                $0.path == "application_kinds[3].rules" && $0.message.contains("not a rule one applies under")
            })
        #expect(problems.contains { $0.path == "application_kinds[4].rules" && $0.message.contains("already") })
        #expect(problems.contains { $0.path == "application_kinds[0].rules" && $0.message.contains("subsidy") })
    }

    @Test func theValidatorRefusesAKindWithAnUnknownRuleAndAHolidayOnASunday() throws {
        var draft = Self.policy
        draft.applicationKinds?[0].rules = ["subsidy-unknown"]
        draft.applicationKinds?[1].workingDays = 0
        draft.workingCalendar?.holidays.append("2026-12-06")
        draft.workingCalendar?.workdays.append("2027-01-09")
        let problems = PolicyValidator.problems(in: draft).map(\.path)
        #expect(problems.contains("application_kinds[0].rules"))
        #expect(problems.contains("application_kinds[1].working_days"))
        #expect(problems.contains { $0.hasPrefix("working_calendar.holidays[") })
        #expect(problems.contains { $0.hasPrefix("working_calendar.workdays[") })
    }
}
