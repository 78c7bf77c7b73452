import SiteKit
import TalentDomain

extension Message {
    package static let workspaceNav = Message(zh: "工作台", en: "Workspace")
    package static let workspaceTasks = Message(zh: "待办", en: "To do")
    package static let workspaceNoTasks = Message(
        zh: "目前没有需要您处理的事项。", en: "Nothing is waiting for you at the moment.")
    package static let workspaceUrgent = Message(zh: "需尽快处理", en: "Needs attention soon")
    package static let workspaceFigures = Message(zh: "数据概览", en: "Figures")
    package static let workspaceActions = Message(zh: "常用功能", en: "Common tasks")

    /// The workspace's heading for each role.
    package static func workspaceTitle(_ role: Role) -> Message {
        switch role {
        case .admin: Message(zh: "管理工作台", en: "Administration workspace")
        case .officer: Message(zh: "部门工作台", en: "Department workspace")
        case .provider: Message(zh: "机构工作台", en: "Provider workspace")
        case .employer: Message(zh: "企业工作台", en: "Employer workspace")
        case .talent: Message(zh: "我的工作台", en: "My workspace")
        }
    }
}
