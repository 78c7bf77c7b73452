import Fluent
import Reference
import SiteKit
import TalentDomain
import Vapor

/// A new organisation as submitted by a form or the API, validated field by field with
/// messages in the user's language; nothing is written unless every field is valid.
package struct OrganizationInput: Content {
    @FormText package var name: String? = nil
    @FormText package var kind: String? = nil
    @FormText package var creditCode: String? = nil
    @FormText package var districtCode: String? = nil

    package struct Valid {
        package var name: String
        package var kind: Organization.Kind
        package var creditCode: CreditCode
        package var districtCode: String
    }

    /// Field name → message; empty when valid.
    package func validate(on database: any Database) async throws -> Result<Valid, FieldErrors> {
        var errors = FieldErrors()
        let name = (name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || name.count > 200 { errors["name"] = .organizationNameInvalid }
        if name.contains(where: { $0.isNewline || $0 == "\t" }) {
            errors["name"] = Message { m in m(.fieldOneLine(field: m(.organizationName))) }
        }
        let kind = kind.flatMap(Organization.Kind.init(rawValue:))
        if kind == nil { errors["kind"] = .organizationKindInvalid }
        var code: CreditCode?
        do {
            code = try CreditCode(creditCode ?? "")
        } catch {
            errors["creditCode"] = .creditCodeProblem(error)
        }
        if let code, try await Organization.query(on: database).filter(\.$creditCode == code.value).first() != nil {
            errors.refuse("creditCode", .creditCodeTaken, .taken)
        }
        let district = (districtCode ?? "").trimmingCharacters(in: .whitespaces)
        if try await District.find(district, on: database) == nil {
            errors.refuse("districtCode", .districtUnknown, .unknown)
        }
        errors.refuseNotValid([
            ("name", .organizationName, _name), ("kind", .organizationKind, _kind),
            ("creditCode", .organizationCreditCode, _creditCode),
            ("districtCode", .organizationDistrict, _districtCode),
        ])
        guard errors.isEmpty, let kind, let code else { return .failure(errors) }
        return .success(Valid(name: name, kind: kind, creditCode: code, districtCode: district))
    }
}
