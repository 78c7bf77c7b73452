import SiteKit

/// The names the audit page shows for this capability's actions and the kinds of entity
/// they apply to (`…+AuditActions.swift`).
extension Message {
    package static let auditEntityApplication = Message(zh: "申请", en: "Application")
    package static let auditEntityLoan = Message(zh: "贷款", en: "Loan")
    package static let auditEntityPolicySimulation = Message(zh: "政策模拟", en: "Policy simulation")
    package static let auditApplicationCreate = Message(zh: "新建申请", en: "Create an application")
    package static let auditApplicationStep = Message(zh: "变更申请状态", en: "Change an application's state")
    package static let auditApplicationAttach = Message(zh: "上传申请材料", en: "Attach a document")
    package static let auditLoanRepaid = Message(zh: "登记贷款已还清", en: "Record a loan as repaid")
    package static let auditApplicationAttachmentRead = Message(zh: "查看申请材料", en: "Read an attached document")
    package static let auditPolicySimulationStart = Message(zh: "开始政策模拟", en: "Start a policy simulation")
}
