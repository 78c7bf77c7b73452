import TalentDomain

/// The refusals added by the security review (issue 14): oversized workbooks, control
/// characters, who may set what, and the limits on sign-in and registration.
extension Messages {
    package static let securityZh: [MessageKey: String] = [
        .importFileUnpackedTooLarge: "该 Excel 文件解压后超过 {max} MB，无法读取。请拆分为几个文件，或另存为 CSV 后上传。",
        .importFileTooLarge: "文件超过 {max} MB，请拆分为几个文件上传。",
        .importWriting: "正在写入：已写入 {done} / {total} 行。其他人可同时正常使用平台。",
        .importInterrupted: "导入在写入过程中中断（服务器停止运行），已写入的数据已全部撤回。请重新上传该文件。",
        .talentClassificationStaffOnly: "人才类别和重点群体由人社部门工作人员认定，您不能修改。",
        .userRoleChangeNotAllowed: "不能把“{from}”账号改为“{to}”：只有管理员和部门工作人员账号之间可以互改角色；请为新角色另建账号。",
        .courseTalentsNotTrained: "以下档案未在本机构报名或参加培训，不能为其记录学时：{ids}",
        .enrolImportNoMatch: "没有与该身份证号和姓名都相符、可以报名的人才档案。请核对号码和姓名，或请本人先在平台注册。",
        .enrolImportNameRequired: "按身份证号报名时须同时填写姓名。",
        .registerNotPossible: "无法用这些信息注册。如果您已有账号，请直接登录；如果您的档案由工作人员录入过，请联系人社部门为您开通账号。",
        .registerThrottled: "注册尝试过于频繁，请 {minutes} 分钟后再试。",
        .signInSlowDown: "该账号近期多次登录失败，请 {seconds} 秒后再试。",
        .jobInterrupted: "这项工作多次因服务器停止而中断，已放弃；中途写入的数据已撤回。请重新开始。",
        .fieldControlCharacter: "“{field}”中含有不允许的控制字符，请删除后重新提交（常见于从其他软件粘贴的内容）。",
    ]

    package static let securityEn: [MessageKey: String] = [
        .importFileUnpackedTooLarge:
            "This Excel file unpacks to more than {max} MB and cannot be read. Split it into several files, or save it as CSV and upload that.",
        .importFileTooLarge: "The file is larger than {max} MB; split it into several files.",
        .importWriting: "Writing: {done} of {total} rows written. Others can use the platform as usual meanwhile.",
        .importInterrupted:
            "The import broke off while writing (the server stopped); everything it had written was taken back. Please upload the file again.",
        .talentClassificationStaffOnly:
            "Talent categories and key groups are recorded by HR department staff; you cannot change them.",
        .userRoleChangeNotAllowed:
            "A “{from}” account cannot become “{to}”: only administrator and department officer accounts change role between them; create a new account for the new role.",
        .courseTalentsNotTrained:
            "These profiles have not enrolled or trained with your organisation, so you cannot record hours for them: {ids}",
        .enrolImportNoMatch:
            "No profile that can be enrolled has both this ID number and this name. Check the number and the name, or ask the person to register on the platform first.",
        .enrolImportNameRequired: "A row that names a person by ID number needs their name too.",
        .registerNotPossible:
            "These details cannot be used to register. If you already have an account, sign in; if staff entered your profile before, ask the HR bureau to open an account for you.",
        .registerThrottled: "Too many registration attempts; try again in {minutes} minutes.",
        .signInSlowDown: "This account has had several failed sign-ins; try again in {seconds} seconds.",
        .jobInterrupted:
            "This work broke off several times because the server stopped and has been given up; what it had written was taken back. Please start it again.",
        .fieldControlCharacter:
            "“{field}” contains a control character that is not allowed; remove it and submit again (it often comes with text pasted from other software).",
    ]
}
