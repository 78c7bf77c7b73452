import SiteKit

/// This capability's texts, in Chinese and English. A text without its translation
/// does not compile, nor does a misspelt placeholder: the values a text shows are the
/// parameters of its function.
extension Message {
    package static let columnLevel = Message(zh: "等级", en: "Level")
    package static let enrolTalent = Message(zh: "人才档案编号", en: "Talent profile ID")
    package static let enrolTalentUnknown = Message(zh: "没有这个人才档案。", en: "There is no such talent profile.")
    package static let myCertificates = Message(zh: "我的证书", en: "My certificates")
    package static let talentCertificates = Message(zh: "证书", en: "Certificates")
    package static let myCertificatesEmpty = Message(zh: "还没有证书。", en: "No certificates yet.")
    package static let certificateKind = Message(zh: "证书类型", en: "Certificate type")
    package static let certificateNumber = Message(zh: "证书编号", en: "Certificate number")
    package static func certificateNumberTaken(number: String) -> Message {
        Message(zh: "证书编号 \(number) 已被本发证机构使用。", en: "Certificate number \(number) is already used by this issuer.")
    }
    package static let certificateIssuedOn = Message(zh: "发证日期", en: "Date of issue")
    package static let certificateIssuedInFuture = Message(
        zh: "发证日期不能晚于今天。", en: "The date of issue cannot be after today.")
    package static let certificateIssuer = Message(zh: "发证机构", en: "Issuer")
    package static let certificateHolder = Message(zh: "持证人", en: "Holder")
    package static let certificateHolderHint = Message(
        zh: "姓名或身份证号码（同名时填身份证号码），也可填人才档案编号。",
        en: "The name or the ID number (the number when two share a name), or the profile ID.")
    package static let certificateOneHolder = Message(zh: "请只填写一位持证人。", en: "Name one holder only.")
    package static let certificateCode = Message(zh: "证书查验码", en: "Verification code")
    package static let certificateIssue = Message(zh: "发证", en: "Issue certificate")
    package static let certificateAlreadyRevoked = Message(zh: "该证书已撤销。", en: "This certificate is already revoked.")
    package static let titleRecognitionAlreadyRevoked = Message(
        zh: "该职称认定已撤销。", en: "This title recognition is already revoked.")
    package static let certificateVerifyLink = Message(zh: "公开查验页面", en: "Public verification page")
    package static let certificatePrint = Message(zh: "打印证书", en: "Print certificate")
    package static let certificatePrintBody = Message(
        zh: "经考核合格，准予颁发此证书。", en: "Having passed the assessment, the holder is awarded this certificate.")
    package static func certificatePrintTraining(programme: String, period: String, hours: String) -> Message {
        Message(
            zh: "参加“\(programme)”培训（\(period)，共 \(hours) 学时），经考核合格，准予结业。",
            en:
                "Took part in the training “\(programme)” (\(period), \(hours) hours), passed its assessment and completed it."
        )
    }
    package static let certificateProgramme = Message(zh: "培训项目", en: "Programme")
    package static let certificateProvider = Message(zh: "培训机构", en: "Training provider")
    package static let certificatePeriod = Message(zh: "培训时间", en: "Period")
    package static func certificatePeriodValue(from: String, to: String) -> Message {
        Message(zh: "\(from) 至 \(to)", en: "\(from) to \(to)")
    }
    package static let certificateHours = Message(zh: "学时", en: "Hours")
    package static let certificateSeal = Message(zh: "发证机构（盖章）", en: "Issuer (seal)")
    package static let certificateScanToVerify = Message(
        zh: "扫描二维码或访问下列网址查验证书真伪", en: "Scan the code or visit this address to check the certificate")
    package static let certificateQRLabel = Message(zh: "证书查验二维码", en: "QR code of the verification address")
    package static let certificateBackToPage = Message(zh: "返回证书页面", en: "Back to the certificate")
    package static let verifyTechnical = Message(zh: "技术细节", en: "Technical details")
    package static func verifyKey(id: String) -> Message {
        Message(zh: "签名密钥编号：\(id)", en: "Signing key ID: \(id)")
    }
    package static let certificatePrintVerify = Message(zh: "查验网址", en: "Verify at")
    package static let certificateRecordTitle = Message(zh: "登记外部证书", en: "Record a certificate issued elsewhere")
    package static let certificateRecordIntro = Message(
        zh: "登记在其他机构取得的证书。证书经平台签名后可公开查验，并更新持证人的技能等级和职称等级。",
        en:
            "Record a certificate obtained elsewhere. The platform signs it so that it can be verified publicly, and the holder's skill and title levels follow it."
    )
    package static let certificateRecord = Message(zh: "登记证书", en: "Record certificate")
    package static let certificateRevoke = Message(zh: "撤销证书", en: "Revoke certificate")
    package static let certificateRevokeReason = Message(zh: "撤销原因", en: "Reason for revocation")
    package static let certificateRevokedOn = Message(zh: "撤销日期", en: "Revoked on")
    package static let verifyTitle = Message(zh: "证书查验", en: "Verify a certificate")
    package static let verifyIntro = Message(
        zh: "输入证书上的查验码，查看证书是否真实有效。",
        en: "Enter the verification code printed on a certificate to check that it is genuine and valid.")
    package static let verifyCodeHint = Message(
        zh: "16 位字母和数字，例如 7K3M-Q9TX-2HCV-8RWP。", en: "16 letters and digits, such as 7K3M-Q9TX-2HCV-8RWP.")
    package static let verifySubmit = Message(zh: "查验", en: "Verify")
    package static let verifyValid = Message(zh: "有效", en: "Valid")
    package static let verifyRevoked = Message(zh: "已撤销", en: "Revoked")
    package static let verifyInvalid = Message(zh: "无效", en: "Invalid")
    package static let verifyInvalidExplain = Message(
        zh: "没有与此查验码对应的证书，或证书内容已被改动。请核对查验码。",
        en: "No certificate has this code, or its content was altered. Check the code.")
    package static let verifySignedText = Message(zh: "签名内容", en: "Signed text")
    package static let verifySignature = Message(zh: "签名", en: "Signature")
    package static let verifyOffline = Message(
        zh: "证书以 Ed25519 签名，可用平台公钥离线验证：",
        en: "Certificates are signed with Ed25519 and can be checked offline with the platform's public key:")
    package static let verifyPublicKey = Message(zh: "平台公钥", en: "public key")
    package static let certificateKindTraining = Message(zh: "培训合格证书", en: "Training certificate")
    package static let certificateKindGrade = Message(zh: "专业技术等级证书", en: "Professional technical grade certificate")
    package static let certificateKindSkill = Message(zh: "职业技能等级证书", en: "Vocational skill level certificate")
    package static let noticeSaved = Message(zh: "已保存。", en: "Saved.")
    package static let noticeStatus = Message(zh: "项目状态已更新。", en: "The program's status was updated.")
    package static let noticeEnrolled = Message(zh: "报名成功，已录取。", en: "Enrolled: you have a seat.")
    package static let noticeWaitlisted = Message(
        zh: "名额已满，已进入候补名单；有人退出时将按顺序递补。",
        en: "The cohort is full: you are on the waiting list and move up when someone withdraws.")
    package static let noticeWithdrawn = Message(zh: "已退出。", en: "Withdrawn.")
    package static let noticeRecorded = Message(zh: "已记录。", en: "Recorded.")
    package static let noticeCertificate = Message(zh: "证书已颁发。", en: "The certificate was issued.")
    package static let noticeRevoked = Message(zh: "证书已撤销。", en: "The certificate was revoked.")
    package static let navVerify = Message(zh: "证书查验", en: "Verify a certificate")
    package static let noticeDeleted = Message(zh: "已删除。", en: "Deleted.")
}

// Certificates' part of a workspace.
extension Message {
    package static let workspaceCertificatesHeld = Message(zh: "有效证书", en: "Valid certificates")
}
