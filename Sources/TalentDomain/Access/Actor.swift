import Foundation

/// Who is acting: the signed-in account as the authorization layer sees it. Only what
/// decisions depend on, so it can be built from a session or an API token alike.
///
/// Its name shadows the standard library's `Actor` protocol in files that import
/// `TalentDomain`; write `_Concurrency.Actor` there if that protocol is ever meant.
public struct Actor: Hashable, Sendable {
    public var userID: UUID
    public var role: Role
    /// Employers and providers: the organisation they act for; `nil` until linked.
    public var organizationID: UUID?
    /// Officers: the policy code of their department (e.g. `HRSS`); `nil` until assigned.
    public var departmentCode: String?

    public init(userID: UUID, role: Role, organizationID: UUID? = nil, departmentCode: String? = nil) {
        self.userID = userID
        self.role = role
        self.organizationID = organizationID
        self.departmentCode = departmentCode
    }
}

/// Whom one stored row belongs to, in the terms the scopes speak: the account that owns
/// it, its organisation, its department. A field that does not apply is `nil`, and a
/// `nil` never matches — not even an actor's `nil` — so an unlinked actor reaches nothing
/// through that scope.
public struct ResourceOwner: Hashable, Sendable {
    public var userID: UUID?
    public var organizationID: UUID?
    public var departmentCode: String?

    public init(userID: UUID? = nil, organizationID: UUID? = nil, departmentCode: String? = nil) {
        self.userID = userID
        self.organizationID = organizationID
        self.departmentCode = departmentCode
    }
}
