import Fluent
import Organizations
import SiteKit
import TalentDomain
import Vapor

/// A new account as an administrator submits it; validated field by field.
package struct UserInput: Content {
    package var displayName: String?
    package var email: String?
    package var mobile: String?
    package var role: String?
    package var departmentCode: String?
    package var organizationID: String?

    package struct Valid {
        package var displayName: String
        package var email: String?
        package var mobile: String?
        package var role: Role
        package var departmentCode: String?
        package var organizationID: UUID?
    }

    package func validate(
        on database: any Database, policy: PolicyDocument
    ) async throws -> Result<Valid, FieldErrors> {
        var errors = FieldErrors()
        let name = (displayName ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || name.count > 100 { errors["displayName"] = .userNameInvalid }
        if name.contains(where: { $0.isNewline || $0 == "\t" }) {
            errors["displayName"] = Message { m in m(.fieldOneLine(field: m(.userName))) }
        }

        let email = self.email.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.flatMap {
            $0.isEmpty ? nil : $0
        }
        if let email, !TalentText.looksLikeEmail(email) { errors["email"] = .userEmailInvalid }
        var mobile: String?
        if let raw = self.mobile, !raw.trimmingCharacters(in: .whitespaces).isEmpty {
            do { mobile = try MobileNumber(raw).value } catch { errors["mobile"] = .userMobileInvalid }
        }
        if email == nil, mobile == nil, errors["email"] == nil, errors["mobile"] == nil {
            errors.refuse("email", .userContactMissing, .required)
        }
        if let email, try await User.query(on: database).filter(\.$email == email).first() != nil {
            errors.refuse("email", .userEmailTaken, .taken)
        }
        if let mobile, try await User.query(on: database).filter(\.$mobile == mobile).first() != nil {
            errors.refuse("mobile", .userMobileTaken, .taken)
        }

        let role = role.flatMap(Role.init(rawValue:))
        if role == nil { errors["role"] = .userRoleInvalid }
        var department: String?
        var organization: UUID?
        switch role {
        case .officer:
            department = departmentCode.flatMap { policy.department($0)?.code }
            if department == nil { errors.refuse("departmentCode", .userDepartmentRequired, .required) }
        case .provider, .employer:
            organization = organizationID.flatMap(UUID.init(uuidString:))
            if let id = organization, try await Organization.find(id, on: database) == nil { organization = nil }
            if organization == nil { errors.refuse("organizationID", .userOrganizationRequired, .required) }
        default:
            break
        }
        guard errors.isEmpty, let role else { return .failure(errors) }
        return .success(
            Valid(
                displayName: name, email: email, mobile: mobile, role: role,
                departmentCode: department, organizationID: organization))
    }
}

/// A password nobody chose: shown once to the administrator, to be replaced at first sign-in.
package enum OneTimePassword {
    /// 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I).
    package static func generate() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
