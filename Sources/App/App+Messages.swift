import SiteKit

/// This capability's texts, in Chinese and English. A text without its translation
/// does not compile, nor does a misspelt placeholder: the values a text shows are the
/// parameters of its function.
extension Message {
    package static let importCLIUsage = Message(
        zh:
            "用法：talent import talents 文件 [--partial] [--upsert] [--report 报告.csv]，或 talent import enrollments 文件 --cohort 班次编号 [--partial] [--report 报告.csv]",
        en:
            "Usage: talent import talents FILE [--partial] [--upsert] [--report REPORT.csv], or talent import enrollments FILE --cohort COHORT-ID [--partial] [--report REPORT.csv]"
    )
}
