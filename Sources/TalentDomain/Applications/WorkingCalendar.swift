/// Which days the departments work (issue 16: deadlines in working days). Monday to Friday,
/// except the public holidays the State Council's yearly notice gives, plus the weekend days
/// it makes working days (调休). Policy data: a new year's notice is a new policy version.
public struct WorkingCalendar: Codable, Hashable, Sendable {
    /// Weekdays off (`YYYY-MM-DD`).
    public var holidays: [String]
    /// Weekend days worked (调休上班).
    public var workdays: [String]
    /// The years the lists cover; a deadline beyond them counts weekends only.
    public var years: [Int]

    public init(holidays: [String] = [], workdays: [String] = [], years: [Int] = []) {
        (self.holidays, self.workdays, self.years) = (holidays, workdays, years)
    }

    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        let text = date.description
        if workdays.contains(text) { return true }
        if holidays.contains(text) { return false }
        return !date.isWeekend
    }

    /// The `count`-th working day after `start` (`start` itself never counts: a request
    /// submitted on a Friday with 1 working day is due the next Monday).
    public func adding(workingDays count: Int, to start: CalendarDate) -> CalendarDate {
        var date = start
        var left = max(0, count)
        while left > 0 {
            date = date.adding(days: 1)
            if isWorkingDay(date) { left -= 1 }
        }
        return date
    }

    /// Working days after `from` up to and including `to`; 0 when `to` is not later.
    public func workingDays(after from: CalendarDate, through to: CalendarDate) -> Int {
        var count = 0
        var date = from
        while date < to {
            date = date.adding(days: 1)
            if isWorkingDay(date) { count += 1 }
        }
        return count
    }
}

extension CalendarDate {
    /// 1970-01-01 was a Thursday: 0 is Sunday … 6 is Saturday.
    public var weekday: Int { ((dayNumber + 4) % 7 + 7) % 7 }

    public var isWeekend: Bool { weekday == 0 || weekday == 6 }
}
