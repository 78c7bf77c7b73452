import Foundation
import SiteKit
import TalentDomain
import Testing

/// `ZiboTime.day` works out the day by arithmetic since 1992 (China has kept UTC+8 all year
/// since then); it must name the day the calendar of Asia/Shanghai names, at every hour.
struct ZiboTimeTests {
    private static func calendarsDay(_ date: Date) -> String {
        let p = ZiboTime.calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", p.year!, p.month!, p.day!)
    }

    @Test func theDayIsTheCalendarsDayAcrossMidnightsLeapDaysAndCenturies() {
        var instants: [Date] = []
        for day in ["1992-01-01", "2000-02-28", "2000-02-29", "2024-02-29", "2026-12-31", "2100-02-28", "2100-03-01"] {
            let midnight = ZiboTime.startOfDay(CalendarDate(day)!)
            instants += [-1, 0, 1, 3600 * 8 - 1, 3600 * 8, 86_399, 86_400].map { midnight.addingTimeInterval($0) }
        }
        var generator = SystemRandomNumberGenerator()
        instants += (0..<2000).map { _ in
            Date(timeIntervalSince1970: .random(in: 694_195_200...4_200_000_000, using: &generator))
        }
        for instant in instants {
            #expect(ZiboTime.day(instant) == Self.calendarsDay(instant), "\(instant.timeIntervalSince1970)")
            #expect(ZiboTime.today(instant).description == Self.calendarsDay(instant))
        }
    }

    @Test func daysOfTheSummerTimeYearsComeFromTheCalendar() {
        // 1988-06-01 15:30 UTC: in summer time (UTC+9) already 00:30 on the 2nd in Zibo.
        let summer = Date(timeIntervalSince1970: 581_182_200)
        #expect(ZiboTime.day(summer) == Self.calendarsDay(summer))
        #expect(ZiboTime.day(Date(timeIntervalSince1970: 0)) == "1970-01-01")
    }
}
