import Fluent
import Foundation
import Organizations
import SiteKit
import TalentDomain

/// An account: who signs in, with which role, for which department or organisation.
package final class User: Model, @unchecked Sendable {
    package static let schema = "users"

    @ID(key: .id) package var id: UUID?
    @Field(key: "display_name") package var displayName: String
    /// Lower-cased; unique when present. A user has an email, a mobile or both.
    @OptionalField(key: "email") package var email: String?
    /// 11 digits; unique when present.
    @OptionalField(key: "mobile") package var mobile: String?
    @Field(key: "password_hash") package var passwordHash: String
    @Enum(key: "role") package var role: Role
    /// Officers only: the department (policy code, e.g. `HRSS`) they work for.
    @OptionalField(key: "department_code") package var departmentCode: String?
    /// Providers and employers only.
    @OptionalParent(key: "organization_id") package var organization: Organization?
    @Field(key: "is_active") package var isActive: Bool
    /// Set for a new account or after a reset: the next sign-in must choose a password.
    @Field(key: "must_change_password") package var mustChangePassword: Bool
    @OptionalField(key: "last_login_at") package var lastLoginAt: Date?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    /// Listed by hand, as `Talent.properties` explains.
    package var properties: [any AnyProperty] {
        [
            $id, $displayName, $email, $mobile, $passwordHash, $role, $departmentCode, $organization, $isActive,
            $mustChangePassword, $lastLoginAt, $createdAt, $updatedAt,
        ]
    }

    package init(
        id: UUID? = nil, displayName: String, email: String?, mobile: String?, passwordHash: String,
        role: Role, departmentCode: String? = nil, organizationID: UUID? = nil,
        mustChangePassword: Bool = true
    ) {
        self.id = id
        self.displayName = displayName
        self.email = email
        self.mobile = mobile
        self.passwordHash = passwordHash
        self.role = role
        self.departmentCode = departmentCode
        self.$organization.id = organizationID
        self.isActive = true
        self.mustChangePassword = mustChangePassword
    }

    /// The actor this user is when acting: what the authorization layer decides on.
    package var actor: Actor? {
        guard let id else { return nil }
        return Actor(userID: id, role: role, organizationID: $organization.id, departmentCode: departmentCode)
    }

    /// What other capabilities see of the account signed in (`Request.signedIn`).
    package var signedIn: SignedIn? {
        actor.map { SignedIn(actor: $0, name: displayName, mustChangePassword: mustChangePassword) }
    }
}
