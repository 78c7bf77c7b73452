import SiteKit
import TalentDomain

/// Messages about the cells of spreadsheets as offices keep them: 性别 / 出生日期 checked
/// against the ID number.
extension Message {
    package static func importPersonCell(_ problem: PersonCellsCheck.Problem) -> Message {
        switch problem {
        case .genderInvalid: importGenderInvalid
        case .birthDateInvalid: importBirthDateInvalid
        case .genderDisagrees: importGenderDisagrees
        case .birthDateDisagrees: importBirthDateDisagrees
        }
    }

    package static let importGenderInvalid = Message(zh: "性别应填“男”或“女”。", en: "Gender must be 男 (male) or 女 (female).")
    package static let importBirthDateInvalid = Message(
        zh: "出生日期无法识别，请写成 1990-01-05 或 1990年1月5日 这样的日期。",
        en: "The birth date is not a date; write it as 1990-01-05.")
    package static let importGenderDisagrees = Message(
        zh: "性别与身份证号码不一致（号码第 17 位单数为男、双数为女），请核对这两列。",
        en: "The gender does not match the ID number (17th digit odd for men, even for women); check both columns.")
    package static let importBirthDateDisagrees = Message(
        zh: "出生日期与身份证号码第 7–14 位的出生日期不一致，请核对这两列。",
        en: "The birth date does not match the one in the ID number (characters 7–14); check both columns.")

    package static let templateGender = Message(
        zh: "可不填（由身份证号码确定）；填写时为“男”或“女”，须与身份证号码一致。",
        en: "Optional (the ID number determines it); if given, 男 or 女, matching the ID number.")
    package static let templateBirthDate = Message(
        zh: "可不填（由身份证号码确定）；填写时如 1990-01-05，须与身份证号码一致。",
        en: "Optional (the ID number determines it); if given, e.g. 1990-01-05, matching the ID number.")
}
