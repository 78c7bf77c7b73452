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
                .unwrap(talent) { .p(.text(m(.certificateHolder) + m.colon + $0.name)) },
                FormParts.errorSummary(title: m(.formErrorsTitle), errors.messages),
                .form(
                    .id("certificate-form"), .method(.post), .action(SiteURL.certificates.path), FormParts.csrf(csrf),
                    FormParts.field(
                        .init(
                            id: "k-talent", name: "talentID", label: m(.certificateHolder),
                            value: input.talentID ?? "", error: errors["talentID"], hint: m(.certificateHolderHint))),
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
    package var training: CertificateTraining?
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
                CertificateFacts(
                    certificate: certificate, holder: holderName, occupation: occupation, training: training,
                    messages: m
                ).node,
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
    package var training: CertificateTraining?
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
        rows.append((m(.certificateHolder), holder))
        rows += Self.trainingRows(training, issuer: certificate.issuerName, m)
        rows += [
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

    /// The programme, its provider (when another than the issuer), the period and hours.
    static func trainingRows(_ training: CertificateTraining?, issuer: String, _ m: Messages) -> [(String, String)] {
        guard let training else { return [] }
        return [(m(.certificateProgramme), training.programme)]
            + (training.provider == issuer ? [] : [(m(.certificateProvider), training.provider)])
            + [
                (m(.certificatePeriod), m(.certificatePeriodValue(from: training.startsOn, to: training.endsOn))),
                (m(.certificateHours), training.hours.description),
            ]
    }
}
