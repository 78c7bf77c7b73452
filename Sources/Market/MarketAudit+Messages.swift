import SiteKit

/// The names the audit page shows for this capability's actions and the kinds of entity
/// they apply to (`Market+AuditActions.swift`).
extension Message {
    package static let auditEntityShortageDeclaration = Message(zh: "紧缺人才需求申报", en: "Urgent-need declaration")
    package static let auditEntityCatalogueEdition = Message(zh: "紧缺目录版本", en: "Catalogue edition")
    package static let auditShortageDeclare = Message(zh: "新建需求申报", en: "Open a declaration")
    package static let auditShortageLineAdd = Message(zh: "添加需求", en: "Add a need")
    package static let auditShortageLineRemove = Message(zh: "删除需求", en: "Remove a need")
    package static let auditShortageSubmit = Message(zh: "提交需求申报", en: "Submit a declaration")
    package static let auditShortageReturn = Message(zh: "退回需求申报", en: "Return a declaration")
    package static let auditShortageImport = Message(zh: "导入需求申报", en: "Import a declaration")
    package static let auditCatalogueCompile = Message(zh: "汇编目录", en: "Compile the catalogue")
    package static let auditCataloguePublish = Message(zh: "发布目录", en: "Publish the catalogue")
    package static let auditCatalogueDiscard = Message(zh: "删除目录草稿", en: "Discard a catalogue draft")
}
