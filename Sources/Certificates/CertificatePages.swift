import Foundation
import Reference
import SiteKit
import TalentDomain
import TalentPool

/// A table of certificates with their status and links, on a talent's pages.
package struct CertificateList {
    package var certificates: [Certificate]
    package var messages: Messages

    package init(certificates: [Certificate], messages: Messages) {
        self.certificates = certificates
        self.messages = messages
    }

    package var node: Node<HTML.BodyContext> {
        let m = messages
        return .scrollableTable(
            label: m(.myCertificates),
            .table(
                .class("data-table"), .id("certificates"),
                .thead(
                    .tr(
                        .th(.text(m(.certificateKind))), .th(.text(m(.columnLevel))), .th(.text(m(.certificateIssuer))),
                        .th(.text(m(.certificateNumber))), .th(.text(m(.certificateIssuedOn))),
                        .th(.text(m(.talentStatus))))),
                .tbody(
                    .forEach(certificates) { certificate in
                        .tr(
                            .data(named: "certificate", value: certificate.code),
                            .td(
                                .a(
                                    .href(SiteURL.certificate(certificate.id ?? UUID()).path),
                                    .text(m.certificateKind(certificate.kind)))),
                            .td(.text(certificate.certificateLevel.map(m.certificateLevel) ?? "—")),
                            .td(.text(certificate.issuerName)), .td(.text(certificate.number)),
                            .td(.text(certificate.issuedOn)),
                            .td(.text(certificate.isRevoked ? m(.verifyRevoked) : m(.verifyValid))))
                    })
            ))
    }
}

/// `/certificates/new`: an officer records a certificate issued elsewhere.
package struct CertificateFormPageModel {
    package var input: CertificateInput
    package var talent: Talent?
    package var occupations: [Occupation]
    package var errors: FieldErrors
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let errors = self.errors.shown(in: m)
        let none = [("", m(.filterAny))]
        let levels =
            EngineerLevel.allCases.map { ($0.rawValue, m.level($0)) }
            + SkillLevel.allCases.map { ($0.rawValue, m.skillLevel($0)) }
        return layout.render(
            title: m(.certificateRecordTitle),
            body: .group(
                .h1(.text(m(.certificateRecordTitle))),
                .p(.class("lead"), .text(m(.certificateRecordIntro))),
                .unwrap(talent) { .p(.text(m(.enrolTalent) + m.colon + $0.name)) },
                FormParts.errorSummary(title: m(.formErrorsTitle), errors.messages),
                .form(
                    .id("certificate-form"), .method(.post), .action(SiteURL.certificates.path), FormParts.csrf(csrf),
                    FormParts.field(
                        .init(
                            id: "k-talent", name: "talentID", label: m(.enrolTalent), value: input.talentID ?? "",
                            error: errors["talentID"], hint: m(.enrolTalentHint))),
                    FormParts.select(
                        id: "k-kind", name: "kind", label: m(.certificateKind),
                        options: CertificateKind.allCases.map { ($0.rawValue, m.certificateKind($0)) },
                        selected: input.kind, error: errors["kind"]),
                    FormParts.select(
                        id: "k-level", name: "level", label: m(.columnLevel), options: none + levels,
                        selected: input.level, error: errors["level"]),
                    FormParts.select(
                        id: "k-occupation", name: "occupationCode", label: m(.programOccupation),
                        options: none + occupations.map { ($0.id ?? "", $0.codedName(m.language)) },
                        selected: input.occupationCode, error: errors["occupationCode"]),
                    FormParts.field(
                        .init(
                            id: "k-issuer", name: "issuerName", label: m(.certificateIssuer),
                            value: input.issuerName ?? "", error: errors["issuerName"])),
                    FormParts.field(
                        .init(
                            id: "k-number", name: "number", label: m(.certificateNumber),
                            value: input.number ?? "", error: errors["number"])),
                    FormParts.field(
                        .init(
                            id: "k-date", name: "issuedOn", label: m(.certificateIssuedOn), type: .date,
                            value: input.issuedOn ?? "", error: errors["issuedOn"])),
                    .button(.type(.submit), .class("button"), .text(m(.certificateRecord)))
                )
            ))
    }
}

/// `/certificates/{id}`: a certificate for its holder, issuer or an officer, with the
/// links to print and verify it and (for those who may) the revocation form.
package struct CertificatePageModel {
    package var certificate: Certificate
    package var holderName: String
    package var occupation: Occupation?
    package var canRevoke: Bool
    package var errors: FieldErrors
    package var notice: String?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let errors = self.errors.shown(in: m)
        let id = certificate.id ?? UUID()
        let code = CertificateCode(certificate.code)?.description ?? certificate.code
        return layout.render(
            title: m.certificateKind(certificate.kind),
            body: .group(
                .h1(.text(m.certificateKind(certificate.kind))),
                FormParts.notice(notice.flatMap { m.trainingNotice($0) }),
                FormParts.errorSummary(title: m(.formErrorsTitle), errors.messages),
                .p(
                    .class(certificate.isRevoked ? "verdict verdict--revoked" : "verdict verdict--valid"),
                    .id("certificate-status"),
                    .text(certificate.isRevoked ? m(.verifyRevoked) : m(.verifyValid))),
                CertificateFacts(certificate: certificate, holder: holderName, occupation: occupation, messages: m)
                    .node,
                .p(
                    .a(.href(SiteURL.verify(code).path), .text(m(.certificateVerifyLink))), .text(" · "),
                    .a(.href(SiteURL.printCertificate(id).path), .text(m(.certificatePrint)))),
                .if(
                    canRevoke && !certificate.isRevoked,
                    .form(
                        .id("revoke-form"), .method(.post), .action(SiteURL.revokeCertificate(id).path),
                        FormParts.csrf(csrf),
                        .h2(.text(m(.certificateRevoke))),
                        FormParts.field(
                            .init(
                                id: "v-reason", name: "reason", label: m(.certificateRevokeReason),
                                error: errors["reason"])),
                        .button(.type(.submit), .class("button button--danger"), .text(m(.certificateRevoke)))
                    ))
            ))
    }
}

/// The facts of a certificate as a description list, shared by its pages.
package struct CertificateFacts {
    package var certificate: Certificate
    package var holder: String
    package var occupation: Occupation?
    package var messages: Messages

    package var node: Node<HTML.BodyContext> {
        let m = messages
        var rows: [(String, String)] = [
            (m(.certificateKind), m.certificateKind(certificate.kind)),
            (m(.columnLevel), certificate.certificateLevel.map(m.certificateLevel) ?? "—"),
        ]
        if let code = certificate.occupationCode {
            let name = occupation.map { m.language == .zh ? $0.nameZh : $0.nameEn } ?? ""
            rows.append((m(.programOccupation), "\(code) \(name)"))
        }
        rows += [
            (m(.certificateHolder), holder),
            (m(.certificateIssuer), certificate.issuerName),
            (m(.certificateNumber), certificate.number),
            (m(.certificateIssuedOn), certificate.issuedOn),
            (m(.certificateCode), CertificateCode(certificate.code)?.description ?? certificate.code),
        ]
        if certificate.isRevoked {
            rows.append((m(.certificateRevokedOn), certificate.revokedAt.map(ZiboTime.day) ?? ""))
            rows.append((m(.certificateRevokeReason), certificate.revokeReason ?? ""))
        }
        return .dl(
            .class("facts"), .id("certificate-facts"), .forEach(rows) { .group(.dt(.text($0.0)), .dd(.text($0.1))) })
    }
}

/// `/certificates/{id}/print`: the certificate on one A4 page, with its code and the
/// address to verify it. A page of its own, without the site's frame.
package struct CertificatePrintModel {
    package var certificate: Certificate
    package var holderName: String
    package var occupation: Occupation?
    package var verifyURL: String

    package func render(messages m: Messages) -> String {
        let code = CertificateCode(certificate.code)?.description ?? certificate.code
        let level = certificate.certificateLevel.map(m.certificateLevel)
        let occupationName = occupation.map { m.language == .zh ? $0.nameZh : $0.nameEn }
        let html = HTML(
            .attribute(named: "lang", value: m.language.tag),
            .head(
                .meta(.charset(.utf8)),
                .element(named: "title", text: "\(m.certificateKind(certificate.kind)) · \(certificate.number)"),
                .link(.rel(.stylesheet), .href(SiteURL.stylesheet.path)),
                .script(.src(SiteURL.script.path), .defer())
            ),
            .body(
                .class("print-page"),
                .main(
                    .class("certificate-sheet"),
                    .h1(.text(m.certificateKind(certificate.kind))),
                    .if(certificate.isRevoked, .p(.class("verdict verdict--revoked"), .text(m(.verifyRevoked)))),
                    .p(.class("certificate-sheet__holder"), .text(holderName)),
                    .p(
                        .text(
                            m(
                                .certificatePrintBody(
                                    occupation: [certificate.occupationCode, occupationName].compactMap { $0 }.joined(
                                        separator: " "), level: level ?? "")))),
                    .dl(
                        .class("facts"),
                        .dt(.text(m(.certificateIssuer))), .dd(.text(certificate.issuerName)),
                        .dt(.text(m(.certificateNumber))), .dd(.text(certificate.number)),
                        .dt(.text(m(.certificateIssuedOn))), .dd(.text(certificate.issuedOn)),
                        .dt(.text(m(.certificateCode))), .dd(.text(code))),
                    .p(.class("certificate-sheet__verify"), .text(m(.certificatePrintVerify) + m.colon + verifyURL)),
                    .p(
                        .class("no-print"),
                        .button(
                            .type(.button), .data(named: "print", value: "page"),
                            .text(m(.certificatePrint))))
                ))
        )
        return html.render()
    }
}

/// `/verify` and `/verify/{code}`: anyone checks a certificate by its code.
package struct VerifyPageModel {
    package struct Outcome {
        package var code: String
        package var status: Status
        package var certificate: Certificate?
        package var occupation: Occupation?
    }

    package enum Status: String {
        case valid, revoked, invalid
    }

    package var outcome: Outcome?
    package var signer: CertificateSigner

    package func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(
            title: m(.verifyTitle), description: m(.verifyIntro),
            body: .group(
                .h1(.text(m(.verifyTitle))),
                .p(.class("lead"), .text(m(.verifyIntro))),
                .form(
                    .id("verify-form"), .method(.get), .action(SiteURL.verifyForm.path),
                    FormParts.field(
                        .init(
                            id: "verify-code", name: "code", label: m(.certificateCode),
                            value: outcome?.code ?? "", hint: m(.verifyCodeHint))),
                    .button(.type(.submit), .class("button"), .text(m(.verifySubmit)))),
                .unwrap(outcome) { result(m, $0) },
                .p(
                    .class("muted"), .text(m(.verifyOffline) + " "),
                    .a(.href("/api/v1/certificates/public-key"), .text(m(.verifyPublicKey))),
                    .text(" (Ed25519, key \(signer.keyID))"))
            ))
    }

    private func result(_ m: Messages, _ outcome: Outcome) -> Node<HTML.BodyContext> {
        let verdict =
            switch outcome.status {
            case .valid: m(.verifyValid)
            case .revoked: m(.verifyRevoked)
            case .invalid: m(.verifyInvalid)
            }
        return .section(
            .id("verify-result"), .attribute(named: "aria-live", value: "polite"),
            .p(
                .class("verdict verdict--\(outcome.status.rawValue)"), .id("verdict"),
                .data(named: "status", value: outcome.status.rawValue),
                .text(verdict)),
            .if(outcome.status == .invalid, .p(.text(m(.verifyInvalidExplain)))),
            .unwrap(outcome.certificate) { certificate in
                .group(
                    CertificateFacts(
                        certificate: certificate, holder: certificate.holderMasked,
                        occupation: outcome.occupation, messages: m
                    ).node,
                    .details(
                        .summary(.text(m(.verifySignedText))),
                        .pre(.id("signed-payload"), .text(certificate.payload?.canonicalText ?? "")),
                        .p(.text(m(.verifySignature) + m.colon)), .pre(.id("signature"), .text(certificate.signature)))
                )
            }
        )
    }
}
