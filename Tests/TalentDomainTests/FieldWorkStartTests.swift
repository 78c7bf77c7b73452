import Testing

@testable import TalentDomain

/// The fact behind M8's "从事本专业技术工作满3年": when work in the field began.
@Suite("Start of professional work in the field")
struct FieldWorkStartTests {
    @Test func readsTheMonthAsAMonthFieldSendsItAndAsPeopleTypeIt() {
        for text in ["2022-03", "2022-3", "2022/03", "2022.3", "2022年3月", "2022年03月"] {
            #expect(FieldWorkStart(text)?.description == "2022-03", "\(text)")
        }
        for text in ["2022", "2022-13", "2022-00", "22-03", "2022-03-01", "二〇二二年三月", "", "２０２２-03"] {
            #expect(FieldWorkStart(text) == nil, "\(text)")
        }
    }

    /// 满3年: full years, counted in months — from March 2022, three full years are
    /// reached in March 2025, not in January.
    @Test func countsFullYearsByTheMonth() {
        let start = FieldWorkStart(year: 2022, month: 3)!
        #expect(start.fullYears(on: CalendarDate("2025-02-28")!) == 2)
        #expect(start.fullYears(on: CalendarDate("2025-03-01")!) == 3)
        #expect(start.fullYears(on: CalendarDate("2022-03-15")!) == 0)
        // a start after the day counts nothing rather than a negative number
        #expect(start.fullYears(on: CalendarDate("2021-12-31")!) == 0)
    }

    @Test func aStartInTheFutureOrBeforeTheAgeOfSixteenIsImpossible() {
        let today = CalendarDate("2026-12-06")!
        let born = CalendarDate("1990-05-17")!
        #expect(FieldWorkStart("2026-12")!.problem(birthDate: born, today: today) == nil)
        #expect(FieldWorkStart("2027-01")!.problem(birthDate: born, today: today) == .inFuture)
        #expect(FieldWorkStart("2006-01")!.problem(birthDate: born, today: today) == nil)
        #expect(FieldWorkStart("2005-12")!.problem(birthDate: born, today: today) == .tooYoung(minimumAge: 16))
    }
}
