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
        let p = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", p.year ?? 0, p.month ?? 0, p.day ?? 0)
    }

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
        CalendarDate(day(date))!  // `day` always writes a valid YYYY-MM-DD
    }
}
