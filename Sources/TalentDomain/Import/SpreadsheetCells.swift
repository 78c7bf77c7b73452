/// A date cell as offices fill it: `1990-01-05`, `1990/1/5`, `1990.1.5`, `1990年1月5日`,
/// `19900105`, or the serial number a spreadsheet stores for a date cell (`32878`: days
/// since 1899-12-30, which is what Excel's count from 1900-01-01 comes to once its
/// fictitious 1900-02-29 is passed). A 出生年月 column often holds the month only
/// (`1990-01`, `1990.01`, `199001`, `1990年1月`): then `day` is nil.
public struct SpreadsheetDate: Equatable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int?

    public init?(_ text: String) {
        let text = TalentText.trimmed(text) ?? ""
        if let serial = Self.serial(text) {
            guard let date = Self.date(serial: serial) else { return nil }
            (year, month, day) = (date.year, date.month, date.day)
            return
        }
        var parts: [Int] = []
        var digits = ""
        for character in text.unicodeScalars {
            if ("0"..."9").contains(character) {
                digits.unicodeScalars.append(character)
            } else if "-/.年月日 ".unicodeScalars.contains(character) {
                if !digits.isEmpty { parts.append(Int(digits) ?? -1) }
                digits = ""
            } else {
                return nil
            }
        }
        if !digits.isEmpty {
            if parts.isEmpty, digits.count == 8 || digits.count == 6 {
                // 19900105 or 199001: no separators.
                let characters = Array(digits)
                parts = stride(from: 0, to: characters.count, by: 2).map { Int(String(characters[$0..<$0 + 2]))! }
                parts = [parts[0] * 100 + parts[1]] + parts.dropFirst(2)
            } else {
                parts.append(Int(digits) ?? -1)
            }
        }
        guard parts.count == 2 || parts.count == 3, (1900...2100).contains(parts[0]), (1...12).contains(parts[1])
        else { return nil }
        if parts.count == 3 {
            guard parts[2] >= 1, parts[2] <= CalendarDate.days(inMonth: parts[1], year: parts[0]) else { return nil }
        }
        (year, month, day) = (parts[0], parts[1], parts.count == 3 ? parts[2] : nil)
    }

    /// Whether `date` falls on this day, or in this month when the cell has no day.
    public func agrees(with date: CalendarDate) -> Bool {
        year == date.year && month == date.month && (day == nil || day == date.day)
    }

    /// A serial number: five digits (10,000 is 1927-05-18, 73,050 is 2099-12-31; four
    /// digits are more likely a year than a date before 1927), with a time of day after a
    /// decimal point ignored.
    private static func serial(_ text: String) -> Int? {
        let whole = text.split(separator: ".", maxSplits: 1).first.map(String.init) ?? ""
        guard whole.count == 5, whole.allSatisfy(\.isASCII), let value = Int(whole),
            text.count == whole.count || text.dropFirst(whole.count + 1).allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        return value
    }

    /// Days after 1899-12-30 as a date.
    private static func date(serial: Int) -> CalendarDate? {
        // Days from 0000-03-01 (a proleptic Gregorian civil-from-days conversion).
        var days = serial + 693_899  // 1899-12-30 is day 693,899 counted from 0000-03-01.
        let era = days / 146_097
        days -= era * 146_097
        let yearOfEra = (days - days / 1_460 + days / 36_524 - days / 146_096) / 365
        let dayOfYear = days - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = era * 400 + yearOfEra + (month <= 2 ? 1 : 0)
        return CalendarDate(year: year, month: month, day: day)
    }
}

/// 性别 and 出生日期 columns, which the ID number already determines: an office's sheet
/// has them, and a row where they disagree with the number was most likely typed
/// against the wrong person's number, so the row is refused naming both.
public enum PersonCellsCheck {
    public enum Problem: Equatable, Sendable {
        /// Not 男 or 女 (nor male/female, M/F, 1/2 as GB/T 2261.1 codes them).
        case genderInvalid
        /// Not a date (nor a month) a spreadsheet writes.
        case birthDateInvalid
        /// Well formed, but not what the ID number says.
        case genderDisagrees, birthDateDisagrees
    }

    public static func gender(_ text: String) -> ResidentID.Gender? {
        switch (TalentText.trimmed(text) ?? "").lowercased() {
        case "男", "男性", "m", "male", "1": .male
        case "女", "女性", "f", "female", "2": .female
        default: nil
        }
    }

    /// Problems with the gender and birth-date cells (nil when the row has none); each is
    /// checked against `residentID` when the number itself is valid.
    public static func check(gender: String?, birthDate: String?, against residentID: ResidentID?)
        -> (gender: Problem?, birthDate: Problem?)
    {
        var result: (gender: Problem?, birthDate: Problem?) = (nil, nil)
        if let gender {
            if let value = Self.gender(gender) {
                if let residentID, residentID.gender != value { result.gender = .genderDisagrees }
            } else {
                result.gender = .genderInvalid
            }
        }
        if let birthDate {
            if let value = SpreadsheetDate(birthDate) {
                if let residentID, !value.agrees(with: residentID.birthDate) { result.birthDate = .birthDateDisagrees }
            } else {
                result.birthDate = .birthDateInvalid
            }
        }
        return result
    }
}
