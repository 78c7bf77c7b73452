import SiteKit

/// This capability's texts, in Chinese and English. A text without its translation
/// does not compile, nor does a misspelt placeholder: the values a text shows are the
/// parameters of its function.
extension Message {
    package static let columnCode = Message(zh: "代码", en: "Code")
    package static let columnName = Message(zh: "名称", en: "Name")
    package static let occupationsHeading = Message(zh: "数字职业目录", en: "Digital occupation catalogue")
    package static func occupationsIntro(edition: String) -> Message {
        Message(
            zh: "依据《中华人民共和国职业分类大典（\(edition)年版）》，数字职业排在前面。管理员可以维护本目录。",
            en:
                "From the national occupational classification (\(edition) edition); digital occupations come first. Administrators maintain this catalogue."
        )
    }
    package static let occupationsSearchLabel = Message(zh: "职业名称或代码", en: "Occupation name or code")
    package static let occupationsDigitalOnly = Message(zh: "只看数字职业", en: "Digital occupations only")
    package static let occupationsSearchButton = Message(zh: "查询", en: "Search")
    package static let occupationsDigitalBadge = Message(zh: "数字职业", en: "Digital")
    package static let occupationsOtherBadge = Message(zh: "其他职业", en: "Other")
    package static let occupationsEmpty = Message(
        zh: "没有符合条件的职业。请换一个关键词，例如“数据”或“人工智能”。",
        en: "No occupation matches. Try another keyword, such as “数据” (data) or “人工智能” (AI).")
    package static func occupationsResultCount(count: String) -> Message {
        Message(zh: "共\(count)个职业", en: "\(count) occupations")
    }
    package static let occupationsNextPage = Message(zh: "下一页", en: "Next page")
    package static let occupationsFirstPage = Message(zh: "回到第一页", en: "Back to the first page")
    package static let occupationsAliases = Message(zh: "原代码", en: "Former codes")
    package static let occupationsUnverified = Message(zh: "代码待核实", en: "code to be verified")
    package static let occupationsGroup = Message(zh: "小类", en: "group")
    package static func errorInvalidLimit(max: String) -> Message {
        Message(
            zh: "参数 limit 必须是 1 到 \(max) 之间的整数。", en: "The parameter limit must be a whole number from 1 to \(max).")
    }
    package static let errorInvalidCursor = Message(
        zh: "参数 cursor 无效：请从第一页重新开始翻页。", en: "The parameter cursor is not valid: start again from the first page.")
}
