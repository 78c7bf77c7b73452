import Foundation
import Organizations
import Reference
import SiteKit
import TalentDomain

/// Accounts the actor may see; for administrators, the actions on each and the form
/// that creates one (its one-time password is shown once, in the notice).
package struct UsersPageModel {
    package var users: [User]
    package var organizations: [Organization]
    package var form: UserInput
    package var errors: FieldErrors
    package var canManage: Bool
    package var notice: String?
    package var currentUserID: UUID?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let lang = layout.language
        let policy = layout.policy
        let organizationNames = Dictionary(
            uniqueKeysWithValues: organizations.compactMap { org in org.id.map { ($0, org.name) } })
        let departmentOptions = policy.departments.map { ($0.code, $0.shortName.text(lang)) }
        return layout.render(
            title: m(.usersTitle),
            body: .group(
                .h1(.text(m(.usersTitle))),
                FormParts.notice(notice),
                .scrollableTable(
                    label: m(.usersTitle),
                    .table(
                        .id("users"), .class("data-table"),
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(m(.userName))),
                                .th(.attribute(named: "scope", value: "col"), .text(m(.userContact))),
                                .th(.attribute(named: "scope", value: "col"), .text(m(.userRole))),
                                .th(.attribute(named: "scope", value: "col"), .text(m(.userUnit))),
                                .th(.attribute(named: "scope", value: "col"), .text(m(.userStatus))),
                                .if(canManage, .th(.attribute(named: "scope", value: "col"), .text(m(.userActions))))
                            )),
                        .tbody(
                            .forEach(users) { user in
                                let unit =
                                    user.departmentCode.flatMap { policy.department($0)?.shortName.text(lang) }
                                    ?? user.$organization.id.flatMap { organizationNames[$0] } ?? "—"
                                return .tr(
                                    .data(named: "user", value: user.id?.uuidString ?? ""),
                                    .data(named: "role", value: user.role.rawValue),
                                    .th(.attribute(named: "scope", value: "row"), .text(user.displayName)),
                                    .td(
                                        .text(
                                            [user.email, user.mobile.flatMap { try? MobileNumber($0).masked }]
                                                .compactMap { $0 }.joined(separator: " · "))),
                                    .td(.text(m.role(user.role))),
                                    .td(.text(unit)),
                                    .td(.text(m(user.isActive ? .userActive : .userInactive))),
                                    .if(canManage, .td(actions(for: user, m, departmentOptions)))
                                )
                            })
                    )),
                .if(canManage, createForm(m, departmentOptions, errors.shown(in: m)))
            ))
    }

    private func actions(for user: User, _ m: Messages, _ departments: [(String, String)]) -> Node<HTML.BodyContext> {
        let path = user.id.map { SiteURL.adminUser($0).path } ?? ""
        let label = user.displayName
        return .div(
            .class("row-actions"),
            .form(
                .action(path), .method(.post), .class("inline-form"),
                FormParts.csrf(csrf),
                .input(.type(.hidden), .name("action"), .value("reset")),
                .button(
                    .type(.submit), .class("link-button"), .ariaLabel("\(m(.userReset)) \(label)"), .text(m(.userReset))
                )),
            .if(
                user.id != currentUserID,
                .form(
                    .action(path), .method(.post), .class("inline-form"),
                    FormParts.csrf(csrf),
                    .input(.type(.hidden), .name("action"), .value(user.isActive ? "deactivate" : "activate")),
                    .button(
                        .type(.submit), .class("link-button"),
                        .ariaLabel("\(m(user.isActive ? .userDeactivate : .userActivate)) \(label)"),
                        .text(m(user.isActive ? .userDeactivate : .userActivate))))),
            .if(
                Permissions.allowsRoleChange(from: user.role, to: .officer) && user.id != currentUserID,
                .form(
                    .action(path), .method(.post), .class("inline-form"),
                    FormParts.csrf(csrf),
                    .input(.type(.hidden), .name("action"), .value("role")),
                    .label(
                        .for("role-\(user.id?.uuidString ?? "")"), .class("visually-hidden"),
                        .text("\(m(.userRole)) \(label)")),
                    .select(
                        .id("role-\(user.id?.uuidString ?? "")"), .attribute(named: "name", value: "role"),
                        .forEach(Role.allCases.filter { Permissions.allowsRoleChange(from: user.role, to: $0) }) {
                            role in
                            FormParts.option(role.rawValue, m.role(role), selected: role == user.role)
                        }),
                    .label(
                        .for("dept-\(user.id?.uuidString ?? "")"), .class("visually-hidden"),
                        .text("\(m(.userDepartment)) \(label)")),
                    .select(
                        .id("dept-\(user.id?.uuidString ?? "")"), .attribute(named: "name", value: "departmentCode"),
                        .forEach(departments) { code, name in
                            FormParts.option(code, name, selected: code == user.departmentCode)
                        }),
                    .button(.type(.submit), .class("link-button"), .text(m(.userChangeRole)))))
        )
    }

    private func createForm(
        _ m: Messages, _ departments: [(String, String)], _ errors: FieldErrors.Shown
    ) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "new-user"),
            .h2(.id("new-user"), .text(m(.userNew))),
            FormParts.errorSummary(title: m(.formErrorsTitle), errors.messages),
            .form(
                .id("user-form"), .action(SiteURL.adminUsers.path), .method(.post),
                FormParts.csrf(csrf),
                FormParts.field(
                    .init(
                        id: "user-name", name: "displayName", label: m(.userName),
                        value: form.displayName ?? "", error: errors["displayName"])),
                FormParts.field(
                    .init(
                        id: "user-email", name: "email", label: m(.userEmail), type: .email,
                        value: form.email ?? "", error: errors["email"], required: false)),
                FormParts.field(
                    .init(
                        id: "user-mobile", name: "mobile", label: m(.userMobile), type: .tel,
                        value: form.mobile ?? "", error: errors["mobile"], required: false)),
                FormParts.select(
                    id: "user-role", name: "role", label: m(.userRole),
                    options: Role.allCases.map { ($0.rawValue, m.role($0)) },
                    selected: form.role ?? Role.officer.rawValue, error: errors["role"]),
                FormParts.select(
                    id: "user-department", name: "departmentCode", label: m(.userDepartment),
                    options: [("", "—")] + departments, selected: form.departmentCode,
                    error: errors["departmentCode"]),
                FormParts.select(
                    id: "user-organization", name: "organizationID", label: m(.userOrganization),
                    options: [("", "—")] + organizations.compactMap { org in org.id.map { ($0.uuidString, org.name) } },
                    selected: form.organizationID, error: errors["organizationID"]),
                .button(.type(.submit), .class("button"), .text(m(.userCreate)))
            )
        )
    }
}
