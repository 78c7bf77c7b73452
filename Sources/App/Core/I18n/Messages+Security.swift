import TalentDomain

/// The refusals added by the security review (issue 14): oversized workbooks, control
/// characters, who may set what, and the limits on sign-in and registration.
extension Messages {
    static let securityZh: [MessageKey: String] = [
        .importFileUnpackedTooLarge: "该 Excel 文件解压后超过 {max} MB，无法读取。请拆分为几个文件，或另存为 CSV 后上传。",
        .importFileTooLarge: "文件超过 {max} MB，请拆分为几个文件上传。",
        .fieldControlCharacter: "“{field}”中含有不允许的控制字符，请删除后重新提交（常见于从其他软件粘贴的内容）。",
    ]

    static let securityEn: [MessageKey: String] = [
        .importFileUnpackedTooLarge: "This Excel file unpacks to more than {max} MB and cannot be read. Split it into several files, or save it as CSV and upload that.",
        .importFileTooLarge: "The file is larger than {max} MB; split it into several files.",
        .fieldControlCharacter: "“{field}” contains a control character that is not allowed; remove it and submit again (it often comes with text pasted from other software).",
    ]
}
