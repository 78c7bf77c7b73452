import SiteKit
import TalentDomain

/// The sign-in form: email or mobile number and password.
package struct LoginPageModel {
    package var identifier = ""
    package var next: String?
    package var errors: [String] = []
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(
            title: m(.loginTitle),
            body: .div(
                .class("narrow"),
                .h1(.text(m(.loginTitle))),
                FormParts.errorSummary(title: m(.formErrorsTitle), errors),
                .form(
                    .id("login-form"), .action(SiteURL.login.path), .method(.post),
                    FormParts.csrf(csrf),
                    .unwrap(next) { .input(.type(.hidden), .name("next"), .value($0)) },
                    FormParts.field(
                        .init(
                            id: "login-identifier", name: "identifier", label: m(.loginIdentifier),
                            value: identifier, autocomplete: "username",
                            hint: m(.loginIdentifierHint))),
                    FormParts.field(
                        .init(
                            id: "login-password", name: "password", label: m(.loginPassword),
                            type: .password, autocomplete: "current-password")),
                    .button(.type(.submit), .class("button"), .text(m(.loginSubmit)))
                ),
                .p(.a(.href(SiteURL.register.path), .text(m(.registerInvite))))
            ))
    }
}

/// Choosing a new password: at first sign-in, after a reset, or at will.
package struct PasswordPageModel {
    package var forced: Bool
    package var errors: [String] = []
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(
            title: m(.passwordTitle),
            body: .div(
                .class("narrow"),
                .h1(.text(m(.passwordTitle))),
                .if(forced, .p(.class("lead"), .text(m(.passwordForced)))),
                FormParts.errorSummary(title: m(.formErrorsTitle), errors),
                .form(
                    .id("password-form"), .action(SiteURL.accountPassword.path), .method(.post),
                    FormParts.csrf(csrf),
                    FormParts.field(
                        .init(
                            id: "password-current", name: "current", label: m(.passwordCurrent),
                            type: .password, autocomplete: "current-password")),
                    FormParts.field(
                        .init(
                            id: "password-new", name: "new", label: m(.passwordNew),
                            type: .password, autocomplete: "new-password", hint: m(.passwordRuleHint))),
                    FormParts.field(
                        .init(
                            id: "password-confirm", name: "confirm", label: m(.passwordConfirm),
                            type: .password, autocomplete: "new-password")),
                    .button(.type(.submit), .class("button"), .text(m(.passwordSubmit)))
                )
            ))
    }
}
