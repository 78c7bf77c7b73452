import Foundation
import TalentDomain

/// Dates as Zibo reads them: the calendar in China Standard Time, which decides "this
/// year's" targets, the day a token expires and the day an audit filter means. The date
/// to read always comes from the caller (`PlatformClock`).
package enum ZiboTime {
    package static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt
        return calendar
    }()

    package static func year(of date: Date) -> Int {
        calendar.component(.year, from: date)
    }

    /// `2026-11-26`.
    package static func day(_ date: Date) -> String {
        calendarDate(date).description
    }

    /// The day `date` falls on in Zibo. Since 1992 China keeps UTC+8 all year, so the day
    /// is integer arithmetic (pages write one per row, and the calendar's component
    /// look-up with `String(format:)` was a hundredth of an API read); earlier instants,
    /// of the years China had summer time, go through the calendar.
    package static func calendarDate(_ date: Date) -> CalendarDate {
        let seconds = date.timeIntervalSince1970
        guard seconds >= fixedOffsetSince, seconds < 1e13 else {
            let p = calendar.dateComponents([.year, .month, .day], from: date)
            // The calendar's own day, valid by construction.
            return CalendarDate(year: p.year ?? 1970, month: p.month ?? 1, day: p.day ?? 1)!
        }
        let days = (Int(seconds) + 8 * 3600) / 86_400
        return CalendarDate(dayNumber: days)
    }

    /// 1992-01-01 00:00 in Zibo.
    private static let fixedOffsetSince: TimeInterval = 694_195_200

    /// `2026-11-26 09:30:00`.
    package static func timestamp(_ date: Date) -> String {
        let p = calendar.dateComponents([.hour, .minute, .second], from: date)
        return day(date) + String(format: " %02d:%02d:%02d", p.hour ?? 0, p.minute ?? 0, p.second ?? 0)
    }

    /// 00:00 of `day` in Zibo.
    package static func startOfDay(_ day: CalendarDate) -> Date {
        calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? .distantPast
    }

    /// Today's date in Zibo.
    package static func today(_ date: Date) -> CalendarDate {
        calendarDate(date)
    }
}
