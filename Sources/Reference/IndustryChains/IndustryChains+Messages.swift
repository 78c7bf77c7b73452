import SiteKit

/// The key industry chains' page and refusals, in Chinese and English.
extension Message {
    package static let industryChainsTitle = Message(zh: "重点产业链", en: "Key industry chains")
    package static func industryChainsIntro(listed: Int, required: Int) -> Message {
        Message(
            zh: "紧缺目录按重点产业链编制。政策要求覆盖全市 \(required) 条重点产业链，目前登记了 \(listed) 条；政策原文未列出的产业链由管理员在此添加。",
            en:
                "The shortage catalogue is compiled by key industry chain. The policy covers the city's \(required) key chains; \(listed) are listed. Administrators add here the chains the policy text does not name."
        )
    }
    package static let industryChainCode = Message(zh: "代码", en: "Code")
    package static let industryChainCodeFormat = Message(
        zh: "小写字母、数字和连字符，2 到 40 个字符，例如 new-materials；添加后不能修改。",
        en: "Lower-case letters, digits and hyphens, 2 to 40 characters, e.g. new-materials; it cannot change later.")
    package static let industryChainNameZh = Message(zh: "中文名称", en: "Chinese name")
    package static let industryChainNameEn = Message(zh: "英文名称", en: "English name")
    package static let industryChainSource = Message(zh: "来源", en: "Source")
    package static let industryChainFromText = Message(zh: "政策原文", en: "Policy text")
    package static let industryChainByAdmin = Message(zh: "管理员维护", en: "Kept by administrators")
    package static let industryChainActions = Message(zh: "操作", en: "Actions")
    package static let industryChainAdd = Message(zh: "添加产业链", en: "Add a chain")
    package static let industryChainAddButton = Message(zh: "添加", en: "Add")
    package static let industryChainRename = Message(zh: "修改名称", en: "Rename")
    package static let industryChainSave = Message(zh: "保存", en: "Save")
    package static let industryChainAdded = Message(zh: "产业链已添加。", en: "The chain was added.")
    package static let industryChainRenamed = Message(zh: "名称已修改。", en: "The name was changed.")
    package static let industryChainCodeTaken = Message(zh: "已有这个代码的产业链。", en: "A chain with that code exists.")
    package static let industryChainNameTaken = Message(
        zh: "已有同名的产业链。", en: "Another chain has that Chinese name.")
    package static let auditEntityIndustryChain = Message(zh: "重点产业链", en: "Key industry chain")
    package static let auditIndustryChainAdd = Message(zh: "添加产业链", en: "Add an industry chain")
    package static let auditIndustryChainRename = Message(zh: "修改产业链名称", en: "Rename an industry chain")
}
