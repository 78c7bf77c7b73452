import TalentDomain

/// The refusals added by the security review (issue 14): oversized workbooks, control
/// characters, who may set what, and the limits on sign-in and registration.
extension Messages {
    static let securityZh: [MessageKey: String] = [
        .importFileUnpackedTooLarge: "该 Excel 文件解压后超过 {max} MB，无法读取。请拆分为几个文件，或另存为 CSV 后上传。",
        .importFileTooLarge: "文件超过 {max} MB，请拆分为几个文件上传。",
        .importWriting: "正在写入：已写入 {done} / {total} 行。其他人可同时正常使用平台。",
        .importInterrupted: "导入在写入过程中中断（服务器停止运行），已写入的数据已全部撤回。请重新上传该文件。",
        .fieldControlCharacter: "“{field}”中含有不允许的控制字符，请删除后重新提交（常见于从其他软件粘贴的内容）。",
    ]

    static let securityEn: [MessageKey: String] = [
        .importFileUnpackedTooLarge: "This Excel file unpacks to more than {max} MB and cannot be read. Split it into several files, or save it as CSV and upload that.",
        .importFileTooLarge: "The file is larger than {max} MB; split it into several files.",
        .importWriting: "Writing: {done} of {total} rows written. Others can use the platform as usual meanwhile.",
        .importInterrupted: "The import broke off while writing (the server stopped); everything it had written was taken back. Please upload the file again.",
        .fieldControlCharacter: "“{field}” contains a control character that is not allowed; remove it and submit again (it often comes with text pasted from other software).",
    ]
}
