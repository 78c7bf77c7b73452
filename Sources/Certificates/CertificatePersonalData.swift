import Fluent
import SiteKit
import TalentDomain
import TalentPool

/// A talent's certificates for their own data download, revoked ones included (with when
/// and why): a person has the right to see what the platform says they no longer hold.
package struct CertificatePersonalData: PersonalDataSource {
    package init() {}

    package func records(of talent: Talent, on db: any Database, messages m: Messages, policy: PolicyDocument)
        async throws -> PersonalDataSheet
    {
        let certificates = try await Certificate.query(on: db).filter(\.$talent.$id == talent.requireID())
            .sort(\.$issuedOn).all()
        let rows = certificates.map { certificate -> [String] in
            [
                m.certificateKind(certificate.kind), certificate.certificateLevel.map(m.certificateLevel) ?? "",
                certificate.occupationCode ?? "", certificate.number, certificate.issuerName, certificate.issuedOn,
                certificate.code, m(certificate.isRevoked ? .personalDataYes : .personalDataNo),
                certificate.revokedAt.map(ZiboTime.timestamp) ?? "", certificate.revokeReason ?? "",
            ]
        }
        return PersonalDataSheet(
            key: "certificates", title: .personalDataCertificatesSheet,
            columns: [
                ("kind", .personalDataCertificateKind), ("level", .personalDataCertificateLevel),
                ("occupationCode", .personalDataCertificateOccupation), ("number", .personalDataCertificateNumber),
                ("issuer", .personalDataCertificateIssuer), ("issuedOn", .personalDataCertificateIssuedOn),
                ("verificationCode", .personalDataCertificateCode), ("revoked", .personalDataCertificateRevoked),
                ("revokedAt", .personalDataCertificateRevokedAt),
                ("revokeReason", .personalDataCertificateRevokeReason),
            ],
            rows: rows, messages: m)
    }
}
