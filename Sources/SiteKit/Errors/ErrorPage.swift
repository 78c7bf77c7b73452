import Plot

/// The HTML page for a failed request: what happened and the way back home.
package struct ErrorPage {
    package let status: Int
    package let title: String
    package let text: String

    package func render(layout: Layout) -> String {
        layout.render(
            title: title,
            body: .div(
                .class("error-page"),
                .p(.class("error-page__status"), .text(String(status))),
                .h1(.text(title)),
                .p(.text(text)),
                .p(.a(.class("button"), .href(SiteURL.home.path), .text(layout.messages(.errorBackHome))))
            ))
    }
}
