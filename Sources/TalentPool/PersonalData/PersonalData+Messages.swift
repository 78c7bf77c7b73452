import SiteKit

/// The texts of a person's own data download: the talent pool's sheets (profile, consent,
/// activity); the other capabilities name their own.
extension Message {
    package static let personalDataProfileSheet = Message(zh: "个人信息", en: "Personal details")
    package static let personalDataField = Message(zh: "项目", en: "Item")
    package static let personalDataValue = Message(zh: "内容", en: "Value")
    package static let personalDataAccountName = Message(zh: "账号名称", en: "Account name")
    package static let personalDataAccountEmail = Message(zh: "账号邮箱", en: "Account email")
    package static let personalDataAccountMobile = Message(zh: "账号手机号", en: "Account mobile number")
    package static let personalDataAccountRole = Message(zh: "账号角色", en: "Account role")
    package static let personalDataAccountCreated = Message(zh: "账号创建时间", en: "Account created")
    package static let personalDataProfileCreated = Message(zh: "建档时间", en: "Profile created")
    package static let personalDataConsentSheet = Message(zh: "同意记录", en: "Consent")
    package static let personalDataConsentAt = Message(zh: "同意时间", en: "Given at")
    package static let personalDataConsentVersion = Message(zh: "同意书版本", en: "Version of the text")
    package static let personalDataConsentPurpose = Message(zh: "处理目的", en: "Purpose")
    package static let personalDataHistorySheet = Message(zh: "操作记录", en: "Activity")
    package static let personalDataHistoryTime = Message(zh: "时间", en: "Time")
    package static let personalDataHistoryAction = Message(zh: "操作", en: "Action")
    package static let personalDataHistoryEntity = Message(zh: "对象类型", en: "Record type")
    package static let personalDataHistoryEntityID = Message(zh: "对象编号", en: "Record id")
    package static let personalDataHistoryFields = Message(zh: "涉及字段", en: "Fields")
    package static let personalDataYes = Message(zh: "是", en: "Yes")
    package static let personalDataNo = Message(zh: "否", en: "No")
}
