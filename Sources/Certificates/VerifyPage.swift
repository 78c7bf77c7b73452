import Foundation
import Reference
import SiteKit
import TalentDomain

/// `/verify` and `/verify/{code}`: anyone checks a certificate by its code. The answer
/// comes first and large; the signature, the key and how to check offline wait behind
/// 技术细节 for the few who want them.
package struct VerifyPageModel {
    package struct Outcome {
        package var code: String
        package var status: Status
        package var certificate: Certificate?
        package var occupation: Occupation?
        package var training: CertificateTraining?
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
                .unwrap(outcome) { result(m, $0) },
                .p(.class("lead"), .text(m(.verifyIntro))),
                .form(
                    .id("verify-form"), .method(.get), .action(SiteURL.verifyForm.path),
                    FormParts.field(
                        .init(
                            id: "verify-code", name: "code", label: m(.certificateCode),
                            value: outcome?.code ?? "", hint: m(.verifyCodeHint))),
                    .button(.type(.submit), .class("button"), .text(m(.verifySubmit)))),
                technicalDetails(m)
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
            .id("verify-result"), .class("verify-result verify-result--\(outcome.status.rawValue)"),
            .attribute(named: "aria-live", value: "polite"),
            .p(
                .class("verdict verdict--large verdict--\(outcome.status.rawValue)"), .id("verdict"),
                .data(named: "status", value: outcome.status.rawValue),
                .text(verdict)),
            .if(outcome.status == .invalid, .p(.text(m(.verifyInvalidExplain)))),
            .unwrap(outcome.certificate) { certificate in
                CertificateFacts(
                    certificate: certificate, holder: certificate.holderMasked,
                    occupation: outcome.occupation, training: outcome.training, messages: m
                ).node
            }
        )
    }

    /// The key, the signed text and the signature, folded away.
    private func technicalDetails(_ m: Messages) -> Node<HTML.BodyContext> {
        .details(
            .id("verify-technical"), .class("technical-details"),
            .summary(.text(m(.verifyTechnical))),
            .p(
                .text(m(.verifyOffline) + " "),
                .a(.href("/api/v1/certificates/public-key"), .text(m(.verifyPublicKey)))),
            .p(.id("key-id"), .text(m(.verifyKey(id: outcome?.certificate?.keyID ?? signer.keyID)))),
            .unwrap(outcome?.certificate) { certificate in
                .group(
                    .p(.text(m(.verifySignedText) + m.colon)),
                    .pre(.id("signed-payload"), .text(certificate.payload?.canonicalText ?? "")),
                    .p(.text(m(.verifySignature) + m.colon)), .pre(.id("signature"), .text(certificate.signature)))
            })
    }
}
