import SiteKit

/// This capability's texts, in Chinese and English. A text without its translation
/// does not compile, nor does a misspelt placeholder: the values a text shows are the
/// parameters of its function.
extension Message {
    package static let organizationsTitle = Message(zh: "单位名录", en: "Organisations")
    package static let organizationsEmpty = Message(zh: "还没有登记单位。", en: "No organisations registered yet.")
    package static let organizationNew = Message(zh: "登记单位", en: "Register an organisation")
    package static let organizationName = Message(zh: "单位名称", en: "Name")
    package static let organizationKind = Message(zh: "单位类型", en: "Kind")
    package static let organizationCreditCode = Message(zh: "统一社会信用代码", en: "Unified social credit code")
    package static let organizationCreditCodeHint = Message(
        zh: "18 位，见营业执照或登记证书。", en: "18 characters, as on the business licence or registration certificate.")
    package static let organizationDistrict = Message(zh: "所在区县", en: "District")
    package static let organizationCreate = Message(zh: "登记", en: "Register")
    package static let organizationChain = Message(zh: "所属重点产业链", en: "Key industry chain")
    package static let organizationChainNone = Message(zh: "未设置", en: "Not set")
    package static let organizationChainUnknown = Message(
        zh: "产业链不在重点产业链名单中。", en: "The chain is not one of the key industry chains.")
    package static let organizationChainSave = Message(zh: "保存产业链", en: "Save the chain")
    package static let organizationChainSaved = Message(zh: "所属产业链已保存。", en: "The chain was saved.")
    package static let organizationChainIntro = Message(
        zh: "人才检索按所在单位的产业链筛选，紧缺目录按产业链汇编。",
        en: "The talent search filters by the employer's chain; the shortage catalogue is compiled by chain.")
    package static let organizationStaffCount = Message(zh: "从业人员数（人）", en: "Staff (people)")
    package static let organizationRevenue = Message(zh: "上年度营业收入（元）", en: "Last year's revenue (yuan)")
    package static let organizationNewHireShare = Message(
        zh: "当年新招用重点群体人员占现有职工比例（%）", en: "New hires of the year from key groups, as a share of staff (%)")
    package static let organizationFactsYear = Message(zh: "情况所属年度", en: "Year the figures describe")
    package static let organizationCreated = Message(zh: "单位已登记。", en: "The organisation has been registered.")
    package static let organizationNameInvalid = Message(
        zh: "请填写单位名称（不超过 200 字）。", en: "Enter the organisation's name (up to 200 characters).")
    package static let organizationKindInvalid = Message(zh: "请选择单位类型。", en: "Choose the kind of organisation.")
    package static let orgKindEnterprise = Message(zh: "企业", en: "Enterprise")
    package static let orgKindProvider = Message(zh: "培训机构", en: "Training provider")
    package static let orgKindUniversity = Message(zh: "高校", en: "University")
    package static let orgKindInstitute = Message(zh: "科研院所", en: "Research institute")
    package static let orgKindAgency = Message(zh: "机关事业单位", en: "Public agency")
    package static let creditCodeWrongLength = Message(
        zh: "统一社会信用代码应为 18 位。", en: "The unified social credit code must have 18 characters.")
    package static func creditCodeInvalidCharacter(position: String) -> Message {
        Message(
            zh: "统一社会信用代码第 \(position) 位字符无效（不使用 I、O、Z、S、V，第 3–8 位为数字）。",
            en:
                "Character \(position) of the unified social credit code is not allowed (I, O, Z, S, V are never used; characters 3–8 are digits)."
        )
    }
    package static let creditCodeWrongCheck = Message(
        zh: "统一社会信用代码校验位不符，请逐位核对。",
        en: "The check character of the unified social credit code does not match; please check every character.")
    package static let creditCodeTaken = Message(
        zh: "该统一社会信用代码已登记。", en: "An organisation with this code is already registered.")
    package static let districtUnknown = Message(zh: "请选择所在区县。", en: "Choose a district.")
    package static let programProvider = Message(zh: "举办机构", en: "Provider")
    package static let programProviderInvalid = Message(
        zh: "请选择一个培训机构、院校或科研院所作为举办机构。", en: "Choose a training provider, university or institute as the provider.")
}
