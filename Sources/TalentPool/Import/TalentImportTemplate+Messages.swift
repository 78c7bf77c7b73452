import SiteKit

/// The import template's guide sheet.
extension Message {
    package static let templateDownload = Message(
        zh: "下载导入模板（Excel，含各列填写说明和可选值）",
        en: "Download the import template (Excel, with each column's format and allowed values)")
    package static let templateSheetRows = Message(zh: "人才信息", en: "Talents")
    package static let templateSheetGuide = Message(zh: "填写说明", en: "How to fill in")
    package static let templateColumn = Message(zh: "列名", en: "Column")
    package static let templateRequired = Message(zh: "必填", en: "Required")
    package static let templateFormat = Message(zh: "填写要求", en: "Format")
    package static let templateYes = Message(zh: "是", en: "Yes")
    package static let templateName = Message(zh: "与身份证一致的姓名。", en: "The name as on the ID card.")
    package static let templateResidentID = Message(
        zh: "18 位居民身份证号码，末位可为 X；同一号码已在库时按“更新已有档案”选项处理。",
        en:
            "The 18-character resident ID number (last may be X); a number already in the pool follows the update option."
    )
    package static let templateMobile = Message(zh: "11 位手机号码。", en: "An 11-digit mobile number.")
    package static let templateEmail = Message(zh: "电子邮箱地址。", en: "An e-mail address.")
    package static let templateAllowed = Message(zh: "填写名称或代码，可选：", en: "A name or code, one of: ")
    package static let templateAllowedMany = Message(
        zh: "可填多个，用“、”或逗号分隔，可选：", en: "Several may be given, separated by commas, from: ")
    package static let templateFreeText = Message(zh: "文字，最多 100 字。", en: "Text, at most 100 characters.")
    package static let templateYear = Message(zh: "四位年份，如 2018。", en: "A four-digit year, e.g. 2018.")
    package static let templateCreditCode = Message(
        zh: "工作单位的 18 位统一社会信用代码；单位须已在平台单位名录中登记。",
        en: "The employer's 18-character unified social credit code; it must be in the platform's register.")
    package static let templateOccupations = Message(
        zh: "数字职业编码（如 2-02-38-03），多个用“、”或逗号分隔；编码见“数字职业目录”页面。",
        en: "Digital occupation codes (e.g. 2-02-38-03), separated by commas; see the occupation catalogue page.")
    package static let templateSkills = Message(zh: "技能标签，多个用“、”或逗号分隔。", en: "Skills, separated by commas.")
}
