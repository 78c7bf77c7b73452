import Foundation
import Plot
import TalentDomain

/// The shared page frame: skip link, header with navigation and language switch, main
/// content, footer citing the policy. Every public page is rendered through it.
package struct Layout {
    package let messages: Messages
    package let policy: PolicyDocument
    /// The page's path and query, used for the language switch and the current nav item.
    package let currentPath: String
    package let currentQuery: [(String, String)]
    /// The signed-in user, for the account links in the header.
    package var account: AccountBadge? = nil
    /// The capabilities' links in the site navigation, in order.
    package var navigation: [NavigationEntry] = []

    package init(messages: Messages, policy: PolicyDocument, currentPath: String, currentQuery: [(String, String)]) {
        (self.messages, self.policy, self.currentPath, self.currentQuery) = (
            messages, policy, currentPath, currentQuery
        )
    }

    package var language: DisplayLanguage { messages.language }

    package func render(title: String, description: String? = nil, body: Node<HTML.BodyContext>) -> String {
        let fullTitle = title == messages(.siteTitle) ? title : "\(title) · \(messages(.siteTitle))"
        let html = HTML(
            .attribute(named: "lang", value: language.tag),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Not Plot's `.title`, which also copies the title unescaped into meta tags.
                .element(named: "title", text: fullTitle),
                .meta(.name("description"), .content(description ?? messages(.siteTagline))),
                .link(.rel(.stylesheet), .href(SiteURL.stylesheet.path)),
                .link(.rel(.icon), .href(SiteURL.favicon.path), .type("image/svg+xml")),
                .script(.src(SiteURL.script.path), .defer())
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), .text(messages(.skipToContent))),
                header,
                .unwrap(account) { accountNav($0) },
                .main(.id("main"), .attribute(named: "tabindex", value: "-1"), body),
                footer
            )
        )
        return html.render()
    }

    private var header: Node<HTML.BodyContext> {
        .header(
            .class("site-header"),
            .div(
                .class("site-header__inner"),
                .a(
                    .class("site-title"), .href(SiteURL.home.path),
                    .span(.class("site-title__name"), .text(messages(.siteTitle))),
                    .span(.class("site-title__tagline"), .text(messages(.siteTagline)))),
                // Shown by the script on a phone, where it folds the navigation away so that
                // the page begins within the first screen; without the script all stays open.
                .button(
                    .type(.button), .class("menu-button"), .attribute(named: "hidden", value: "hidden"),
                    .attribute(named: "aria-expanded", value: "false"), .text(messages(.navMenu))),
                .nav(
                    .ariaLabel(messages(.navLabel)),
                    .ul(
                        .class("site-nav"),
                        .forEach(navigation.filter(\.isSite)) { navItem($0) }
                    )
                ),
                accountArea,
                languageSwitch
            )
        )
    }

    /// The signed-in user's own places (administration, workspace, account).
    private func accountNav(_ account: AccountBadge) -> Node<HTML.BodyContext> {
        .nav(
            .class("account-nav"), .ariaLabel(messages(.navAccountLabel)),
            .ul(
                .forEach(account.places) { place in
                    .li(
                        .a(
                            .href(place.url.path), .text(messages(place.label)),
                            .if(currentPath == place.url.path, .attribute(named: "aria-current", value: "page"))))
                })
        )
    }

    private var accountArea: Node<HTML.BodyContext> {
        guard let account else {
            return .a(.class("account-link"), .href(SiteURL.login.path), .text(messages(.navSignIn)))
        }
        let unread = account.unreadNotifications
        return .div(
            .class("account-area"),
            // Every role's name leads to its workspace.
            .a(.class("account-link"), .href(SiteURL.workspace.path), .text(account.name)),
            .a(
                .class("notifications-link"), .id("notifications-link"), .href(SiteURL.notifications.path),
                .text(messages(.navNotifications)),
                .if(
                    unread > 0,
                    .span(
                        .class("badge badge--count"), .text(String(unread)),
                        .span(.class("visually-hidden"), .text(messages(.navNotificationsUnread)))))),
            .form(
                .class("inline-form"), .action(SiteURL.logout.path), .method(.post),
                FormParts.csrf(account.csrf),
                .button(.type(.submit), .class("link-button"), .text(messages(.navSignOut))))
        )
    }

    private func navItem(_ entry: NavigationEntry) -> Node<HTML.ListContext> {
        let (url, key) = (entry.url, entry.label)
        var isCurrent = currentPath == url.path
        if case let .site(section?) = entry.place { isCurrent = currentPath.hasPrefix(section) }
        return .li(
            .a(
                .href(url.path), .text(messages(key)),
                .if(isCurrent, .attribute(named: "aria-current", value: "page"))
            ))
    }

    private var languageSwitch: Node<HTML.BodyContext> {
        let other: DisplayLanguage = language == .zh ? .en : .zh
        let query = currentQuery.filter { $0.0 != "lang" } + [("lang", other.rawValue)]
        let href =
            currentPath + "?"
            + query.map { "\(percentEncode($0.0))=\(percentEncode($0.1))" }
            .joined(separator: "&")
        return .a(
            .id("lang-switch"), .class("lang-switch"), .href(href),
            .attribute(named: "hreflang", value: other.tag),
            .attribute(named: "lang", value: other.tag),
            .attribute(named: "title", value: messages(.switchLanguage)),
            .text(messages(.otherLanguageName))
        )
    }

    private var footer: Node<HTML.BodyContext> {
        .footer(
            .class("site-footer"),
            .div(
                .class("site-footer__inner"),
                .p(
                    .strong(.text(messages(.footerBasis) + messages.colon)),
                    .text(messages.quoted(policy.title.text(language)))),
                .p(
                    .text(
                        "\(messages(.footerIssuer))\(messages.colon)\(policy.issuer.text(language)) · \(messages(.footerEffective))\(messages.colon)\(policy.effectiveDate)"
                    )),
                .p(.a(.href(SiteURL.openAPI.path), .text(messages(.footerOpenData))))
            )
        )
    }
}

/// Who is signed in, as the header shows it.
package struct AccountBadge {
    package var name: String
    package var csrf: String
    package var places: [(url: SiteURL, label: Message)]
    package var unreadNotifications: Int

    /// `places`: the header's entries, of which those for `role` are shown.
    package init(name: String, role: Role, csrf: String, places: [NavigationEntry], unreadNotifications: Int = 0) {
        self.name = name
        self.unreadNotifications = unreadNotifications
        self.csrf = csrf
        self.places = places.filter { $0.isPlace(of: role) }.map { ($0.url, $0.label) }
    }
}

/// Percent-encodes a query component (RFC 3986 unreserved characters stay as they are).
package func percentEncode(_ text: String) -> String {
    let allowed = CharacterSet(
        charactersIn:
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
}

extension Node where Context == HTML.BodyContext {
    /// A table in a box that scrolls sideways on narrow screens. The box is a labelled,
    /// focusable region so keyboard users can scroll it too (WCAG 2.1.1).
    package static func scrollableTable(label: String, _ table: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .div(
            .class("table-wrap"), .attribute(named: "role", value: "region"),
            .attribute(named: "aria-label", value: label), .attribute(named: "tabindex", value: "0"), table)
    }
}
