import SiteKit

/// The names the audit page shows for the fields audit records name (issue 17), keyed by
/// the name as recorded (`password_hash` → 密码). A record that counts or states something
/// (`rows:12`, `state:submitted`) is named by the part before the colon; the programme
/// form records its own property names (`startsOn`), looked up as `starts_on`. A name
/// missing here is shown as recorded.
enum AuditFieldNames {
    /// A field whose meaning depends on what it belongs to, by entity type.
    static let byEntity: [String: [String: Message]] = [
        "talent": ["name": Message(zh: "姓名", en: "Name")]
    ]

    static let common: [String: Message] = [
        "attachment": Message(zh: "材料", en: "Document"),
        "attendance": Message(zh: "出勤", en: "Attendance"),
        "birth_date": Message(zh: "出生日期", en: "Date of birth"),
        "cancel_reason": Message(zh: "作废原因", en: "Reason for cancelling"),
        "candidates": Message(zh: "人选", en: "Candidates"),
        "capacity": Message(zh: "名额", en: "Capacity"),
        "categories": Message(zh: "高层次人才类别", en: "High-level talent categories"),
        "checksum": Message(zh: "校验值", en: "Checksum"),
        "completed_on": Message(zh: "结业日期", en: "Completed on"),
        "completions": Message(zh: "完成人数", en: "Completions"),
        "consent": Message(zh: "同意记录", en: "Consent"),
        "created": Message(zh: "新建", en: "Created"),
        "credit_code": Message(zh: "统一社会信用代码", en: "Unified social credit code"),
        "delivery": Message(zh: "授课方式", en: "Delivery"),
        "department_code": Message(zh: "所属部门", en: "Department"),
        "description": Message(zh: "说明", en: "Description"),
        "display_name": Message(zh: "姓名", en: "Name"),
        "district_code": Message(zh: "区县", en: "District"),
        "education_level": Message(zh: "学历", en: "Education"),
        "email": Message(zh: "邮箱", en: "Email"),
        "employer_id": Message(zh: "工作单位", en: "Employer"),
        "enrol_deadline": Message(zh: "报名截止日期", en: "Enrolment deadline"),
        "enrollments": Message(zh: "报名", en: "Enrolments"),
        "ends_on": Message(zh: "结束日期", en: "Ends on"),
        "expires_at": Message(zh: "到期时间", en: "Expires at"),
        "expires_on": Message(zh: "有效期至", en: "Expires on"),
        "facts_year": Message(zh: "数据年度", en: "Year of the facts"),
        "fee": Message(zh: "费用", en: "Fee"),
        "field_work_since": Message(zh: "从事本领域工作起始", en: "In the field since"),
        "format": Message(zh: "格式", en: "Format"),
        "graduation_year": Message(zh: "毕业年份", en: "Graduation year"),
        "is_active": Message(zh: "是否启用", en: "Active"),
        "issued_count": Message(zh: "发放数量", en: "Number issued"),
        "issued_on": Message(zh: "发证日期", en: "Issued on"),
        "kept": Message(zh: "保留", en: "Kept"),
        "key_group": Message(zh: "重点群体", en: "Key group"),
        "key_groups": Message(zh: "重点群体", en: "Key groups"),
        "kind": Message(zh: "类别", en: "Kind"),
        "level": Message(zh: "等级", en: "Level"),
        "major": Message(zh: "专业", en: "Major"),
        "measure": Message(zh: "政策措施", en: "Measure"),
        "min_attendance_percent": Message(zh: "最低出勤率", en: "Minimum attendance"),
        "minutes": Message(zh: "时长（分钟）", en: "Minutes"),
        "mobile": Message(zh: "手机号", en: "Mobile number"),
        "mode": Message(zh: "导入方式", en: "Import mode"),
        "name": Message(zh: "名称", en: "Name"),
        "new_hire_key_group_percent": Message(zh: "新招重点群体占比", en: "Key groups among new hires"),
        "number": Message(zh: "编号", en: "Number"),
        "occupation_code": Message(zh: "职业", en: "Occupation"),
        "occupations": Message(zh: "职业", en: "Occupations"),
        "organization_id": Message(zh: "所属单位", en: "Organisation"),
        "outcome": Message(zh: "入选结果", en: "Outcome"),
        "own_data": Message(zh: "本人数据", en: "Own data"),
        "passed": Message(zh: "是否合格", en: "Passed"),
        "password_hash": Message(zh: "密码", en: "Password"),
        "place": Message(zh: "地点", en: "Place"),
        "programme": Message(zh: "推荐项目", en: "Programme"),
        "provider_id": Message(zh: "培训机构", en: "Provider"),
        "rejected": Message(zh: "未通过", en: "Rejected"),
        "repaid_on": Message(zh: "还清日期", en: "Repaid on"),
        "resident_id": Message(zh: "居民身份证号码", en: "Resident ID number"),
        "revenue_fen": Message(zh: "营业收入", en: "Revenue"),
        "revoke_reason": Message(zh: "撤销原因", en: "Reason for revoking"),
        "revoked_at": Message(zh: "撤销时间", en: "Revoked at"),
        "role": Message(zh: "角色", en: "Role"),
        "rows": Message(zh: "行数", en: "Rows"),
        "school": Message(zh: "毕业院校", en: "School"),
        "scope": Message(zh: "权限", en: "Scope"),
        "score": Message(zh: "成绩", en: "Score"),
        "sessions": Message(zh: "课次", en: "Sessions"),
        "skills": Message(zh: "技能标签", en: "Skills"),
        "source": Message(zh: "来源", en: "Source"),
        "staff_count": Message(zh: "职工人数", en: "Staff"),
        "starts_on": Message(zh: "开始日期", en: "Starts on"),
        "state": Message(zh: "状态", en: "State"),
        "status": Message(zh: "状态", en: "Status"),
        "title": Message(zh: "标题", en: "Title"),
        "title_level": Message(zh: "职称等级", en: "Professional title"),
        "updated": Message(zh: "更新", en: "Updated"),
        "user_id": Message(zh: "账号", en: "Account"),
        "value_fen": Message(zh: "面额", en: "Value"),
        "voucher": Message(zh: "培训券", en: "Voucher"),
        "year": Message(zh: "年度", en: "Year"),
    ]

    /// The field's name in `m`'s language, with the value of a `name:value` record after
    /// it; the field as recorded when it has no name here.
    static func label(_ field: String, entityType: String, _ m: Messages) -> String {
        let parts = field.split(separator: ":", maxSplits: 1).map(String.init)
        guard let key = parts.first else { return field }
        let snake = key.replacing(/[A-Z]/) { "_" + $0.output.lowercased() }
        guard let name = byEntity[entityType]?[snake] ?? common[snake] else { return field }
        guard parts.count == 2 else { return m(name) }
        return m(name) + m.colon + parts[1]
    }
}
