import Foundation
import QRCode
import Reference
import SiteKit
import TalentDomain

/// `/certificates/{id}/print`: the certificate on one A4 page — who holds it, for what
/// training, period and hours, the issuer with room for its seal, and a QR code of the
/// address that verifies it. A page of its own, without the site's frame.
package struct CertificatePrintModel {
    package var certificate: Certificate
    package var holderName: String
    package var occupation: Occupation?
    package var training: CertificateTraining?
    package var verifyURL: String

    package func render(messages m: Messages) -> String {
        let html = HTML(
            .attribute(named: "lang", value: m.language.tag),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", text: "\(m.certificateKind(certificate.kind)) · \(certificate.number)"),
                .link(.rel(.stylesheet), .href(SiteURL.stylesheet.path)),
                .script(.src(SiteURL.script.path), .defer())
            ),
            .body(
                .class("print-page"),
                .p(
                    .class("no-print print-page__actions"),
                    .button(
                        .type(.button), .class("button"), .data(named: "print", value: "page"),
                        .text(m(.certificatePrint))),
                    .a(.href(SiteURL.certificate(certificate.id ?? UUID()).path), .text(m(.certificateBackToPage)))),
                .main(.class("certificate-sheet"), .id("certificate-sheet"), sheet(m))
            )
        )
        return html.render()
    }

    private func sheet(_ m: Messages) -> Node<HTML.BodyContext> {
        .group(
            .p(.class("certificate-sheet__platform"), .text(m(.siteTitle))),
            .h1(.text(m.certificateKind(certificate.kind))),
            .if(certificate.isRevoked, .p(.class("verdict verdict--revoked"), .text(m(.verifyRevoked)))),
            .p(.class("certificate-sheet__holder"), .id("certificate-holder"), .text(holderName)),
            .p(.class("certificate-sheet__body"), .text(body(m))),
            .dl(
                .class("facts"),
                .forEach(facts(m)) { .group(.dt(.text($0.0)), .dd(.text($0.1))) }),
            .div(
                .class("certificate-sheet__foot"),
                .div(
                    .class("certificate-sheet__verify"),
                    qrCode(m),
                    .p(.text(m(.certificateScanToVerify))),
                    .p(.class("certificate-sheet__url"), .text(verifyURL))),
                .div(
                    .class("certificate-sheet__seal"),
                    .p(.class("certificate-sheet__seal-area"), .text(m(.certificateSeal))),
                    .p(.text(certificate.issuerName)),
                    .p(.text(certificate.issuedOn))))
        )
    }

    /// One sentence: the training and its period and hours when known, else the award.
    private func body(_ m: Messages) -> String {
        guard let training else { return m(.certificatePrintBody) }
        return m(
            .certificatePrintTraining(
                programme: training.programme,
                period: m(.certificatePeriodValue(from: training.startsOn, to: training.endsOn)),
                hours: training.hours.description))
    }

    private func facts(_ m: Messages) -> [(String, String)] {
        var rows: [(String, String)] = []
        if let code = certificate.occupationCode {
            let name = occupation.map { m.language == .zh ? $0.nameZh : $0.nameEn } ?? ""
            rows.append((m(.programOccupation), "\(code) \(name)"))
        }
        if let level = certificate.certificateLevel { rows.append((m(.columnLevel), m.certificateLevel(level))) }
        rows += CertificateFacts.trainingRows(training, issuer: certificate.issuerName, m)
        return rows + [
            (m(.certificateNumber), certificate.number),
            (m(.certificateCode), CertificateCode(certificate.code)?.description ?? certificate.code),
        ]
    }

    /// The verification address as an inline SVG, built as elements (no raw markup on a
    /// page). An address too long for a QR code (none the platform makes) leaves the
    /// printed address alone.
    private func qrCode(_ m: Messages) -> Node<HTML.BodyContext> {
        guard let code = try? QRCode(encoding: verifyURL, correction: .medium) else { return .empty }
        let (side, path) = code.svgShape
        return .element(
            named: "svg",
            nodes: [
                .attribute(named: "xmlns", value: "http://www.w3.org/2000/svg"),
                .attribute(named: "viewBox", value: "0 0 \(side) \(side)"),
                .attribute(named: "role", value: "img"), .attribute(named: "aria-label", value: m(.certificateQRLabel)),
                .attribute(named: "shape-rendering", value: "crispEdges"),
                .selfClosedElement(
                    named: "rect",
                    attributes: [
                        .attribute(named: "width", value: String(side)),
                        .attribute(named: "height", value: String(side)),
                        .attribute(named: "fill", value: "#fff"),
                    ]),
                .selfClosedElement(
                    named: "path",
                    attributes: [.attribute(named: "d", value: path), .attribute(named: "fill", value: "#000")]),
            ])
    }
}
