import SiteKit

extension AuditAction {
    /// An action no capability declares, for the tests of the chain itself and of the audit
    /// page's fallback to the stored code (as for an action of an older release).
    static func test(_ name: String) -> AuditAction {
        AuditAction(
            name, on: AuditEntityType("thing", label: Message(zh: "测试对象", en: "Test thing")),
            label: Message(zh: "测试事件", en: "Test event"))
    }
}
