import SiteKit

/// The certificates sheet of a person's own data download.
extension Message {
    package static let personalDataCertificatesSheet = Message(zh: "证书", en: "Certificates")
    package static let personalDataCertificateKind = Message(zh: "证书类型", en: "Type")
    package static let personalDataCertificateLevel = Message(zh: "等级", en: "Level")
    package static let personalDataCertificateOccupation = Message(zh: "职业代码", en: "Occupation code")
    package static let personalDataCertificateNumber = Message(zh: "证书编号", en: "Number")
    package static let personalDataCertificateIssuer = Message(zh: "发证机构", en: "Issuer")
    package static let personalDataCertificateIssuedOn = Message(zh: "发证日期", en: "Issued on")
    package static let personalDataCertificateCode = Message(zh: "证书查验码", en: "Verification code")
    package static let personalDataCertificateRevoked = Message(zh: "已撤销", en: "Revoked")
    package static let personalDataCertificateRevokedAt = Message(zh: "撤销时间", en: "Revoked at")
    package static let personalDataCertificateRevokeReason = Message(zh: "撤销原因", en: "Reason for revocation")
}
