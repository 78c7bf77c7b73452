import SiteKit

/// The names the audit page shows for this capability's actions and the kinds of entity
/// they apply to (`…+AuditActions.swift`).
extension Message {
    package static let auditEntityTalent = Message(zh: "人才档案", en: "Talent profile")
    package static let auditTalentCreate = Message(zh: "新建人才档案", en: "Create a talent profile")
    package static let auditTalentUpdate = Message(zh: "修改人才档案", en: "Update a talent profile")
    package static let auditTalentExport = Message(zh: "导出人才数据", en: "Export talent data")
    package static let auditTalentOwnDataExport = Message(zh: "下载本人数据", en: "Download one's own data")
    package static let auditTalentIdentifiersRead = Message(zh: "查看完整证件号和手机号", en: "Read full ID and mobile numbers")
    package static let auditTalentImport = Message(zh: "导入人才档案", en: "Import talent profiles")
    package static let auditTalentImportRevert = Message(zh: "撤销导入", en: "Undo an import")
    package static let auditErasureRequest = Message(zh: "申请删除个人信息", en: "Request erasure")
    package static let auditErasureReject = Message(zh: "驳回删除申请", en: "Reject an erasure request")
    package static let auditTalentErase = Message(zh: "删除个人信息", en: "Erase personal data")
}
