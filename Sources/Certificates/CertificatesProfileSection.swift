import Fluent
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// The certificates on a talent's profile page: those the viewer may list (an employer
/// lists none), with the way to record one for staff.
package struct CertificatesProfileSection: ProfileSection {
    package init() {}

    package func load(_ talent: Talent, _ req: Request) async throws -> (any PageSection)? {
        var certificates: [Certificate] = []
        if let query = try? req.scopedQuery(Certificate.self, for: .list) {
            certificates = try await query.filter(\.$talent.$id == talent.requireID()).sort(\.$issuedOn, .descending)
                .all()
        }
        return Section(
            talent: talent, certificates: certificates,
            canRecordCertificate: (try? req.scope(.create, on: .certificate))?.1 == .any,
            own: talent.$user.id != nil && talent.$user.id == req.signedIn?.actor.userID)
    }

    package struct Section: PageSection {
        package var talent: Talent
        package var certificates: [Certificate]
        /// Officers and administrators record certificates issued elsewhere.
        package var canRecordCertificate: Bool
        /// The viewer is the talent: "我的证书"; staff read "证书".
        package var own: Bool

        /// The certificates behind the levels above, with the way to record one for staff.
        package func render(_ m: Messages) -> Node<HTML.BodyContext> {
            .section(
                .id("talent-certificates"), .attribute(named: "aria-labelledby", value: "certificates-heading"),
                .h2(.id("certificates-heading"), .text(m(own ? .myCertificates : .talentCertificates))),
                certificates.isEmpty
                    ? .p(.class("muted"), .text(m(.myCertificatesEmpty)))
                    : CertificateList(certificates: certificates, messages: m).node,
                .if(
                    canRecordCertificate && talent.status != "erased",
                    .p(
                        .a(
                            .class("button button--secondary"),
                            .href(SiteURL.newCertificate.path + "?talent=" + (talent.id?.uuidString ?? "")),
                            .text(m(.certificateRecordTitle)))))
            )
        }
    }
}
