import Foundation
import Organizations
import Reference
import SiteKit
import TalentDomain

/// The signed-in user's own page: who they are, and their API tokens.
package struct AccountPageModel {
    package var user: User
    package var organization: Organization?
    /// The user's own talent profile, if they have one.
    package var talentID: UUID?
    package var tokens: [APIToken]
    /// The secret of a token just created: shown this once, never stored.
    package var newToken: String?
    package var notice: String?
    package var errors: FieldErrors
    package var csrf: String
    package var now: Date

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let errors = self.errors.shown(in: m)
        let lang = layout.language
        let department = user.departmentCode.flatMap { layout.policy.department($0)?.fullName.text(lang) }
        return layout.render(
            title: m(.accountTitle),
            body: .group(
                .h1(.text(m(.accountTitle))),
                FormParts.notice(notice),
                .dl(
                    .class("facts"),
                    .dt(.text(m(.userName))), .dd(.text(user.displayName)),
                    .dt(.text(m(.userRole))), .dd(.text(m.role(user.role))),
                    .unwrap(department) { .group(.dt(.text(m(.userDepartment))), .dd(.text($0))) },
                    .unwrap(organization) { .group(.dt(.text(m(.userOrganization))), .dd(.text($0.name))) },
                    .unwrap(user.email) { .group(.dt(.text(m(.userEmail))), .dd(.text($0))) },
                    .unwrap(user.mobile.flatMap { try? MobileNumber($0).masked }) {
                        .group(.dt(.text(m(.userMobile))), .dd(.text($0)))
                    }
                ),
                .ul(
                    .class("link-list"),
                    .li(.a(.href(SiteURL.accountPassword.path), .text(m(.passwordTitle)))),
                    .unwrap(talentID) { .li(.a(.href(SiteURL.talent($0).path), .text(m(.accountMyProfile)))) },
                    .li(.a(.href(SiteURL.myDataWorkbook.path), .text(m(.accountDownloadWorkbook)))),
                    .li(.a(.href(SiteURL.myData.path), .text(m(.accountDownloadData))))),
                .section(
                    .attribute(named: "aria-labelledby", value: "tokens-heading"),
                    .h2(.id("tokens-heading"), .text(m(.tokensTitle))),
                    .p(.text(m(.tokensIntro))),
                    .unwrap(newToken) { secret in
                        .div(
                            .class("notice notice--secret"), .attribute(named: "role", value: "status"),
                            .p(.text(m(.tokenShownOnce))),
                            .p(.code(.id("new-token"), .text(secret))))
                    },
                    tokens.isEmpty
                        ? .p(.class("empty-state"), .text(m(.tokensEmpty)))
                        : .scrollableTable(
                            label: m(.tokensTitle),
                            .table(
                                .id("tokens"), .class("data-table"),
                                .thead(
                                    .tr(
                                        .th(.attribute(named: "scope", value: "col"), .text(m(.tokenName))),
                                        .th(.attribute(named: "scope", value: "col"), .text(m(.tokenScope))),
                                        .th(.attribute(named: "scope", value: "col"), .text(m(.tokenExpires))),
                                        .th(.attribute(named: "scope", value: "col"), .text(m(.tokenStatus))),
                                        .th(.attribute(named: "scope", value: "col"), .text(m(.userActions)))
                                    )),
                                .tbody(
                                    .forEach(tokens) { token in
                                        .tr(
                                            .data(named: "token", value: token.id?.uuidString ?? ""),
                                            .th(.attribute(named: "scope", value: "row"), .text(token.name)),
                                            .td(
                                                .text(m(token.scope == .read ? .tokenScopeRead : .tokenScopeReadWrite))),
                                            .td(.text(ZiboTime.day(token.expiresAt))),
                                            .td(
                                                .text(
                                                    m(
                                                        token.revokedAt != nil
                                                            ? .tokenRevokedStatus
                                                            : token.expiresAt <= now
                                                                ? .tokenExpiredStatus : .tokenActiveStatus))),
                                            .td(
                                                .if(
                                                    token.revokedAt == nil && token.expiresAt > now,
                                                    .form(
                                                        .class("inline-form"),
                                                        .action(token.id.map { SiteURL.revokeToken($0).path } ?? ""),
                                                        .method(.post), FormParts.csrf(csrf),
                                                        .button(
                                                            .type(.submit), .class("link-button"),
                                                            .ariaLabel("\(m(.tokenRevoke)) \(token.name)"),
                                                            .text(m(.tokenRevoke))))))
                                        )
                                    })
                            )),
                    .h3(.text(m(.tokenNew))),
                    FormParts.errorSummary(title: m(.formErrorsTitle), errors.messages),
                    .form(
                        .id("token-form"), .action(SiteURL.accountTokens.path), .method(.post),
                        FormParts.csrf(csrf),
                        FormParts.field(
                            .init(id: "token-name", name: "name", label: m(.tokenName), error: errors["name"])),
                        FormParts.select(
                            id: "token-scope", name: "scope", label: m(.tokenScope),
                            options: [("read", m(.tokenScopeRead)), ("read_write", m(.tokenScopeReadWrite))],
                            selected: "read", error: errors["scope"]),
                        FormParts.field(
                            .init(
                                id: "token-days", name: "days", label: m(.tokenDays), type: .number,
                                value: "90", error: errors["days"])),
                        .button(.type(.submit), .class("button"), .text(m(.tokenCreate)))
                    )
                )
            ))
    }
}
